/**
 * Perverse incentives: indicators and gates under which more or better real work lowers what
 * the scheme pays. One analysis, used twice: KPI208 in the checker (with the typical period
 * below) and the exploit finder in the simulator (with the simulator's own typical period,
 * which its tests hold to this one).
 *
 * The question is asked the way a policy designer would test a rule by hand: take a typical
 * staff member's month, add one honest piece of work (a case closed properly, a late case
 * worked, a hard case closed, a defect avoided), score both months with the scheme itself
 * (compiled: it scores exactly as the reference evaluator, many times faster, and this runs
 * on every keystroke), and see whether an indicator's value moved the wrong way or a
 * gate switched on. Only metrics bound to a simulator observable (`observes`) can be moved;
 * the rest keep their value (none: the indicator reading them is undefined and not judged).
 */
import type { CompiledScheme, Row, RowResult } from "../../scoring/types.ts";
import { compile } from "../../scoring/compile.ts";
import { render } from "../../i18n/translate.ts";
import type { Gate, Indicator, Scheme } from "../model.ts";

/** One honest piece of work, as the change it makes to each observable of one person's period. */
export interface WorkMove {
  id: "more" | "late" | "hard" | "careful";
  /** "closing 3 late cases": the work in words, given a number of cases. */
  describe(cases: number): string;
  /** Change per case to each observable it moves; observables not listed stay put. */
  delta: Readonly<Record<string, number>>;
}

/** A typical period: each observable's value for one staff member (one period). */
export type TypicalPeriod = Readonly<Record<string, number>>;

/**
 * A typical staff member's month in the simulator's default world (40 cases received, a fifth
 * hard, the usual carry-over from last month, steady effort, average ability and luck). The
 * simulator derives it from its model (exploits/typical.ts); a simulator test fails if the two
 * drift apart. Rounded to what a designer reads.
 */
export const TYPICAL_PERIOD: TypicalPeriod = {
  "cases.received": 40,
  "cases.closed": 39.4,
  "cases.closed_on_time": 29.2,
  "cases.closed_hard": 8.7,
  "cases.backlog": 7.8,
  "cases.reopened": 0.6,
  "cases.days": 12.3,
  "cases.value": 284000,
  "survey.satisfaction": 0.81,
  "supervisor.score": 72.8,
  "audit.failures": 0,
};

/**
 * Per-case effects of honest work in the default world: a properly worked case comes back
 * defective at the base defect rate × the share of defects found (3% × 50%); an easy case is
 * worth 5,000 in `cases.value`, a hard one three times that; the supervisor's assessment
 * rises 30 points per normal month's worth of work (56 easy-case equivalents). `cases.days`
 * is held fixed (a simplification: the mean moves with the mix of cases, not with how much
 * is done). The simulator passes its own, derived from its model constants.
 */
export interface WorkEffects {
  defectsPerCase: number;
  easyValue: number;
  hardValue: number;
  supervisorPerCase: number;
  supervisorPerHardCase: number;
}

export const TYPICAL_EFFECTS: WorkEffects = {
  defectsPerCase: 0.015,
  easyValue: 5000,
  hardValue: 15000,
  supervisorPerCase: 30 / 56,
  supervisorPerHardCase: (30 * 3) / 56,
};

/** The work in English; other languages render `perverse.work.<id>` from the catalogue. */
const describe =
  (id: WorkMove["id"]) =>
  (n: number): string =>
    render("en", { key: `perverse.work.${id}`, params: { n } });

export function workMoves(e: WorkEffects = TYPICAL_EFFECTS): WorkMove[] {
  const closing = { "cases.closed": 1, "cases.backlog": -1, "cases.reopened": e.defectsPerCase };
  return [
    {
      id: "more",
      describe: describe("more"),
      delta: { ...closing, "cases.closed_on_time": 1, "cases.value": e.easyValue, "supervisor.score": e.supervisorPerCase },
    },
    {
      id: "late",
      describe: describe("late"),
      delta: { ...closing, "cases.value": e.easyValue, "supervisor.score": e.supervisorPerCase },
    },
    {
      id: "hard",
      describe: describe("hard"),
      delta: {
        ...closing,
        "cases.closed_on_time": 1,
        "cases.closed_hard": 1,
        "cases.value": e.hardValue,
        "supervisor.score": e.supervisorPerHardCase,
      },
    },
    {
      id: "careful",
      describe: describe("careful"),
      delta: { "cases.reopened": -1 },
    },
  ];
}

export interface Scored {
  metrics: Record<string, number | null>;
  score: number | null;
  rating: string;
}

