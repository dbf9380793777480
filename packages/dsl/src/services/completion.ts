/**
 * Completion: what may stand at the cursor. Works from tokens rather than the tree, because
 * the text being typed is usually not a complete declaration yet.
 */
import type { IToken } from "chevrotain";
import type { DeclarationKind, Range } from "../syntax/ast.ts";
import { declarationKindOf, lex } from "../syntax/lexer.ts";
import { DECLARATION_KINDS, FUNCTION_NAMES, FUNCTIONS, OPERATOR_WORDS } from "../syntax/vocabulary.ts";
import { analyze, type Analysis } from "../semantics/analyze.ts";
import { OBSERVABLES } from "../semantics/observables.ts";
import { PROPERTIES, propertySpec } from "../semantics/properties.ts";
import { clampOffset, rangeOf } from "./locate.ts";
import { escapeMarkdown } from "./markdown.ts";
import { isMetricSource, SOURCE_RISKS } from "./source-risks.ts";
import { vocabularyWords } from "../i18n/vocabulary-words.ts";
import { t, type Lang } from "../i18n/translate.ts";

export type CompletionKind =
  | "keyword"
  | "property"
  | "value"
  | "metric"
  | "indicator"
  | "group"
  | "rating"
  | "observable"
  | "function"
  | "builtin"
  | "member";

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** One line of plain text shown beside the label. */
  detail?: string;
  /** Markdown; user text in it is escaped. */
  documentation?: string;
  insertText: string;
  /** `insertText` uses the `${1:placeholder}` snippet syntax shared by VS Code and Monaco. */
  isSnippet: boolean;
  sortText: string;
}

export interface CompletionList {
  items: CompletionItem[];
  /** The text the chosen item replaces (the word around the cursor). */
  range: Range;
}

/**
 * Declaration templates. Indented with two spaces as `goodhart fmt` prints, no choice syntax
 * (some clients leave a choice blank), and every default valid, so a template accepted as it
 * stands is a well-formed, formatted declaration. `name` and `metric` are filled in per file.
 */
function template(kind: DeclarationKind, name: string, metric: string): string {
  switch (kind) {
    case "scheme":
      return 'scheme "${1:Title}" {\n  version "${2:2026.1}"\n  period ${3:month}\n}';
    case "metric":
      return `metric \${1:${name}} "\${2:Label}" {\n  type \${3:count}\n  source \${4:system}\n}`;
    case "indicator":
      return `indicator \${1:${name}} "\${2:Label}" {\n  value \${3:${metric}}\n  better \${4:higher}\n  floor \${5:80%}\n  target \${6:95%}\n  weight \${7:10}\n}`;
    case "group":
      return `group \${1:${name}} "\${2:Label}" {\n  weight \${3:50}\n}`;
    case "gate":
      return `gate \${1:${name}} "\${2:Label}" {\n  when \${3:score < 50}\n  cap score \${4:50}\n}`;
    case "rating":
      return `rating \${1:${name}} "\${2:Label}" {\n  min \${3:70}\n  reward \${4:5%}\n}`;
    case "simulation":
      return `simulation \${1:${name}} {\n  staff \${2:2000}\n  periods \${3:12}\n  seed \${4:42}\n}`;
  }
}

/** A default name not yet taken in the file: `new_metric`, then `new_metric_2`, … */
function freshName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let i = 2;
  while (taken.has(`${base}_${i}`)) i++;
  return `${base}_${i}`;
}

const DECLARATION_DOCS: Record<DeclarationKind, string> = {
  scheme: "The scheme's title, version, scoring period and missing-value policy.",
  metric: "A measured figure, one CSV column: its type, who produces it, whether it is audited.",
  indicator: "A scored measure: a value from metrics, turned into points by floor/target or steps, with a weight.",
  group: "A weighted group of indicators (and nested groups).",
  gate: "A condition that caps the score or the rating band when it holds.",
  rating: "A rating band: the lowest score for it, an optional quota, and its reward.",
  simulation: "Defaults for `goodhart simulate`: population size, mix, periods, seed.",
};

const WORD = /[\p{L}\p{M}\p{N}_]/u;

