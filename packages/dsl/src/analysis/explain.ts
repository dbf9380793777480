/**
 * Why did this staff member get this rating? `explain` retraces one row through the scheme —
 * indicator value → points → group → score → gates → rating (→ quota) — with the reference
 * evaluator as the only source of numbers, and for each indicator finds the smallest change
 * of its value alone that would lift the rating one band.
 *
 * "Its value alone": the indicator's value is pinned to a candidate number while every metric
 * stays as it is, so indicators and gates that read this indicator follow it, as they would
 * if the value really changed. The search walks from the current value in the `better`
 * direction over the candidate points where the rating can change — the indicator's floor,
 * target, cap point and step thresholds, and every number a gate compares with — and bisects
 * inside the first stretch that reaches the band. Between candidates the score is monotone in
 * the value (a weighted mean of a clamped line), so the bisection finds the edge.
 */
import type { Expr } from "../syntax/ast.ts";
import type { Aspect, Indicator, Scheme } from "../semantics/model.ts";
import { scoreReference } from "../scoring/reference.ts";
import { round9 } from "../scoring/exact.ts";
import type { Row, RowResult } from "../scoring/types.ts";
import { walkExpr } from "../semantics/symbols.ts";
import { isRatioValue } from "../semantics/lints/shared.ts";
import { t, type Lang } from "../i18n/translate.ts";
import { WHOLE_TABLE } from "../scoring/score-rows.ts";
import { percentFigure, percentText } from "../format/percent.ts";

/** What scoring the whole pool added: the rating after quotas (from `scoreRows`). */
export interface RatingsContext {
  ratingAfterQuota?: string;
  /** The quota pool the rating was counted in: each pool column's value, its label and size. */
  pool?: Record<string, string | null>;
  poolLabel?: string;
  poolSize?: number;
}

export type Lift =
  /** Reaching `rating` needs the value at `to` (or better). */
  | { kind: "lift"; from: number | null; to: number; change: number | null; rating: string; score: number | null }
  /** The rating is already the best band. */
  | { kind: "top" }
  /** No value of this indicator alone reaches the next band; `reason` says why. */
  | { kind: "cannot"; reason: string };

export interface IndicatorExplanation {
  name: string;
  label: string | null;
  aspect: Aspect | null;
  group: string | null;
  better: "higher" | "lower";
  /** Whether the value is a share (shown as a percent). */
  ratio: boolean;
  value: number | null;
  points: number | null;
  /** How the value turns into points, in the scheme's own terms. */
  rule: string;
  /** Nominal share of the score (every indicator measured). */
  effectiveWeight: number;
  /** Share of this staff member's score after missing indicators were left out; 0 if left out. */
  share: number;
  /** points × share: what this indicator added to the score. */
  contribution: number;
  lift: Lift;
}

export interface GroupExplanation {
  name: string;
  label: string | null;
  points: number | null;
  share: number;
}

export interface GateExplanation {
  name: string;
  label: string | null;
  effect: string;
}

export interface Explanation {
  scheme: string | null;
  /** Score before gates (the weighted mean); null when nothing could be measured. */
  scoreBeforeGates: number | null;
  score: number | null;
  /** Rating from the score alone, before gates. */
  ratingFromScore: string;
  /** After gates, before quotas. */
  rating: string;
  ratingAfterQuota: string | null;
  /** The quota pool (each pool column's value) and its size, when scored with a table. */
  pool: { values: Record<string, string | null>; label: string; size: number } | null;
  gates: GateExplanation[];
  groups: GroupExplanation[];
  indicators: IndicatorExplanation[];
  /** The band one above `rating`, the one each indicator's lift aims for. */
  nextBand: string | null;
  nextBandMin: number | null;
}

const NUMBER = (value: number): Expr => {
  const r = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } };
  return { kind: "number", value, text: String(value), percent: false, range: r };
};

function pinned(scheme: Scheme, name: string, v: number): Scheme {
  return { ...scheme, indicators: scheme.indicators.map((i) => (i.name === name ? { ...i, value: NUMBER(v) } : i)) };
}

function bandIndex(scheme: Scheme, rating: string): number {
  return scheme.ratings.findIndex((r) => r.name === rating);
}

function ratingFromScore(scheme: Scheme, score: number | null): string {
  if (score === null) return scheme.ratings[scheme.ratings.length - 1]!.name;
  return (scheme.ratings.find((r) => r.min !== null && score >= r.min) ?? scheme.ratings[scheme.ratings.length - 1]!).name;
}

