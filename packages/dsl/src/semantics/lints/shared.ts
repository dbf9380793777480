/**
 * What the gaming-risk lints share: finding a declaration's text again from the resolved
 * scheme (ranges and quick fixes need the AST), following what an indicator reads, and
 * writing numbers back the way a policy designer wrote them.
 */
import type { Declaration, DeclarationKind, Expr, Property, Range, SchemeFile } from "../../syntax/ast.ts";
import { CODES, type DiagnosticCode } from "../../diagnostics/codes.ts";
import { catalogueMessage, type Diagnostic, type QuickFix } from "../../diagnostics/diagnostic.ts";
export { fixTitled } from "../../diagnostics/diagnostic.ts";
import { percentText } from "../../format/percent.ts";
import type { Message } from "../../i18n/translate.ts";
import type { Indicator, Metric, MetricSource, Scheme } from "../model.ts";
import { walkExpr } from "../symbols.ts";

const declarationIndex = new WeakMap<SchemeFile, Map<string, Declaration>>();

export function findDeclaration(file: SchemeFile, kind: DeclarationKind, name: string | null): Declaration | null {
  if (name === null) return file.declarations.find((d) => d.kind === kind) ?? null;
  let index = declarationIndex.get(file);
  if (!index) {
    index = new Map();
    for (const d of file.declarations) {
      const key = `${d.kind}:${d.name?.text ?? ""}`;
      if (!index.has(key)) index.set(key, d);
    }
    declarationIndex.set(file, index);
  }
  return index.get(`${kind}:${name}`) ?? null;
}

export function findProperty(decl: Declaration | null, key: string): Property | null {
  return decl?.properties.find((p) => p.key.text === key) ?? null;
}

export function findProperties(decl: Declaration | null, key: string): Property[] {
  return decl?.properties.filter((p) => p.key.text === key) ?? [];
}

/** The most useful range to underline: the property if written, else the name, else the declaration. */
export function rangeOf(decl: Declaration | null, key: string | null, fallback: Range): Range {
  const p = key === null ? null : findProperty(decl, key);
  return p?.range ?? decl?.name?.range ?? decl?.keywordRange ?? fallback;
}

/** `message`: English text, or a catalogue message (then every language can show it). */
export function makeDiagnostic(
  code: DiagnosticCode,
  range: Range,
  message: string | Message,
  declaration: { kind: string; name: string },
  fixes?: QuickFix[],
): Diagnostic {
  const words = typeof message === "string" ? { message } : catalogueMessage(message);
  const d: Diagnostic = { code, severity: CODES[code].severity, ...words, range, declaration };
  if (fixes && fixes.length > 0) d.fixes = fixes;
  return d;
}

/** Names an expression reads directly: metrics and indicators (`x`, `x.value`, `x.points`). */
export function namesRead(e: Expr): Set<string> {
  const out = new Set<string>();
  walkExpr(e, (n) => {
    if (n.kind === "name") out.add(n.name);
    else if (n.kind === "member") out.add(n.object.text);
  });
  return out;
}

interface Lookup {
  metrics: Map<string, Metric>;
  indicators: Map<string, Indicator>;
}

// Per-scheme name maps, built once: lints ask per indicator, and a scan per question made a
// 1,000-indicator scheme quadratic.
const lookups = new WeakMap<Scheme, Lookup>();

function lookup(scheme: Scheme): Lookup {
  let l = lookups.get(scheme);
  if (!l) {
    l = { metrics: new Map(scheme.metrics.map((m) => [m.name, m])), indicators: new Map(scheme.indicators.map((i) => [i.name, i])) };
    lookups.set(scheme, l);
  }
  return l;
}

/**
 * The metrics an indicator depends on, through other indicators too: an indicator that reads
 * `on_time.points` is as exposed to a falsified `on_time` as `on_time` itself.
 */
