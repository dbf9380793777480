/**
 * The structural rules a scheme must meet once its names are bound: no cycles (KPI008), nesting
 * within bounds, one property per line (KPI103), thresholds that order (KPI005, KPI007, KPI102),
 * rating bands that work (KPI006), a population mix that fills 100% and weights that sum to
 * 100 (KPI004, KPI101).
 */
import type { Declaration, Expr, Property } from "../../syntax/ast.ts";
import type { QuickFix } from "../../diagnostics/diagnostic.ts";
import type { Message } from "../../i18n/translate.ts";
import { MIX_KEYS, mixProblem } from "../../scenario/population-mix.ts";
import { foldConstant, isPercentLiteral, plainLiteral, withinMagnitude } from "../constant.ts";
import { formatExpr } from "../../format/print.ts";
import { percentFigure, percentText } from "../../format/percent.ts";
import { DEFAULTS } from "../properties.ts";
import { walkExpr } from "../symbols.ts";
import { num, round, word, type CheckContext } from "./context.ts";
import { groupCycles, groupDepths, MAX_GROUP_DEPTH, orderIndicators } from "./graph.ts";

/** KPI008: groups whose parent chain comes back to them. Returns each such group's cycle. */
export function checkGroupCycles(c: CheckContext, groups: Declaration[], parentOf: Map<string, string>): Map<string, Set<string>> {
  const inCycle = groupCycles(
    groups.filter((d) => c.byName.get(d.name!.text) === d).map((d) => d.name!.text),
    parentOf,
  );
  for (const d of groups) {
    const name = d.name!.text;
    const cycle = inCycle.get(name);
    if (!cycle || c.byName.get(name) !== d) continue;
    const next = parentOf.get(name)!;
    const size = cycle.size;
    c.report(
      "KPI008",
      c.prop(d, "group")!.value.range,
      next === name
        ? `Group \`${name}\` names itself as its parent; a group's parent chain must reach the top level.`
        : `Group \`${name}\` is inside \`${next}\`, whose parent chain leads back to \`${name}\` (a circle of ${size} groups); a group's parent chain must reach the top level.`,
      d,
    );
  }
  return inCycle;
}

/** Nesting depth: reported once, at the `group` that first goes too deep. */
export function checkGroupDepth(
  c: CheckContext,
  groups: Declaration[],
  indicators: Declaration[],
  parentOf: Map<string, string>,
  inCycle: Map<string, Set<string>>,
): void {
  const depthOf = groupDepths(
    groups.filter((d) => c.byName.get(d.name!.text) === d).map((d) => d.name!.text),
    parentOf,
    inCycle,
  );
  for (const d of [...groups, ...indicators]) {
    const parent = parentOf.get(d.name!.text);
    if (parent === undefined || c.byName.get(d.name!.text) !== d) continue;
    if (d.kind === "group" ? depthOf.get(parent) === MAX_GROUP_DEPTH : false) {
      c.report(
        "KPI004",
        c.prop(d, "group")!.value.range,
        { key: "check.KPI004.depth", params: { depth: String(MAX_GROUP_DEPTH), name: d.name!.text, parent: String(parent) } },
        d,
      );
    }
  }
}

/** KPI008: indicator values that read each other in a circle. Returns the evaluation order. */
export function checkIndicatorCycles(c: CheckContext, indicators: Declaration[], reads: Map<string, Set<string>>): string[] {
  return orderIndicators(
    indicators.map((d) => d.name!.text),
    reads,
    (cycle) => {
      const d = c.byName.get(cycle[0]!)!;
      c.report(
        "KPI008",
        c.prop(d, "value")!.value.range,
        { key: "check.KPI008.values", params: { cycle: [...cycle, cycle[0]].join(" → ") } },
        d,
      );
    },
  );
}

/**
 * The population mix of a simulation block, by the rule the simulator fills it with
 * (scenario/population-mix.ts): what `check` lets through, `simulate` runs.
 */
