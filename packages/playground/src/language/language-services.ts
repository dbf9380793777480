/**
 * THE adapter between the dsl and the playground's editor. Everything the editor asks about a
 * scheme's text goes through the functions below, which run inside the language worker and
 * answer in the shapes of ./protocol.ts. The same dsl services answer VS Code through
 * `goodhart lsp`, so both editors say the same thing.
 */
import { chooseSimulation } from "@goodhart/simulator";
import { literalAt, t, type Lang } from "@goodhart/dsl";
import {
  analyze,
  codeActions as dslCodeActions,
  codeLenses as dslCodeLenses,
  complete as dslComplete,
  definition as dslDefinition,
  diffIn,
  diffSchemes,
  explain as dslExplain,
  documentSymbols,
  foldingRanges,
  format as formatScheme,
  hover as dslHover,
  references as dslReferences,
  rename as dslRename,
  type Analysis,
  type DocumentSymbol,
  type Range,
  type Scheme,
} from "@goodhart/dsl";
import { findExploits, reportIn, type Baseline, type ExploitReport, type Who } from "@goodhart/simulator";
import type {
  LsAnalysis,
  LsCodeAction,
  LsCodeLens,
  LsCompletionList,
  LsFolding,
  LsHover,
  LsNumberAt,
  LsRange,
  LsRename,
  LsSchemeDiff,
  LsSymbol,
  SchemeFacts,
} from "./protocol.ts";

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
      .map((d) => ({
        code: d.code,
        severity: d.severity,
        message: d.message,
        ...(d.text ? { text: d.text } : {}),
        range: d.range,
        fixes: d.fixes ?? [],
      })),
    facts: factsOf(a),
  };
}

/** The resolved scheme (null with errors), for the simulation worker to run without re-parsing. */
export function schemeOf(text: string): Scheme | null {
  return analysisOf(text).scheme;
}

function factsOf(a: Analysis): SchemeFacts | null {
  const s = a.scheme;
  if (!s) return null;
  const metricType = new Map(s.metrics.map((m) => [m.name, m.type]));
  const sim = chooseSimulation(s);
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
    labels: Object.fromEntries(a.file.declarations.filter((d) => d.name).map((d) => [d.name!.text, d.label?.value ?? null])),
    title: s.title,
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
  return dslCodeActions(analysisOf(text), start, end).map((a) => ({
    title: a.title,
    edits: a.edits,
    diagnosticCode: a.diagnostic.code,
    preferred: a.isPreferred,
  }));
}

export function complete(text: string, offset: number, lang: Lang = "en"): LsCompletionList {
  const list = dslComplete(text, offset, analysisOf(text), lang);
  return {
    range: list.range,
    items: list.items.map((i) => ({
      label: i.label,
      kind: i.kind,
      detail: i.detail,
      documentation: i.documentation,
      insertText: i.insertText,
      isSnippet: i.isSnippet,
      sortText: i.sortText,
    })),
  };
}

export function hover(text: string, offset: number, lang: Lang = "en"): LsHover | null {
  const h = dslHover(text, offset, analysisOf(text), lang);
  return h ? { markdown: [h.contents], range: h.range } : null;
}

export function definition(text: string, offset: number): LsRange | null {
  return dslDefinition(text, offset, analysisOf(text))?.range ?? null;
}

export function references(text: string, offset: number): LsRange[] {
  return dslReferences(text, offset, true, analysisOf(text));
}

export function rename(text: string, offset: number, newName: string): LsRename {
  return dslRename(text, offset, newName, analysisOf(text));
}

const toSymbol = (s: DocumentSymbol): LsSymbol => ({
  name: s.name,
  kind: s.kind,
  detail: s.detail,
  range: s.range,
  selectionRange: s.selectionRange,
  children: s.children.map(toSymbol),
});

export function symbols(text: string): LsSymbol[] {
  return documentSymbols(analysisOf(text), text).map(toSymbol);
}

export function folding(text: string): LsFolding[] {
  return foldingRanges(analysisOf(text)).map((f) => ({ startLine: f.startLine, endLine: f.endLine, comment: f.kind === "comment" }));
}

export function codeLenses(text: string, lang: Lang = "en"): LsCodeLens[] {
  return dslCodeLenses(analysisOf(text), lang).map((l) => ({ range: l.range, title: l.title }));
}