/** Completions at `offset`; property descriptions in `lang`. */
export function complete(text: string, offset: number, analysis: Analysis = analyze(text), lang: Lang = "en"): CompletionList {
  const o = clampOffset(text, offset);
  let start = o;
  while (start > 0 && WORD.test(text[start - 1]!)) start--;
  let end = o;
  while (end < text.length && WORD.test(text[end]!)) end++;
  const empty = { items: [], range: rangeOf(text, start, end) };

  const lexed = lex(text);
  if (insideCommentOrString(lexed.comments, lexed.tokens, lexed.errors, text, o)) return empty;
  const before = lexed.tokens.filter((t) => t.startOffset + t.image.length <= start);

  // Which block the cursor is in: the kind of the declaration whose `{` is still open.
  const stack: (DeclarationKind | null)[] = [];
  const opens: number[] = [];
  let pending: DeclarationKind | null = null;
  let lastBrace = -1;
  for (const t of before) {
    const name = t.tokenType.name;
    if (name === "LBrace") {
      stack.push(pending);
      opens.push(t.startOffset);
      pending = null;
      lastBrace = t.startOffset;
    } else if (name === "RBrace") {
      stack.pop();
      opens.pop();
      lastBrace = t.startOffset;
    } else if (stack.length === 0 && declarationKindOf(t)) {
      pending = declarationKindOf(t)!;
    }
  }
  const line = lineOf(text, start);
  const onLine = before.filter((t) => t.startOffset > lastBrace && t.startOffset >= line);

  if (stack.length === 0) {
    // Right after `metric`, the user is inventing a name: nothing to offer.
    if (onLine.length > 0) return empty;
    return { items: declarationItems(analysis), range: empty.range };
  }
  const kind = stack[stack.length - 1];
  if (!kind) return empty;
  const blockOpen = opens[opens.length - 1]!;
  if (onLine.length === 0) return { items: propertyItems(kind, keysGiven(text, lexed.tokens, blockOpen, line), lang), range: empty.range };

  const key = onLine[0]!.image;
  const spec = propertySpec(kind, key);
  if (!spec) return empty;
  const last = onLine[onLine.length - 1]!;
  const afterDot = start > 0 && text[start - 1] === ".";
  const names = [...analysis.symbols.byName.values()];
  const self = declarationNameBefore(before, lastBrace);

  switch (spec.value.kind) {
    case "enum":
      return onLine.length === 1 ? { items: enumItems(key, spec.value.words, lang), range: empty.range } : empty;
    case "observable": {
      // Observables contain dots: replace the whole dotted word, not just the part after the dot.
      let s = start;
      while (s > 0 && (WORD.test(text[s - 1]!) || text[s - 1] === ".")) s--;
      const items = OBSERVABLES.map((ob, i) =>
        item(ob.name, "observable", {
          detail: `observable · ${ob.aspect}`,
          documentation: vocabularyWords(lang, "observables", ob.name, ob.description),
          sortText: pad(i),
        }),
      );
      return { items, range: rangeOf(text, s, end) };
    }
    case "ref":
      if (onLine.length !== 1) return empty;
      return { items: nameItems(names.filter((d) => d.kind === "group" && d.name?.text !== self)), range: empty.range };
    case "gateCap":
      if (onLine.length === 1) {
        return {
          items: [
            item("rating", "keyword", {
              detail: "cap rating BAND",
              documentation: "Lower the rating to at most this band when the gate holds.",
            }),
            item("score", "keyword", { detail: "cap score N", documentation: "Lower the score to at most N when the gate holds." }),
          ],
          range: empty.range,
        };
      }
      if (onLine.length === 2 && onLine[1]!.image === "rating")
        return { items: nameItems(names.filter((d) => d.kind === "rating")), range: empty.range };
      return empty;
    case "quota":
      if (last.image === "of" && onLine.length >= 3)
        return { items: nameItems(names.filter((d) => d.kind === "rating" && d.name?.text !== self)), range: empty.range };
      if (onLine.length === 2 && last.tokenType.name === "NumberLiteral") {
        return {
          items: [
            item("of", "keyword", {
              detail: "quota SHARE of BAND",
              documentation: "Count the quota against another band instead of the whole pool.",
            }),
          ],
          range: empty.range,
        };
      }
      return empty;
    case "expr": {
      const inWhen = key === "when";
      if (afterDot) {
        const object = onLine.find((t) => t.startOffset + t.image.length === start - 1);
        const target = object ? analysis.symbols.byName.get(object.image) : undefined;
        if (target?.kind !== "indicator") return empty;
        return {
          items: [
            item("points", "member", { detail: "the indicator's points", documentation: "The points the indicator earns (0 to its cap)." }),
            item("value", "member", { detail: "the indicator's value", documentation: "The indicator's measured value, before scoring." }),
          ],
          range: empty.range,
        };
      }
      const allowed = new Set<DeclarationKind>(inWhen ? ["metric", "indicator", "group"] : ["metric", "indicator"]);
      const items = nameItems(names.filter((d) => allowed.has(d.kind) && d.name?.text !== self));
      if (inWhen) items.push(item("score", "builtin", { detail: "the total score", documentation: "The total score before gates apply." }));
      for (const name of FUNCTION_NAMES)
        items.push(
          item(name, "function", {
            detail: `${name}(…)`,
            documentation: vocabularyWords(lang, "functions", name, FUNCTIONS[name].doc),
            insertText: `${name}($1)`,
            isSnippet: true,
            sortText: `z${name}`,
          }),
        );
      if (onLine.length > 1) for (const k of OPERATOR_WORDS) items.push(item(k, "keyword", { sortText: `zz${k}` }));
      return { items, range: empty.range };
    }
    default:
      return empty;
  }
}