export interface PerverseIncentive {
  declaration: "indicator" | "gate";
  name: string;
  move: WorkMove["id"];
  /** Cases of the move in the example. */
  cases: number;
  /** The work, in words ("working 3 late cases …"). */
  work: string;
  before: Scored;
  after: Scored;
  /** The indicator's value and points before and after (indicators only). */
  value?: { old: number; new: number };
  points?: { old: number; new: number };
  /** For a gate: the band or score it caps to. */
  cap?: string;
  /** For a gate: the period `after`, scored as if the gate were not there. */
  uncapped?: Scored;
  /**
   * For a gate already holding at a typical period (and lowering it), that less work escapes:
   * `before` and `after` are both the typical period, `cases` 0.
   */
  typical?: true;
  /**
   * For an indicator `A / B` whose denominator grows with work: a denominator that does not
   * (cases received). For a lower-is-better share of cases received whose numerator grows with
   * the work itself (cases reopened): cases closed, which grows with it.
   */
  fix?: { denominator: string; replacement: string; by: "received" | "closed" };
}

export interface PerverseOptions {
  period?: TypicalPeriod;
  effects?: WorkEffects;
}

/** Doses tried, in cases; a dose never takes more cases than the period receives. */
const DOSES = [1, 2, 3, 5, 8, 12, 20, 30, 40, 60, 80];
const TOL = 1e-9;

function rowAt(scheme: Scheme, period: TypicalPeriod, move: WorkMove | null, cases: number): Row {
  const row: Row = {};
  for (const m of scheme.metrics) {
    const base = m.observes === null ? undefined : period[m.observes];
    if (base === undefined) {
      row[m.name] = null;
      continue;
    }
    const d = move && m.observes !== null ? (move.delta[m.observes] ?? 0) : 0;
    const v = base + d * cases;
    row[m.name] = m.observes === "survey.satisfaction" ? Math.min(1, Math.max(0, v)) : Math.max(0, v);
  }
  return row;
}

function scored(row: Row, r: RowResult): Scored {
  const metrics: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(row)) metrics[k] = v ?? null;
  return { metrics, score: r.score, rating: r.rating };
}

function worse(i: Indicator, before: number, after: number): boolean {
  return i.better === "higher" ? after < before - TOL : after > before + TOL;
}

/** `A / B` with B a metric that closing cases increases, and a metric of cases received to use instead. */
function denominatorFix(scheme: Scheme, i: Indicator, move: WorkMove): PerverseIncentive["fix"] {
  let e = i.value;
  while (e.kind === "paren") e = e.expr;
  if (e.kind !== "binary" || e.op !== "/") return undefined;
  let d = e.right;
  while (d.kind === "paren") d = d.expr;
  if (d.kind !== "name") return undefined;
  const name = d.name;
  const metric = scheme.metrics.find((m) => m.name === name);
  if (!metric?.observes) return undefined;
  if ((move.delta[metric.observes] ?? 0) > 0) {
    const received = scheme.metrics.find((m) => m.observes === "cases.received");
    return received ? { denominator: name, replacement: received.name, by: "received" } : undefined;
  }
  // Every case closed, however carefully, may come back: a rework share of cases received
  // grows with the work; of cases closed it grows only with carelessness.
  let top = e.left;
  while (top.kind === "paren") top = top.expr;
  const numeratorName = top.kind === "name" ? top.name : null;
  const numerator = scheme.metrics.find((m) => m.name === numeratorName);
  if (i.better !== "lower" || metric.observes !== "cases.received" || numerator?.observes !== "cases.reopened") return undefined;
  const closed = scheme.metrics.find((m) => m.observes === "cases.closed");
  return closed ? { denominator: name, replacement: closed.name, by: "closed" } : undefined;
}

function ratingIndex(scheme: Scheme, name: string): number {
  return scheme.ratings.findIndex((r) => r.name === name);
}

/**
 * Every indicator (with a share of the score) whose value gets worse under some honest work,
 * and every gate that switches on as work grows; one entry per declaration, for the first
 * move (in the order of `workMoves`) that shows it, with the smallest example that moves the
 * indicator's points (or, when points are already at a limit, the value).
 */
