/**
 * Semantic tokens: colour names by what they denote (a metric reads differently from a rating),
 * which a TextMate grammar cannot know. Positions are absolute; the LSP adapter delta-encodes.
 */
import type { Declaration, DeclarationKind, Expr } from "../syntax/ast.ts";
import { isKeyword, lex } from "../syntax/lexer.ts";
import { analyze, type Analysis } from "../semantics/analyze.ts";
import { propertySpec } from "../semantics/properties.ts";
import { walkExpr } from "../semantics/symbols.ts";

export const TOKEN_TYPES = [
  "keyword",
  "property",
  "metric",
  "indicator",
  "group",
  "gate",
  "rating",
  "simulation",
  "number",
  "string",
  "comment",
  "operator",
  "function",
  "enumMember",
  "variable",
] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

export const TOKEN_MODIFIERS = ["declaration", "defaultLibrary"] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

/** `[line, character, length, tokenType index, modifier bits]`, 0-based line and UTF-16 character. */
export type SemanticToken = [number, number, number, number, number];

export const SEMANTIC_TOKENS_LEGEND = { tokenTypes: [...TOKEN_TYPES] as string[], tokenModifiers: [...TOKEN_MODIFIERS] as string[] };

const TYPE_INDEX = new Map<TokenType, number>(TOKEN_TYPES.map((t, i) => [t, i]));
const MOD_BIT = new Map<TokenModifier, number>(TOKEN_MODIFIERS.map((m, i) => [m, 1 << i]));

interface Classified {
  type: TokenType;
  modifiers: TokenModifier[];
}

const OPERATORS = new Set(["Arrow", "LessEq", "GreaterEq", "EqEq", "NotEq", "Less", "Greater", "Plus", "Minus", "Star", "Slash"]);

export function semanticTokens(text: string, analysis: Analysis = analyze(text)): SemanticToken[] {
  const byOffset = classifyNames(analysis);
  const lexed = lex(text);
  const raw: { offset: number; length: number; c: Classified }[] = [];
  for (const t of lexed.tokens) {
    const name = t.tokenType.name;
    const known = byOffset.get(t.startOffset);
    let c: Classified | null = known ?? null;
    if (!c) {
      if (name === "NumberLiteral") c = { type: "number", modifiers: [] };
      else if (name === "StringLiteral") c = { type: "string", modifiers: [] };
      else if (OPERATORS.has(name)) c = { type: "operator", modifiers: [] };
      else if (isKeyword(t)) c = { type: "keyword", modifiers: [] };
    }
    if (c) raw.push({ offset: t.startOffset, length: t.image.length, c });
  }
  for (const cm of lexed.comments) raw.push({ offset: cm.startOffset, length: cm.image.length, c: { type: "comment", modifiers: [] } });
  raw.sort((a, b) => a.offset - b.offset);

  const out: SemanticToken[] = [];
  const lineStarts = computeLineStarts(text);
  for (const r of raw) {
    const mods = r.c.modifiers.reduce((bits, m) => bits | MOD_BIT.get(m)!, 0);
    const type = TYPE_INDEX.get(r.c.type)!;
    // Editors draw tokens one line at a time: a block comment becomes one token per line.
    let start = r.offset;
    const end = r.offset + r.length;
    while (start < end) {
      const line = lineIndex(lineStarts, start);
      const lineEnd = Math.min(end, line + 1 < lineStarts.length ? lineStarts[line + 1]! : text.length);
      const visibleEnd = trimEol(text, start, lineEnd);
      if (visibleEnd > start) out.push([line, start - lineStarts[line]!, visibleEnd - start, type, mods]);
      start = lineEnd;
    }
  }
  return out;
}

/** What each name-like token in the tree denotes, keyed by its start offset. */
function classifyNames(analysis: Analysis): Map<number, Classified> {
  const map = new Map<number, Classified>();
  const asKind = (k: DeclarationKind): TokenType => (k === "scheme" ? "keyword" : k);
  for (const d of analysis.file.declarations) {
    if (d.name) map.set(d.name.range.start.offset, { type: asKind(d.kind), modifiers: ["declaration"] });
    for (const p of d.properties) {
      map.set(p.key.range.start.offset, { type: "property", modifiers: [] });
      classifyValue(d, p.key.text, p.value, map);
    }
  }
  for (const r of analysis.symbols.references) {
    if (r.target) map.set(r.range.start.offset, { type: asKind(r.target.kind), modifiers: [] });
    else if (r.name === "score") map.set(r.range.start.offset, { type: "variable", modifiers: ["defaultLibrary"] });
  }
  return map;
}

function classifyValue(d: Declaration, key: string, value: Declaration["properties"][number]["value"], map: Map<number, Classified>): void {
  const spec = propertySpec(d.kind, key);
  if (value.kind === "expr") {
    if (spec?.value.kind === "enum" && value.expr.kind === "name")
      map.set(value.expr.range.start.offset, { type: "enumMember", modifiers: [] });
    else if (spec?.value.kind === "observable") {
      const e = value.expr;
      if (e.kind === "member") {
        map.set(e.object.range.start.offset, { type: "variable", modifiers: ["defaultLibrary"] });
        map.set(e.member.range.start.offset, { type: "variable", modifiers: ["defaultLibrary"] });
      }
    } else markExpr(value.expr, map);
  } else if (value.kind === "capScore") {
    map.set(value.range.start.offset, { type: "keyword", modifiers: [] });
    markExpr(value.limit, map);
  } else if (value.kind === "quota" && value.of) {
    markExpr(value.share, map);
  } else if (value.kind === "step") {
    markExpr(value.threshold, map);
    markExpr(value.points, map);
  }
}

function markExpr(e: Expr, map: Map<number, Classified>): void {
  walkExpr(e, (n) => {
    if (n.kind === "call") map.set(n.callee.range.start.offset, { type: "function", modifiers: ["defaultLibrary"] });
    else if (n.kind === "member") map.set(n.member.range.start.offset, { type: "property", modifiers: [] });
  });
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

function lineIndex(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function trimEol(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (text[e - 1] === "\n" || text[e - 1] === "\r")) e--;
  return e;
}
