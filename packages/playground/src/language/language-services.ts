/**
 * THE adapter between the dsl and the playground's editor. Everything the editor asks about a
 * scheme's text goes through the functions below, which run inside the language worker.
 *
 * Diagnostics, quick fixes and formatting already come from the dsl. Completion, hover,
 * definition, references, rename, symbols and folding are small stand-ins built on the dsl's
 * syntax tree and symbol table until `packages/dsl/src/services/` exports the real ones;
 * swapping them in is a change to this file only, since the rest of the playground sees the
 * shapes of ./protocol.ts.
 */
import { analyze, format as formatScheme, type Analysis, type Declaration, type Range } from "@goodhart/dsl";
import { DECLARATION_KEYWORDS, ENUM_WORDS, FUNCTIONS, OBSERVABLE_HINTS, PROPERTY_KEYS } from "../editor/kpi-vocabulary.ts";
import type {
  LsAnalysis,
  LsCodeAction,
  LsCompletion,
  LsFolding,
  LsHover,
  LsNumberAt,
  LsRange,
  LsRename,
  LsSymbol,
  SchemeFacts,
} from "./protocol.ts";
import { escapeMarkdown } from "./markdown.ts";

let cached: { text: string; analysis: Analysis } | null = null;

/** Every method gets the full text; hover right after a keystroke reuses that analysis. */
function analysisOf(text: string): Analysis {
  if (cached?.text !== text) cached = { text, analysis: analyze(text) };
  return cached.analysis;
}

export function analyzeText(text: string): LsAnalysis {
  const a = analysisOf(text);
  return {
    diagnostics: a.diagnostics
      .filter((d) => !d.suppressed)
      .map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range, fixes: d.fixes ?? [] })),
    facts: factsOf(a),
  };
}

function factsOf(a: Analysis): SchemeFacts | null {
  const s = a.scheme;
  if (!s) return null;
  const metricType = new Map(s.metrics.map((m) => [m.name, m.type]));
  const sim = s.simulations.find((x) => x.name === "default") ?? s.simulations[0] ?? null;
  return {
    indicators: s.indicators.map((i) => ({
      name: i.name,
      label: i.label,
      better: i.better,
      floor: i.floor,
      target: i.target,
      steps: i.steps.map((st) => ({ threshold: st.threshold, points: st.points })),
      // A value reading a ratio metric directly, or dividing two metrics, is a share.
      percent: (i.value.kind === "name" && metricType.get(i.value.name) === "ratio") || (i.value.kind === "binary" && i.value.op === "/"),
    })),
    bands: s.ratings.map((r) => ({ name: r.name, label: r.label, min: r.min })),
    simulation: sim
      ? {
          staff: sim.staff,
          periods: sim.periods,
          seed: sim.seed,
          team: sim.team,
          saints: sim.saints,
          honest: sim.honest,
          reactive: sim.reactive,
          maniacs: sim.maniacs,
          hard: sim.hard,
          luck: sim.luck,
        }
      : null,
  };
}

export function formatText(text: string): string | null {
  return formatScheme(text);
}

export function codeActions(text: string, start: number, end: number): LsCodeAction[] {
  const actions: LsCodeAction[] = [];
  for (const d of analysisOf(text).diagnostics) {
    if (d.suppressed || d.range.end.offset < start || d.range.start.offset > end) continue;
    for (const fix of d.fixes ?? []) actions.push({ title: fix.title, edits: fix.edits, diagnosticCode: d.code, preferred: (d.fixes ?? []).length === 1 });
  }
  return actions;
}

const within = (r: Range, offset: number) => r.start.offset <= offset && offset <= r.end.offset;

function nameAt(a: Analysis, offset: number): { name: string; declaration: Declaration | null; range: Range } | null {
  for (const d of a.file.declarations) {
    if (d.name && within(d.name.range, offset)) return { name: d.name.text, declaration: d, range: d.name.range };
  }
  for (const r of a.symbols.references) {
    if (within(r.range, offset)) return { name: r.name, declaration: r.target, range: r.range };
  }
  return null;
}

export function definition(text: string, offset: number): LsRange | null {
  const hit = nameAt(analysisOf(text), offset);
  return hit?.declaration?.name?.range ?? null;
}

export function references(text: string, offset: number): LsRange[] {
  const a = analysisOf(text);
  const hit = nameAt(a, offset);
  if (!hit?.declaration?.name) return [];
  const target = hit.declaration;
  return [target.name!.range, ...a.symbols.references.filter((r) => r.target === target).map((r) => r.range)];
}

const NAME = /^[\p{L}_][\p{L}\p{M}\p{N}_]*$/u;

export function rename(text: string, offset: number, newName: string): LsRename {
  if (!NAME.test(newName)) return { error: `“${newName}” is not a name: start with a letter or _, then letters, digits or _.` };
  if ((DECLARATION_KEYWORDS as readonly string[]).includes(newName) || ["and", "or", "not"].includes(newName)) {
    return { error: `“${newName}” is a keyword of the language.` };
  }
  const a = analysisOf(text);
  const hit = nameAt(a, offset);
  if (!hit?.declaration) return { error: "Put the cursor on a declared name to rename it." };
  if (newName !== hit.name && a.symbols.byName.has(newName)) return { error: `“${newName}” is already declared in this scheme.` };
  return { edits: references(text, offset).map((range) => ({ range, newText: newName })) };
}