export function findPerverse(scheme: Scheme, opts: PerverseOptions = {}): PerverseIncentive[] {
  const period = opts.period ?? TYPICAL_PERIOD;
  // Only moves that reach some metric can show anything; none reach a scheme without `observes`.
  const observed = new Set(scheme.metrics.flatMap((m) => (m.observes === null ? [] : [m.observes])));
  const moves = workMoves(opts.effects).filter((m) => Object.keys(m.delta).some((o) => observed.has(o)));
  if (moves.length === 0) return [];
  const compiled = compile(scheme);
  const score = (row: Row): RowResult => compiled.score(row);
  const received = period["cases.received"] ?? 40;
  const doses = DOSES.filter((d) => d <= Math.max(1, received));
  const baseRow = rowAt(scheme, period, null, 0);
  const base = score(baseRow);
  const baseScored = scored(baseRow, base);
  const out: PerverseIncentive[] = [];
  const judged = new Set<string>();

  // Each move's scored periods, computed once and shared by every declaration.
  const cache = new Map<string, { row: Row; result: RowResult }>();
  const at = (move: WorkMove, cases: number): { row: Row; result: RowResult } => {
    const key = `${move.id}:${cases}`;
    let hit = cache.get(key);
    if (!hit) {
      const row = rowAt(scheme, period, move, cases);
      hit = { row, result: score(row) };
      cache.set(key, hit);
    }
    return hit;
  };

  for (const move of moves) {
    for (const i of scheme.indicators) {
      if (judged.has(`indicator:${i.name}`) || i.effectiveWeight <= 0) continue;
      const v0 = base.indicators[i.name]?.value ?? null;
      const p0 = base.indicators[i.name]?.points ?? null;
      const one = at(move, 1).result.indicators[i.name];
      if (v0 === null || p0 === null || one?.value === null || one?.value === undefined || !worse(i, v0, one.value)) continue;
      let cases = 1;
      for (const d of doses) {
        const r = at(move, d).result.indicators[i.name];
        if (r?.points !== null && r?.points !== undefined && r.points < p0 - TOL) {
          cases = d;
          break;
        }
      }
      const after = at(move, cases);
      const ind = after.result.indicators[i.name]!;
      judged.add(`indicator:${i.name}`);
      const fix = denominatorFix(scheme, i, move);
      out.push({
        declaration: "indicator",
        name: i.name,
        move: move.id,
        cases,
        work: move.describe(cases),
        before: baseScored,
        after: scored(after.row, after.result),
        value: { old: v0, new: ind.value! },
        points: { old: p0, new: ind.points! },
        ...(fix ? { fix } : {}),
      });
    }
    for (const g of scheme.gates) {
      if (judged.has(`gate:${g.name}`) || !bites(scheme, g)) continue;
      const found = switchesOn(scheme, g, move, doses, baseRow, base, at);
      if (!found) continue;
      judged.add(`gate:${g.name}`);
      out.push({
        declaration: "gate",
        name: g.name,
        move: move.id,
        cases: found.cases,
        work: move.describe(found.cases),
        before: scored(found.from.row, found.from.result),
        after: scored(found.to.row, found.to.result),
        ...(found.uncapped ? { uncapped: scored(found.uncapped.row, found.uncapped.result) } : {}),
        ...(found.typical ? { typical: true } : {}),
        cap: g.cap.kind === "score" ? `score ${g.cap.limit}` : `rating ${g.cap.rating}`,
      });
    }
  }
  return out;
}

/** A gate that caps to the top band (or to 100 or more) can never lower anything. */
function bites(scheme: Scheme, g: Gate): boolean {
  if (g.cap.kind === "score") return g.cap.limit < 100 || scheme.indicators.some((i) => i.cap > 100);
  return ratingIndex(scheme, g.cap.rating) > 0;
}

type At = (move: WorkMove, cases: number) => { row: Row; result: RowResult };
type Point = { row: Row; result: RowResult };
export type GateSwitch = { cases: number; from: Point; to: Point; uncapped: Point | null; typical: boolean };

/**
 * Where a gate punishes more work. First the smallest step up in work, from a typical period
 * or from one with less work done, at which the gate goes from not holding to holding and, at
 * that step, lowers the score or the rating below what the same period earns without it — the
 * step narrowed to one case, so the example shows the line itself (a coarse step can cross a
 * floor too and show the score rising). Failing that, a gate that already holds at a typical
 * period and lowers it there, when less work escapes it: it caps nearly everyone who works.
 */
function switchesOn(scheme: Scheme, g: Gate, move: WorkMove, doses: number[], baseRow: Row, base: RowResult, at: At): GateSwitch | null {
  const holds = (r: RowResult): boolean => r.gates.includes(g.name);
  const point = (cases: number): Point => (cases === 0 ? { row: baseRow, result: base } : at(move, cases));
  const ladder = [...[...doses].reverse().map((d) => -d), 0, ...doses];
  let without: CompiledScheme | null = null;
  const free = (p: Point): Point => {
    without ??= compile({ ...scheme, gates: scheme.gates.filter((x) => x !== g) });
    return { row: p.row, result: without.score(p.row) };
  };
  const lowers = (p: Point): boolean => {
    const f = free(p).result;
    return ratingIndex(scheme, p.result.rating) > ratingIndex(scheme, f.rating) || (f.score ?? 0) > (p.result.score ?? 0) + TOL;
  };
  for (let k = 1; k < ladder.length; k++) {
    let lo = ladder[k - 1]!;
    let hi = ladder[k]!;
    if (holds(point(lo).result) || !holds(point(hi).result)) continue;
    // Only a gate that costs something there: the same period scored without it does better.
    if (!lowers(point(hi))) continue;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (holds(point(mid).result)) hi = mid;
      else lo = mid;
    }
    const from = point(lo);
    const to = point(hi);
    // Narrowed, the step may fall where the cap costs nothing yet; the coarse step then stands.
    const at1 = lowers(to)
      ? { from, to, cases: hi - lo }
      : { from: point(ladder[k - 1]!), to: point(ladder[k]!), cases: ladder[k]! - ladder[k - 1]! };
    return { ...at1, uncapped: free(at1.to), typical: false };
  }
  const escaped = ladder.some((c) => c < 0 && !holds(point(c).result));
  if (escaped && holds(base) && lowers(point(0))) {
    const typical = point(0);
    return { cases: 0, from: typical, to: typical, uncapped: free(typical), typical: true };
  }
  return null;
}