function declarationItems(analysis: Analysis): CompletionItem[] {
  const taken = new Set(analysis.file.declarations.flatMap((d) => (d.name ? [d.name.text] : [])));
  const metric = analysis.file.declarations.find((d) => d.kind === "metric" && d.name)?.name?.text ?? freshName("new_metric", taken);
  const hasScheme = analysis.file.declarations.some((d) => d.kind === "scheme");
  return DECLARATION_KINDS.filter((k) => k !== "scheme" || !hasScheme).map((k, i) => {
    const name = k === "simulation" ? freshName("default", taken) : freshName(`new_${k}`, taken);
    return item(k, "keyword", {
      detail: `${k} declaration`,
      documentation: DECLARATION_DOCS[k],
      insertText: template(k, name, metric),
      isSnippet: true,
      sortText: pad(i),
    });
  });
}

/**
 * The keys already written in the block that opens at `open`, except on the cursor's line:
 * offering them again would only produce "given twice".
 */
function keysGiven(text: string, tokens: IToken[], open: number, cursorLine: number): Set<string> {
  const keys = new Set<string>();
  let i = tokens.findIndex((t) => t.startOffset === open);
  if (i === -1) return keys;
  i++;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (first.tokenType.name === "RBrace" || first.tokenType.name === "LBrace") break;
    const line = lineOf(text, first.startOffset);
    let j = i + 1;
    let opensBlock = false;
    for (; j < tokens.length && lineOf(text, tokens[j]!.startOffset) === line; j++)
      if (tokens[j]!.tokenType.name === "LBrace") opensBlock = true;
    // An unclosed block runs into the next declaration: a line with its own `{` starts one.
    if (opensBlock) break;
    if (line !== cursorLine) keys.add(first.image);
    i = j;
  }
  return keys;
}

function propertyItems(kind: DeclarationKind, given: ReadonlySet<string>, lang: Lang): CompletionItem[] {
  return PROPERTIES[kind]
    .flatMap((p, i) => {
      if (given.has(p.key) && !p.repeatable) return [];
      const snippet =
        p.value.kind === "enum"
          ? `${p.key} \${1:${p.value.words[0]}}`
          : p.value.kind === "step"
            ? `${p.key} \${1:90%} -> \${2:100}`
            : p.value.kind === "string"
              ? `${p.key} "\${1}"`
              : null;
      return [
        item(p.key, "property", {
          detail: t(lang, "completion.property", { kind, required: p.required ? "yes" : "no" }),
          documentation: t(lang, p.docKey),
          insertText: snippet ?? `${p.key} `,
          isSnippet: snippet !== null,
          sortText: `${p.required ? "0" : "1"}${pad(i)}`,
        }),
      ];
    })
    .sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
}

function enumItems(key: string, words: readonly string[], lang: Lang): CompletionItem[] {
  return words.map((w, i) =>
    item(w, "value", {
      detail: `${key} ${w}`,
      ...(key === "source" && isMetricSource(w) ? { documentation: vocabularyWords(lang, "sources", w, SOURCE_RISKS[w]) } : {}),
      sortText: pad(i),
    }),
  );
}

function nameItems(decls: { kind: DeclarationKind; name: { text: string } | null; label: { value: string } | null }[]): CompletionItem[] {
  return decls.flatMap((d) => {
    if (!d.name) return [];
    const label = d.label ? escapeMarkdown(d.label.value) : null;
    return [
      item(d.name.text, d.kind as CompletionKind, {
        detail: d.label ? `${d.kind} · ${d.label.value}` : d.kind,
        documentation: `**${d.kind}** ${label ?? ""}`.trim(),
      }),
    ];
  });
}

function item(label: string, kind: CompletionKind, extra: Partial<Omit<CompletionItem, "label" | "kind">> = {}): CompletionItem {
  return { label, kind, insertText: label, isSnippet: false, sortText: label, ...extra };
}

function pad(i: number): string {
  return String(i).padStart(3, "0");
}

function lineOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i--;
  return i;
}

/** The name of the declaration whose block the cursor is in, so it is not offered to itself. */
function declarationNameBefore(tokens: IToken[], lastBrace: number): string | null {
  const i = tokens.findIndex((t) => t.startOffset === lastBrace);
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = tokens[j]!;
    if (t.tokenType.name === "Identifier" && j > 0 && declarationKindOf(tokens[j - 1]!)) return t.image;
  }
  return null;
}

function insideCommentOrString(
  comments: IToken[],
  tokens: IToken[],
  errors: { offset: number; length: number }[],
  text: string,
  o: number,
): boolean {
  for (const c of comments) {
    const endExclusive = c.startOffset + c.image.length;
    const lineComment = c.image.startsWith("//");
    if (c.startOffset < o && (o < endExclusive || (lineComment && o === endExclusive))) return true;
  }
  for (const t of tokens) {
    if (t.tokenType.name === "StringLiteral" && t.startOffset < o && o < t.startOffset + t.image.length) return true;
  }
  // An unclosed string runs to the end of its line.
  for (const e of errors) {
    if (text[e.offset] === '"' && e.offset < o && lineOf(text, e.offset) === lineOf(text, o)) return true;
  }
  return false;
}