export function metricsReadBy(scheme: Scheme, indicator: Indicator): Set<string> {
  const { metrics, indicators } = lookup(scheme);
  const out = new Set<string>();
  const seen = new Set<string>([indicator.name]);
  // A work list, not recursion: indicators may read indicators thousands deep.
  const work: Indicator[] = [indicator];
  while (work.length > 0) {
    for (const n of namesRead(work.pop()!.value)) {
      if (metrics.has(n)) out.add(n);
      const dep = indicators.get(n);
      if (dep && !seen.has(dep.name)) {
        seen.add(dep.name);
        work.push(dep);
      }
    }
  }
  return out;
}

/**
 * Whether an indicator's value is a share between 0 and 1: a `ratio` metric, a count over a
 * count (or money over money), or an indicator that is one. Mirrors the checker's rule for
 * KPI102 so that the two never disagree about what "100%" means.
 */
export function isRatioValue(scheme: Scheme, start: Expr): boolean {
  const seen = new Set<string>();
  let e = start;
  // A loop, not recursion, for the same reason as metricsReadBy.
  for (;;) {
    switch (e.kind) {
      case "paren":
        e = e.expr;
        continue;
      case "name": {
        const m = lookup(scheme).metrics.get(e.name);
        if (m) return m.type === "ratio";
        const i = lookup(scheme).indicators.get(e.name);
        if (!i || seen.has(i.name)) return false;
        seen.add(i.name);
        e = i.value;
        continue;
      }
      case "binary": {
        if (e.op !== "/") return false;
        const l = metricType(scheme, e.left);
        return l !== null && l === metricType(scheme, e.right) && (l === "count" || l === "money");
      }
      default:
        return false;
    }
  }
}

function metricType(scheme: Scheme, e: Expr): string | null {
  if (e.kind === "paren") return metricType(scheme, e.expr);
  if (e.kind === "binary" && (e.op === "+" || e.op === "-")) {
    const l = metricType(scheme, e.left);
    return l !== null && l === metricType(scheme, e.right) ? l : null;
  }
  if (e.kind !== "name") return null;
  return lookup(scheme).metrics.get(e.name)?.type ?? null;
}

/**
 * Sources whose numbers the staff member moves by their own hand: what they record (`self`),
 * and what the system counts of their own clicks and closures (`system`). A survey, a
 * supervisor or an auditor stands between the staff member and the number. A metric with no
 * `source` counts as controlled: most figures are produced by the work itself, and a lint
 * that went quiet whenever `source` was left out would reward leaving it out.
 */
const CONTROLLED_SOURCES: ReadonlySet<MetricSource> = new Set<MetricSource>(["self", "system"]);

export function controlledMetrics(scheme: Scheme, indicator: Indicator): Metric[] {
  const { metrics } = lookup(scheme);
  return [...metricsReadBy(scheme, indicator)]
    .flatMap((name) => {
      const m = metrics.get(name);
      return m && (m.source === null || CONTROLLED_SOURCES.has(m.source)) ? [m] : [];
    })
    .sort((a, b) => a.range.start.offset - b.range.start.offset);
}

/**
 * `0.95` → `95%`, `12.5` → `12.5`: a number as a policy designer would write it back. A plain
 * number keeps two decimals, and below 1 three significant digits: `floor 0.001` is not 0, and
 * a quick fix that writes the number back must not move it across the line it fixes.
 */
export function formatNumber(x: number, percent: boolean): string {
  if (percent) return percentText(x, 2);
  if (!Number.isFinite(x) || x === 0) return String(x);
  return String(Math.abs(x) >= 1 ? Math.round(x * 100) / 100 : Number(x.toPrecision(3)));
}

export function indicatorName(i: Indicator): string {
  return i.label ? `\`${i.name}\` (${i.label})` : `\`${i.name}\``;
}

export function isPercentExpr(e: Expr): boolean {
  if (e.kind === "number") return e.percent;
  if (e.kind === "unary" && e.op === "-") return isPercentExpr(e.operand);
  if (e.kind === "paren") return isPercentExpr(e.expr);
  return false;
}

/** The points a step really gives: the cap clips it like any other points. */
export function stepPoints(i: Indicator, points: number): number {
  return Math.max(0, Math.min(points, i.cap));
}

export function schemeDeclaration(scheme: Scheme): { kind: string; name: string } {
  return { kind: "scheme", name: scheme.title ?? "" };
}