/** Shares of the score this row really used: missing members' weights go to their siblings. */
function actualShares(scheme: Scheme, result: RowResult): Map<string, number> {
  const shares = new Map<string, number>();
  const weight = new Map<string, number>([
    ...scheme.indicators.map((i) => [i.name, i.weight] as const),
    ...scheme.groups.map((g) => [g.name, g.weight] as const),
  ]);
  const present = (m: { kind: string; name: string }) =>
    m.kind === "group"
      ? result.groups[m.name] !== null && result.groups[m.name] !== undefined
      : result.indicators[m.name]?.points !== null || scheme.missing === "zero";
  const visit = (parent: string, share: number) => {
    const members = (scheme.members.get(parent) ?? []).filter(present);
    const sum = members.reduce((s, m) => s + weight.get(m.name)!, 0);
    for (const m of members) {
      const w = sum > 0 ? (weight.get(m.name)! / sum) * share : 0;
      shares.set(m.name, w);
      if (m.kind === "group") visit(m.name, w);
    }
  };
  visit("", 1);
  return shares;
}

function describeRule(lang: Lang, i: Indicator, ratio: boolean): string {
  const v = (x: number) => (ratio ? pct(x) : fmt(x));
  if (i.steps.length > 0) {
    const op = i.better === "higher" ? "≥" : "≤";
    return t(lang, "explain.rule.steps", { steps: i.steps.map((s) => `${op} ${v(s.threshold)} → ${s.points}`).join(", ") });
  }
  const cap = i.cap !== 100 ? t(lang, "explain.rule.cap", { cap: String(i.cap) }) : "";
  return t(lang, "explain.rule.line", { floor: v(i.floor!), target: v(i.target!), cap, better: i.better });
}

/** The values where this indicator's points or a gate's verdict can change. */
function candidates(scheme: Scheme, i: Indicator): number[] {
  const out: number[] = [];
  if (i.steps.length > 0) out.push(...i.steps.map((s) => s.threshold));
  else {
    const f = i.floor!;
    const t = i.target!;
    out.push(f, t, f + ((t - f) * i.cap) / 100);
  }
  for (const g of scheme.gates) {
    walkExpr(g.when, (e) => {
      if (e.kind === "number") {
        const eps = Math.max(Math.abs(e.value) * 1e-9, 1e-12);
        out.push(e.value, e.value - eps, e.value + eps);
      }
    });
  }
  return [...new Set(out.filter(Number.isFinite))];
}

function findLift(lang: Lang, scheme: Scheme, row: Row, i: Indicator, current: number | null, goal: number): Lift {
  const goalName = scheme.ratings[goal]!.name;
  const reaches = (v: number) => bandIndex(scheme, scoreReference(pinned(scheme, i.name, v), row).rating) <= goal;
  const better = (a: number, b: number) => (i.better === "higher" ? a > b : a < b);
  let cands = candidates(scheme, i).sort((a, b) => (i.better === "higher" ? a - b : b - a));
  if (current !== null) cands = cands.filter((c) => better(c, current));
  // Past the last candidate nothing changes any more; one step beyond confirms that.
  const last = cands[cands.length - 1];
  if (last !== undefined) cands.push(i.better === "higher" ? last + Math.abs(last) + 1 : last - Math.abs(last) - 1);
  let lo: number | null = current;
  for (const c of cands) {
    if (reaches(c)) {
      let hi = c;
      if (lo !== null) {
        let a = lo;
        for (let k = 0; k < 100 && a !== hi; k++) {
          const mid = a + (hi - a) / 2;
          if (mid === a || mid === hi) break;
          if (reaches(mid)) hi = mid;
          else a = mid;
        }
      }
      // Values are rounded to 9 decimals before they score (§5.3), so every number the
      // bisection lands on scores as its rounding does: report that number, the one a person
      // would write (0.75, not 0.7499999995).
      hi = round9(hi);
      // A share cannot leave 0..100%: a lift that needs it is no lift.
      if (isRatioValue(scheme, i.value) && (hi > 1 || hi < 0)) {
        return { kind: "cannot", reason: t(lang, "explain.cannot.share", { value: pct(hi), above: hi > 1 ? "yes" : "no" }) };
      }
      const r = scoreReference(pinned(scheme, i.name, hi), row);
      return { kind: "lift", from: current, to: hi, change: current === null ? null : hi - current, rating: goalName, score: r.score };
    }
    lo = c;
  }
  if (current === null && cands.length === 0) return { kind: "cannot", reason: t(lang, "explain.cannot.noThresholds") };
  const best = cands.length > 0 ? cands[cands.length - 1]! : current!;
  const atBest = scoreReference(pinned(scheme, i.name, best), row);
  const gate = atBest.gates
    .map((g) => scheme.gates.find((x) => x.name === g)!)
    .find(
      (g) =>
        g.cap.kind === "rating" ||
        (g.cap.kind === "score" && scheme.ratings[goal]!.min !== null && g.cap.limit < scheme.ratings[goal]!.min!),
    );
  if (gate) return { kind: "cannot", reason: t(lang, "explain.cannot.gate", { gate: gate.name }) };
  return {
    kind: "cannot",
    reason: t(lang, "explain.cannot.short", {
      score: atBest.score === null ? t(lang, "explain.none") : fmt(atBest.score),
      min: fmt(scheme.ratings[goal]!.min ?? 0),
      band: goalName,
    }),
  };
}