export function checkMix(c: CheckContext, simulations: Declaration[]): void {
  for (const d of simulations) {
    const given = Object.fromEntries(MIX_KEYS.map((k) => [k, num(d, c, k)]));
    if (!mixProblem(given)) continue;
    const shares = MIX_KEYS.map((k) => given[k]);
    const sum = shares.reduce((a: number, b) => a + (b ?? 0), 0);
    if (shares.every((x) => x !== null)) {
      c.report("KPI004", d.name!.range, { key: "check.KPI004.mixSum", params: { sum: percentFigure(sum, 2) } }, d);
    } else {
      const named = MIX_KEYS.filter((k) => given[k] !== null);
      c.report(
        "KPI004",
        d.name!.range,
        { key: "check.KPI004.mixOver", params: { named: named.join(", "), sum: percentFigure(sum, 2) } },
        d,
      );
    }
  }
}

/**
 * KPI103: one property per line in a block that spans lines. A block on a single line
 * (`metric a { type count }`) is the compact form and may hold several.
 */
export function checkLayout(c: CheckContext, d: Declaration): void {
  if (!d.bodyRange || d.bodyRange.start.line === d.bodyRange.end.line) return;
  for (let i = 1; i < d.properties.length; i++) {
    const prev = d.properties[i - 1]!;
    const p = d.properties[i]!;
    if (p.key.range.start.line !== prev.range.end.line) continue;
    const between = { start: prev.range.end, end: p.key.range.start };
    const commented = c.file.comments.some(
      (x) => x.range.start.offset >= between.start.offset && x.range.start.offset < between.end.offset,
    );
    c.report(
      "KPI103",
      p.key.range,
      { key: "check.KPI103.sameLine", params: { key: p.key.text, previous: prev.key.text } },
      d,
      commented ? [] : [{ title: `Move \`${p.key.text}\` to its own line`, edits: [{ range: between, newText: "\n  " }] }],
    );
  }
}

export function checkThresholds(c: CheckContext, d: Declaration): void {
  const floorP = c.prop(d, "floor");
  const targetP = c.prop(d, "target");
  const steps = c.props(d, "step");
  const better = word(d, c, "better") ?? "higher";
  const valueP = c.prop(d, "value");
  const ratio = valueP?.value.kind === "expr" ? isRatioExpr(valueP.value.expr, c) : false;
  if (steps.length > 0 && (floorP || targetP)) {
    c.report("KPI004", (floorP ?? targetP)!.key.range, { key: "check.KPI004.lineAndSteps" }, d);
    return;
  }
  if (steps.length === 0) {
    if (!floorP && !targetP) {
      c.report("KPI005", d.name!.range, { key: "check.KPI005.noScoring" }, d);
      return;
    }
    if (!floorP || !targetP) {
      c.report(
        "KPI005",
        (floorP ?? targetP)!.key.range,
        { key: "check.KPI005.half", params: { has: floorP ? "floor" : "target", lacks: floorP ? "target" : "floor" } },
        d,
      );
      return;
    }
    const f = num(d, c, "floor");
    const t = num(d, c, "target");
    if (f === null || t === null) return;
    if (f === t) {
      c.report("KPI007", targetP.value.range, { key: "check.KPI007.equal" }, d);
    } else if (better === "higher" && t < f) {
      c.report("KPI007", targetP.value.range, { key: "check.KPI007.belowFloor" }, d);
    } else if (better === "lower" && t > f) {
      c.report("KPI007", targetP.value.range, { key: "check.KPI007.aboveFloor" }, d);
    }
    if (ratio) {
      const flagged = [floorP, targetP].map((p) => percentSlip(p.value.kind === "expr" ? p.value.expr : null));
      const [newF, newT] = [f, t].map((x, k) => (flagged[k] ? x / 100 : x)) as [number, number];
      // One fix writes every slipped percent of the line: `floor 80` `target 95` fixed one at
      // a time would pass through `floor 80` `target 95%`, a target below its floor (KPI007).
      const clean = newF !== newT && (better === "higher" ? newT > newF : newT < newF);
      const lits = flagged.filter((x) => x !== null);
      [floorP, targetP].forEach((p, k) => {
        if (flagged[k]) reportPercentSlip(c, d, flagged[k], p.key.text, clean ? lits : []);
      });
    }
    return;
  }
  const parsed: { threshold: number; points: number; p: Property; slip: NumberLiteral | null }[] = [];
  for (const p of steps) {
    if (p.value.kind !== "step") continue;
    const threshold = foldConstant(p.value.threshold);
    const points = foldConstant(p.value.points);
    if (threshold === null || points === null || !withinMagnitude(threshold) || !withinMagnitude(points)) continue;
    parsed.push({ threshold, points, p, slip: ratio ? percentSlip(p.value.threshold) : null });
  }
  const slips = parsed.filter((x) => x.slip !== null);
  if (slips.length > 0) {
    // As for a line: one fix for every step, and only when the fixed steps still order.
    const fixed = parsed.map((x) => ({ threshold: x.slip ? x.threshold / 100 : x.threshold, points: x.points }));
    const clean = stepsOrder(fixed, better);
    const lits = slips.map((x) => x.slip!);
    for (const x of slips) reportPercentSlip(c, d, x.slip!, "step", clean ? lits : []);
  }
  const sorted = [...parsed].sort((a, b) => (better === "higher" ? b.threshold - a.threshold : a.threshold - b.threshold));
  for (let i = 1; i < sorted.length; i++) {
    const more = sorted[i - 1]!;
    const less = sorted[i]!;
    if (more.threshold === less.threshold) {
      c.report("KPI007", less.p.value.range, { key: "check.KPI007.sameThreshold", params: { threshold: String(less.threshold) } }, d);
    } else if (less.points > more.points) {
      c.report(
        "KPI007",
        less.p.value.range,
        {
          key: "check.KPI007.stepPoints",
          params: { points: String(less.points), threshold: String(more.threshold), morePoints: String(more.points), better },
        },
        d,
      );
    }
  }
}