/** Compare mode: the semantic diff from the baseline to the draft being edited. */
export function diff(oldText: string, newText: string, lang: Lang = "en"): LsSchemeDiff {
  const d = diffIn(diffSchemes(oldText, newText, { oldAnalysis: analyze(oldText), newAnalysis: analysisOf(newText) }), lang);
  return { changes: d.changes, effectiveWeights: d.effectiveWeights, diagnostics: d.diagnostics };
}

/**
 * The numeric literal under `offset`, and the path that names it (the sweep's "pick a
 * number"), by the dsl's one literal-path grammar.
 */
export function numberAt(text: string, offset: number): LsNumberAt | null {
  const hit = literalAt(analysisOf(text).file, offset);
  return hit ? { range: hit.range, text: hit.text, value: hit.value, percent: hit.percent, path: hit.path } : null;
}

/** A property word a person reads in a lens: `target 90%`, `audit 10%`, `min 70`. */
const LENS_LIMIT = 6;

/**
 * The numbers the sweep can vary, one lens each on the first line of the declaration they
 * sit in (so the text does not move line by line as lenses appear).
 */
export function sweepLenses(text: string, lang: Lang = "en"): LsSweepLensOut[] {
  const a = analysisOf(text);
  const out: LsSweepLensOut[] = [];
  for (const d of a.file.declarations) {
    if (d.kind === "simulation") continue;
    let n = 0;
    for (const p of d.properties) {
      const v = p.value;
      const found: ExprLike[] = [];
      const collect = (e: ExprLike) => e.kind === "number" && e.range && found.push(e);
      if (v.kind === "expr") visitExpr(v.expr, collect);
      else if (v.kind === "step") visitExpr(v.threshold, collect);
      else if (v.kind === "capScore") visitExpr(v.limit, collect);
      else if (v.kind === "quota") visitExpr(v.share, collect);
      for (const e of found) {
        if (n++ >= LENS_LIMIT) break;
        out.push({
          range: d.keywordRange,
          title: t(lang, "ui.sweepLens.title", { property: p.key.text, value: e.text ?? String(e.value) }),
          offset: e.range!.start.offset,
        });
      }
    }
  }
  return out;
}
type LsSweepLensOut = { range: Range; title: string; offset: number };

type ExprLike = {
  kind: string;
  range?: Range;
  value?: unknown;
  text?: string;
  percent?: boolean;
  operand?: ExprLike;
  left?: ExprLike;
  right?: ExprLike;
  args?: ExprLike[];
  expr?: ExprLike;
};

function visitExpr(e: ExprLike, fn: (e: ExprLike) => void): void {
  fn(e);
  for (const child of [e.operand, e.left, e.right, e.expr, ...(e.args ?? [])]) if (child) visitExpr(child, fn);
}

const pinnedNumber = (value: number) => {
  const r = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } };
  return { kind: "number" as const, value, text: String(value), percent: false, range: r };
};
const unmeasured = () => {
  const r = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } };
  return { kind: "name" as const, name: "\u0000unmeasured", range: r };
};

/**
 * Why a simulated staff member got their rating: the dsl's explain, run on the indicator
 * values the simulation measured for them (each indicator's value pinned to that number, as
 * explain itself does when it looks for a lift).
 */
export function explainStaff(
  text: string,
  values: Record<string, number | null>,
  ratingAfterQuota?: string,
  lang: Lang = "en",
): ReturnType<typeof dslExplain> | null {
  const scheme = analysisOf(text).scheme;
  if (!scheme) return null;
  const pinned = {
    ...scheme,
    indicators: scheme.indicators.map((i) => {
      const v = values[i.name];
      return { ...i, value: (typeof v === "number" && Number.isFinite(v) ? pinnedNumber(v) : unmeasured()) as typeof i.value };
    }),
  };
  return dslExplain(pinned, {}, ratingAfterQuota ? { ratingAfterQuota } : {}, lang);
}

/**
 * The simulator's exploit finder on the scheme as typed (null while it has errors), its
 * sentences in `lang`: a tenth's exploits are measured from its own honest period, which
 * takes a search for it alone (only in another language: in English the finder's own text
 * already says it).
 */
export function exploitsOf(text: string, lang: Lang = "en"): ExploitReport | null {
  const scheme = analysisOf(text).scheme;
  if (!scheme) return null;
  const report = findExploits(scheme);
  if (lang === "en") return report;
  const baselines = new Map<Who, Baseline>([["typical", report.baseline]]);
  const baselineOf = (who: Who): Baseline => {
    let b = baselines.get(who);
    if (!b) baselines.set(who, (b = findExploits(scheme, { who }).baseline));
    return b;
  };
  return reportIn(report, scheme, lang, baselineOf);
}