export function symbols(text: string): LsSymbol[] {
  return analysisOf(text).file.declarations.map((d) => ({
    name: d.name?.text ?? d.label?.value ?? d.kind,
    kind: d.kind,
    detail: d.label?.value ?? "",
    range: d.range,
    selectionRange: d.name?.range ?? d.keywordRange,
    children: [],
  }));
}

export function folding(text: string): LsFolding[] {
  const a = analysisOf(text);
  const ranges: LsFolding[] = [];
  for (const d of a.file.declarations) {
    if (d.bodyRange && d.bodyRange.end.line > d.range.start.line) ranges.push({ startLine: d.range.start.line, endLine: d.bodyRange.end.line, comment: false });
  }
  for (const c of a.file.comments) {
    if (c.block && c.range.end.line > c.range.start.line) ranges.push({ startLine: c.range.start.line, endLine: c.range.end.line, comment: true });
  }
  return ranges;
}

export function hover(text: string, offset: number): LsHover | null {
  const a = analysisOf(text);
  const hit = nameAt(a, offset);
  const d = hit?.declaration;
  if (!hit || !d) return null;
  const lines = [`**${d.kind}** \`${escapeMarkdown(hit.name)}\`${d.label ? ` — ${escapeMarkdown(d.label.value)}` : ""}`];
  const s = a.scheme;
  const indicator = s?.indicators.find((i) => i.name === hit.name);
  if (indicator) {
    lines.push(`Effective weight: **${(indicator.effectiveWeight * 100).toFixed(1)}%** of the score.`);
    if (indicator.floor !== null && indicator.target !== null) lines.push(`0 points at ${indicator.floor}, 100 at ${indicator.target} (${indicator.better} is better).`);
  }
  const metric = s?.metrics.find((m) => m.name === hit.name);
  if (metric) lines.push(`A ${metric.type}${metric.source ? ` reported by ${metric.source}` : ""}${metric.observes ? `, simulated from \`${metric.observes}\`` : ""}.`);
  for (const diag of a.diagnostics) {
    if (diag.declaration?.name === hit.name && diag.code.startsWith("KPI2")) lines.push(`⚠ ${diag.code}: ${escapeMarkdown(diag.message)}`);
  }
  const note = d.properties.find((p) => p.key.text === "note");
  if (note?.value.kind === "expr" && note.value.expr.kind === "string") lines.push(escapeMarkdown(note.value.expr.value));
  return { markdown: lines, range: hit.range };
}

export function complete(text: string, offset: number): LsCompletion[] {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  const linePrefix = before.slice(lineStart);
  const depth = braceDepth(before);
  if (depth === 0) return DECLARATION_KEYWORDS.map((k) => ({ label: k, kind: "keyword", insertText: k }));
  if (/^\s*[\p{L}_]*$/u.test(linePrefix)) return PROPERTY_KEYS.map((k) => ({ label: k, kind: "property", insertText: k }));
  if (/\bobserves\s+[\w.]*$/u.test(linePrefix)) {
    return OBSERVABLE_HINTS.map((o) => ({ label: o.name, kind: "observable", detail: "observable", documentation: o.description, insertText: o.name }));
  }
  const names = [...analysisOf(text).symbols.byName.values()].map((d) => ({
    label: d.name!.text,
    kind: "name" as const,
    detail: `${d.kind}${d.label ? ` — ${d.label.value}` : ""}`,
    insertText: d.name!.text,
  }));
  return [
    ...names,
    ...ENUM_WORDS.map((w) => ({ label: w, kind: "value" as const, insertText: w })),
    ...FUNCTIONS.map((f) => ({ label: f, kind: "function" as const, insertText: `${f}(` })),
  ];
}

function braceDepth(text: string): number {
  let depth = 0;
  // Good enough for a stand-in: braces inside strings and comments are rare in schemes.
  for (const ch of text) {
    if (ch === "{") depth++;
    else if (ch === "}") depth = Math.max(0, depth - 1);
  }
  return depth;
}

/** The numeric literal under `offset`, and which property of which declaration it sets. */
export function numberAt(text: string, offset: number): LsNumberAt | null {
  const a = analysisOf(text);
  for (const d of a.file.declarations) {
    if (!within(d.range, offset)) continue;
    for (const p of d.properties) {
      if (!within(p.range, offset)) continue;
      let found: LsNumberAt | null = null;
      const visit = (e: unknown, whole: boolean) => {
        const node = e as { kind?: string; range?: Range; value?: number; text?: string; percent?: boolean };
        if (node?.kind === "number" && node.range && within(node.range, offset)) {
          found = {
            range: node.range,
            text: node.text ?? String(node.value),
            value: node.value ?? 0,
            percent: node.percent ?? false,
            path: whole && d.name ? `${d.name.text}.${p.key.text}` : null,
          };
        }
      };
      const v = p.value;
      if (v.kind === "expr") visitExpr(v.expr, (e) => visit(e, e === v.expr));
      else if (v.kind === "step") {
        visitExpr(v.threshold, (e) => visit(e, false));
        visitExpr(v.points, (e) => visit(e, false));
      } else if (v.kind === "capScore") visitExpr(v.limit, (e) => visit(e, false));
      else if (v.kind === "quota") visitExpr(v.share, (e) => visit(e, false));
      if (found) return found;
    }
  }
  return null;
}

type ExprLike = { kind: string; operand?: ExprLike; left?: ExprLike; right?: ExprLike; args?: ExprLike[]; expr?: ExprLike };

function visitExpr(e: ExprLike, fn: (e: ExprLike) => void): void {
  fn(e);
  for (const child of [e.operand, e.left, e.right, e.expr, ...(e.args ?? [])]) if (child) visitExpr(child, fn);
}