type NumberLiteral = Extract<Expr, { kind: "number" }>;

/** The plain literal above 1 in a threshold of a ratio (`target 95`), the KPI102 slip; else null. */
function percentSlip(e: Expr | null): NumberLiteral | null {
  if (!e || isPercentLiteral(e)) return null;
  const lit = plainLiteral(e);
  return lit && lit.value > 1 ? lit : null;
}

/** KPI102 at `lit`; its fix writes a percent sign on each of `together` (none: no fix offered). */
function reportPercentSlip(c: CheckContext, d: Declaration, lit: NumberLiteral, key: string, together: NumberLiteral[]): void {
  const fixes: QuickFix[] =
    together.length === 0
      ? []
      : [
          {
            title:
              together.length === 1
                ? `Change to \`${lit.text}%\``
                : `Change ${together.map((l) => `\`${l.text}\``).join(", ")} to percents`,
            edits: together.map((l) => ({ range: l.range, newText: `${l.text}%` })),
          },
        ];
  c.report("KPI102", lit.range, { key: "check.KPI102", params: { key, text: lit.text } }, d, fixes);
}

/** Whether steps order as KPI007 wants: distinct thresholds, and a more demanding one never pays less. */
function stepsOrder(steps: { threshold: number; points: number }[], better: string): boolean {
  const sorted = [...steps].sort((a, b) => (better === "higher" ? b.threshold - a.threshold : a.threshold - b.threshold));
  return sorted.every((s, i) => i === 0 || (s.threshold !== sorted[i - 1]!.threshold && s.points <= sorted[i - 1]!.points));
}

const COMPARISONS: ReadonlySet<string> = new Set(["<", "<=", ">", ">=", "==", "!="]);
/** The same comparison read from the other side: `50 > sat` is `sat < 50`. */
const MIRRORED: Readonly<Record<string, string>> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!=" };

/**
 * KPI102 in a comparison — a gate's `when`, or a comparison inside an indicator's value: a
 * ratio against a plain number above 1 is decided before any data comes in (`sat < 50`
 * always holds, so the gate caps everyone; `sat > 50` never holds), which is a percent sign
 * left out far more often than a meant rule.
 */
export function checkRatioComparisons(c: CheckContext, decls: Declaration[]): void {
  for (const d of decls) {
    const p = c.prop(d, d.kind === "gate" ? "when" : "value");
    if (p?.value.kind !== "expr") continue;
    walkExpr(p.value.expr, (e) => {
      if (e.kind !== "binary" || !COMPARISONS.has(e.op)) return;
      for (const [ratio, other, op] of [
        [e.left, e.right, e.op],
        [e.right, e.left, MIRRORED[e.op]!],
      ] as const) {
        if (isPercentLiteral(other) || !isRatioExpr(ratio, c)) continue;
        const lit = plainLiteral(other);
        const n = foldConstant(other);
        if (!lit || n === null || n <= 1) continue;
        const holds = op === "<" || op === "<=" || op === "!=" ? "always" : "never";
        c.report("KPI102", lit.range, { key: "check.KPI102.compare", params: { comparison: formatExpr(e), text: lit.text, holds } }, d, [
          percentFix(lit),
        ]);
      }
    });
  }
}

function percentFix(lit: Extract<Expr, { kind: "number" }>): QuickFix {
  return { title: `Change to \`${lit.text}%\``, edits: [{ range: lit.range, newText: `${lit.text}%` }] };
}