/** The explanation, its words (rules, reasons, gate effects) in `lang`. */
export function explain(scheme: Scheme, row: Row, context: RatingsContext = {}, lang: Lang = "en"): Explanation {
  const result = scoreReference(scheme, row);
  const gateScore = new Set(result.gates);
  const shares = actualShares(scheme, result);
  // The score before gates: the same evaluation with no gates.
  const before = scheme.gates.length === 0 ? result.score : scoreReference({ ...scheme, gates: [] }, row).score;
  const current = bandIndex(scheme, result.rating);
  const goal = current - 1;
  const indicators = scheme.indicators.map((i): IndicatorExplanation => {
    const r = result.indicators[i.name]!;
    // Under `missing zero` an unmeasured indicator still scores, with 0 points.
    const points = r.value === null && scheme.missing === "zero" ? 0 : r.points;
    const share = shares.get(i.name) ?? 0;
    return {
      name: i.name,
      label: i.label,
      aspect: i.aspect,
      group: i.group,
      better: i.better,
      ratio: isRatioValue(scheme, i.value),
      value: r.value,
      points,
      rule: describeRule(lang, i, isRatioValue(scheme, i.value)),
      effectiveWeight: i.effectiveWeight,
      share,
      contribution: (points ?? 0) * share,
      lift: goal < 0 ? { kind: "top" } : findLift(lang, scheme, row, i, r.value, goal),
    };
  });
  return {
    scheme: scheme.title,
    scoreBeforeGates: before,
    score: result.score,
    ratingFromScore: ratingFromScore(scheme, before),
    rating: result.rating,
    ratingAfterQuota: context.ratingAfterQuota ?? null,
    pool: context.pool ? { values: { ...context.pool }, label: context.poolLabel ?? "", size: context.poolSize ?? 0 } : null,
    gates: scheme.gates
      .filter((g) => gateScore.has(g.name))
      .map((g) => ({
        name: g.name,
        label: g.label,
        effect:
          g.cap.kind === "score"
            ? t(lang, "explain.effect.score", { limit: fmt(g.cap.limit) })
            : t(lang, "explain.effect.rating", { band: g.cap.rating }),
      })),
    groups: scheme.groups.map((g) => ({
      name: g.name,
      label: g.label,
      points: result.groups[g.name] ?? null,
      share: shares.get(g.name) ?? 0,
    })),
    indicators,
    nextBand: goal >= 0 ? scheme.ratings[goal]!.name : null,
    nextBandMin: goal >= 0 ? scheme.ratings[goal]!.min : null,
  };
}

/**
 * Numbers for people: at most 4 decimals, no float noise. A value too large for x × 10⁴ to
 * be a double (a CSV cell of 1e306 is a number like any other) has no decimals to round, and
 * rounding it would print "Infinity": it is shown as it is.
 */
function fmt(x: number): string {
  const r = Math.round(x * 10000) / 10000;
  return Number.isFinite(r) ? String(r) : String(x);
}

/** A share as a percent (`95%`), to 2 decimals or as many as it takes not to read 0% or 100%. */
function pct(x: number): string {
  return percentText(x, 2);
}

/** x × 100 to 2 decimals (percentage points), or as many as keep a change from reading 0. */
function percentPoints(x: number): string {
  return percentFigure(x, 2);
}