/**
 * The most rating bands a scheme may have: the compiled module reports a rating as its index
 * in one byte (`scoreColumns` returns a Uint8Array), so a 257th band would wrap around to the
 * first. docs/language-reference.md states it.
 */
const MAX_RATING_BANDS = 256;

/**
 * The most points any indicator can earn: 100, or more where a `cap` extends the line. The
 * score is a weighted mean of points (gates only lower it), so no score is above this and
 * none is below 0. A bound that holds for every scheme, not the tightest one: steps paying
 * less than the cap, or caps below 100, can make the real maximum lower, and a rule that used
 * it would turn into an error whenever an indicator's steps were edited.
 */
export function pointsCeiling(c: CheckContext, indicators: Declaration[]): number {
  return Math.max(100, ...indicators.map((d) => num(d, c, "cap") ?? DEFAULTS.indicator.cap));
}

/** KPI004: a gate's `cap score N` outside 0..the ceiling: below 0 no score can be, above it the cap never bites. */
export function checkGateCaps(c: CheckContext, gates: Declaration[], ceiling: number): void {
  for (const d of gates) {
    const cap = c.prop(d, "cap");
    if (cap?.value.kind !== "capScore") continue;
    const limit = foldConstant(cap.value.limit);
    if (limit === null || !withinMagnitude(limit) || (limit >= 0 && limit <= ceiling)) continue;
    c.report(
      "KPI004",
      cap.value.limit.range,
      { key: "check.KPI004.capScoreRange", params: { limit: round(limit), top: round(ceiling), below: limit < 0 ? "yes" : "no" } },
      d,
    );
  }
}

/**
 * KPI004: a gate's `cap rating B` where B is the best band. "At most the best band" holds for
 * everyone, so the gate never lowers a rating: the same fault as a `cap score` above the most
 * points (checkGateCaps), and the same code. Left to KPI006 when the bands' order is unclear.
 */
export function checkGateRatingCaps(c: CheckContext, gates: Declaration[], ratings: Declaration[]): void {
  const order = bandOrder(c, ratings);
  if (!order) return;
  const [best, next] = order;
  for (const d of gates) {
    const cap = c.prop(d, "cap");
    if (cap?.value.kind !== "capRating" || cap.value.rating.text !== best!.name!.text) continue;
    c.report(
      "KPI004",
      cap.value.rating.range,
      { key: "check.KPI004.capRatingTop", params: { band: best!.name!.text, next: next?.name?.text ?? "", lower: next ? "yes" : "no" } },
      d,
    );
  }
}

/** The bands best first (by `min`, the fallback last), or null when KPI006 or a bad `min` leaves it unclear. */
function bandOrder(c: CheckContext, ratings: Declaration[]): Declaration[] | null {
  const fallbacks = ratings.filter((d) => !c.prop(d, "min"));
  if (fallbacks.length !== 1) return null;
  const ranked = ratings.filter((d) => c.prop(d, "min")).map((d) => ({ d, min: num(d, c, "min") }));
  if (ranked.some((r) => r.min === null)) return null;
  ranked.sort((a, b) => b.min! - a.min!);
  if (ranked.length > 1 && ranked[0]!.min === ranked[1]!.min) return null;
  return [...ranked.map((r) => r.d), fallbacks[0]!];
}

export function checkRatings(c: CheckContext, ratings: Declaration[], ceiling: number): void {
  if (ratings.length === 0) {
    c.report("KPI006", c.file.declarations[0]?.keywordRange ?? c.file.range, { key: "check.KPI006.none" });
    return;
  }
  if (ratings.length > MAX_RATING_BANDS) {
    const extra = ratings[MAX_RATING_BANDS]!;
    c.report(
      "KPI006",
      extra.name!.range,
      { key: "check.KPI006.tooMany", params: { max: MAX_RATING_BANDS, band: MAX_RATING_BANDS + 1, count: ratings.length } },
      extra,
    );
  }
  const fallbacks = ratings.filter((d) => !c.prop(d, "min"));
  if (fallbacks.length === 0) {
    c.report("KPI006", ratings[ratings.length - 1]!.name!.range, { key: "check.KPI006.noFallback" });
  } else if (fallbacks.length > 1) {
    for (const d of fallbacks.slice(1)) {
      c.report(
        "KPI006",
        d.name!.range,
        { key: "check.KPI006.twoFallbacks", params: { first: fallbacks[0]!.name!.text, second: d.name!.text } },
        d,
      );
    }
  }
  const byMin = new Map<number, Declaration>();
  for (const d of ratings) {
    const m = num(d, c, "min");
    if (m === null) continue;
    if (m > ceiling) {
      c.report(
        "KPI004",
        c.prop(d, "min")!.value.range,
        { key: "check.KPI004.minUnreachable", params: { min: round(m), top: round(ceiling) } },
        d,
      );
    }
    const other = byMin.get(m);
    if (other)
      c.report(
        "KPI006",
        c.prop(d, "min")!.value.range,
        { key: "check.KPI006.sameMin", params: { first: other.name!.text, second: d.name!.text, min: String(m) } },
        d,
      );
    else byMin.set(m, d);
  }
  for (const d of ratings) {
    const q = c.prop(d, "quota");
    if (q?.value.kind === "quota" && q.value.of?.text === d.name!.text) {
      c.report(
        "KPI006",
        q.value.of.range,
        {
          key: "check.quota.ofItself",
          params: { band: d.name!.text, share: q.value.share.kind === "number" ? q.value.share.text : "15%" },
        },
        d,
      );
    }
  }
  // A quota of a band above: bands are settled from the top down and a band's quota counts
  // the band that takes its surplus (the one below); a share of a better band would let
  // fewer keep this one the fewer reach that one.
  for (const d of ratings) {
    const q = c.prop(d, "quota");
    const own = num(d, c, "min");
    if (q?.value.kind !== "quota" || !q.value.of || own === null) continue;
    const of = c.byName.get(q.value.of.text);
    const ofMin = of?.kind === "rating" ? num(of, c, "min") : null;
    if (ofMin === null || ofMin <= own) continue;
    c.report(
      "KPI006",
      q.value.of.range,
      {
        key: "check.KPI006.quotaOfHigher",
        params: {
          band: d.name!.text,
          of: q.value.of.text,
          min: round(ofMin),
          own: round(own),
          share: q.value.share.kind === "number" ? q.value.share.text : "15%",
        },
      },
      d,
    );
  }
  for (const d of fallbacks) {
    const q = c.prop(d, "quota");
    if (q) c.report("KPI006", q.key.range, { key: "check.KPI006.fallbackQuota" }, d);
  }
}