/**
 * The explanation as text; `band` names a rating band for the reader (the CLI gives its label
 * in the reader's language), the band's name by default.
 */
export function renderExplanation(e: Explanation, lang: Lang = "en", band: (name: string) => string = (name) => name): string {
  const lines: string[] = [];
  if (e.scheme) lines.push(t(lang, "explain.scheme", { name: e.scheme }));
  lines.push(t(lang, "explain.indicators"));
  for (const i of e.indicators) {
    const name = i.label ? `${i.name} (${i.label})` : i.name;
    const v = (x: number) => (i.ratio ? pct(x) : fmt(x));
    if (i.value === null) lines.push(t(lang, "explain.notMeasured", { name, zero: i.points === 0 ? "yes" : "no" }));
    else
      lines.push(
        t(lang, "explain.indicator", {
          name,
          value: v(i.value),
          points: fmt(i.points ?? 0),
          share: pct(i.share),
          contribution: fmt(i.contribution),
        }),
      );
    lines.push(`      ${i.rule}`);
  }
  if (e.groups.length > 0) {
    lines.push(t(lang, "explain.groups"));
    for (const g of e.groups) {
      const points = g.points === null ? t(lang, "explain.leftOut") : t(lang, "explain.points", { points: fmt(g.points) });
      lines.push(t(lang, "explain.group", { name: g.label ? `${g.name} (${g.label})` : g.name, points, share: pct(g.share) }));
    }
  }
  lines.push(
    t(lang, "explain.score", {
      score: e.scoreBeforeGates === null ? t(lang, "explain.score.none") : fmt(e.scoreBeforeGates),
      rating: band(e.ratingFromScore),
    }),
  );
  for (const g of e.gates) lines.push(t(lang, "explain.gate", { name: `${g.name}${g.label ? ` (${g.label})` : ""}`, effect: g.effect }));
  if (e.gates.length > 0)
    lines.push(
      t(lang, "explain.afterGates", { score: e.score === null ? t(lang, "explain.noScore") : fmt(e.score), rating: band(e.rating) }),
    );
  const pool = e.pool ? (e.pool.label === WHOLE_TABLE ? t(lang, "pools.wholeTable") : e.pool.label) : t(lang, "pools.wholeTable");
  if (e.pool) lines.push(t(lang, "explain.pool", { pool, size: String(e.pool.size) }));
  const movedByQuota = e.ratingAfterQuota !== null && e.ratingAfterQuota !== e.rating;
  if (movedByQuota) lines.push(t(lang, "explain.afterQuotas", { rating: band(e.ratingAfterQuota!) }));
  lines.push(t(lang, "explain.rating", { rating: band(e.ratingAfterQuota ?? e.rating) }));
  if (e.nextBand === null) {
    // The score reached the best band; only the pool's quota can have moved the rating.
    lines.push(
      movedByQuota
        ? t(lang, "explain.bestButQuota", { band: band(e.rating), pool, rating: band(e.ratingAfterQuota!) })
        : t(lang, "explain.best"),
    );
    return lines.join("\n");
  }
  lines.push(
    t(lang, "explain.toReach", {
      band: band(e.nextBand),
      min: e.nextBandMin !== null ? t(lang, "explain.toReach.min", { min: fmt(e.nextBandMin) }) : "",
    }),
  );
  for (const i of e.indicators) {
    const l = i.lift;
    const v = (x: number) => (i.ratio ? pct(x) : fmt(x));
    if (l.kind === "lift") {
      const sign = l.change !== null && l.change >= 0 ? "+" : "−";
      const change =
        l.change === null
          ? ""
          : i.ratio
            ? t(lang, "explain.change.percent", { sign, amount: percentPoints(Math.abs(l.change)) })
            : t(lang, "explain.change.plain", { sign, amount: fmt(Math.abs(l.change)) });
      const score = l.score === null ? t(lang, "explain.none") : fmt(l.score);
      lines.push(
        l.from === null
          ? t(lang, "explain.lift.measured", { name: i.name, to: v(l.to), score })
          : t(lang, "explain.lift", { name: i.name, from: v(l.from), to: v(l.to), change, score }),
      );
    } else if (l.kind === "cannot") {
      lines.push(t(lang, "explain.cannot", { name: i.name, reason: l.reason }));
    }
  }
  if (movedByQuota) lines.push(t(lang, "explain.quotaMay"));
  return lines.join("\n");
}