export function checkWeightSums(c: CheckContext, memberDecls: Map<string, Declaration[]>): void {
  for (const [parent, members] of memberDecls) {
    const weighted = members.map((d) => ({ d, p: c.prop(d, "weight"), w: num(d, c, "weight") }));
    if (weighted.some((m) => m.w === null || !m.p)) continue;
    const sum = weighted.reduce((s, m) => s + m.w!, 0);
    if (Math.abs(sum - 100) <= 1e-9 || sum < 0) continue;
    const where: Message = parent === "" ? { key: "check.KPI101.top" } : { key: "check.KPI101.group", params: { group: parent } };
    const anchorOf = () =>
      parent === "" ? weighted[0]!.p!.value.range : (c.byName.get(parent)?.name?.range ?? weighted[0]!.p!.value.range);
    if (sum === 0) {
      // Nothing to scale: every share would be 0 ÷ 0.
      c.report(
        "KPI101",
        anchorOf(),
        { key: "check.KPI101.zero", params: { where } },
        parent === "" ? weighted[0]!.d : c.byName.get(parent),
      );
      continue;
    }
    const newWeights = normalise(weighted.map((m) => m.w!));
    const fix: QuickFix = {
      title: "Normalise the weights to sum to 100",
      edits: weighted.map((m, i) => ({ range: m.p!.value.range, newText: newWeights[i]! })),
    };
    const anchor = anchorOf();
    c.report(
      "KPI101",
      anchor,
      {
        key: "check.KPI101",
        params: { where, sum: round(sum), shares: sharesShown(weighted.map((m) => `${m.d.name!.text} ${percentText(m.w! / sum, 2)}`)) },
      },
      parent === "" ? weighted[0]!.d : c.byName.get(parent),
      [fix],
    );
  }
}

/** The shares a KPI101 message lists: all of a readable group, the first few of a huge one. */
function sharesShown(shares: string[]): string {
  const shown = 8;
  return shares.length <= shown + 2 ? shares.join(", ") : `${shares.slice(0, shown).join(", ")} and ${shares.length - shown} more`;
}

/** Scales weights to sum to exactly 100 with two decimals (largest remainder). */
function normalise(ws: number[]): string[] {
  const sum = ws.reduce((a, b) => a + b, 0);
  const cents = ws.map((w) => (w / sum) * 10000);
  const floors = cents.map(Math.floor);
  let left = 10000 - floors.reduce((a, b) => a + b, 0);
  const order = cents.map((x, i) => [x - floors[i]!, i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left--;
  }
  return floors.map((c) => String(c / 100));
}

/**
 * Whether an indicator's value is a share (0..1), for KPI102. A loop, not recursion: a value
 * may name an indicator that names another, thousands deep.
 */
function isRatioExpr(start: Expr, c: CheckContext): boolean {
  const seen = new Set<string>();
  let e = start;
  for (;;) {
    switch (e.kind) {
      case "paren":
        e = e.expr;
        continue;
      case "name": {
        const d = c.byName.get(e.name);
        if (!d) return false;
        if (d.kind === "metric") return word(d, c, "type") === "ratio";
        if (d.kind !== "indicator" || seen.has(e.name)) return false;
        seen.add(e.name);
        const v = c.prop(d, "value");
        if (v?.value.kind !== "expr") return false;
        e = v.value.expr;
        continue;
      }
      case "binary":
        if (e.op === "/") {
          const l = metricType(e.left, c);
          const r = metricType(e.right, c);
          return l !== null && l === r && (l === "count" || l === "money");
        }
        return false;
      default:
        return false;
    }
  }
}

function metricType(e: Expr, c: CheckContext): string | null {
  if (e.kind === "paren") return metricType(e.expr, c);
  if (e.kind === "binary" && (e.op === "+" || e.op === "-")) {
    const l = metricType(e.left, c);
    return l !== null && l === metricType(e.right, c) ? l : null;
  }
  if (e.kind !== "name") return null;
  const d = c.byName.get(e.name);
  return d?.kind === "metric" ? word(d, c, "type") : null;
}
