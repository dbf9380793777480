/**
 * Can holding back pay under this scheme? Holding back reports fewer of the cases finished
 * this period (they are reported next period); the work and its true value are those of the
 * same way of working without it. Its only gain is in what the scheme pays: later, where a
 * ratchet raises the targets on what is reported now (chunk.ts weighs that), or this period,
 * where the scheme pays more for fewer cases reported (a gate on too many closures, a share
 * with closures below the line, bands that pay less higher up). Where neither can happen, a
 * person who holds back loses a little and gains nothing: only choice noise would pick it, and
 * choice noise is not gaming (docs/model.md §3). So its rows are left out there, which also
 * spares a fifth of an honest trier's rows.
 *
 * "Pays more this period" is found the way a person learns it, by trying: the scheme's own
 * scoring, gates and bands, on a grid of situations from a weak month to a very busy one,
 * each way of holding back against the same work reported in full. A threshold on a record —
 * a step, or a gate that reads anything but audit findings — is taken to pay: a grid cannot
 * be sure to find the month just above it. Only a step on one record that holding back moves
 * away from its better side (a count of closures, higher better) is left out of that.
 */
import { walkExpr, type CompiledScheme, type Indicator, type Scheme } from "@goodhart/dsl";
import { CANDIDATES } from "./candidates.ts";
import { SchemeColumns } from "./columns.ts";
import type { RewardBands } from "./hope.ts";
import type { Bindings } from "./observables.ts";
import type { ModelConstants } from "./params.ts";
import { NEED_ALL, outcomeTable, report, situations, work, workTable } from "./world.ts";

/**
 * Work units at full effort, in multiples of `capacity`: from the weakest month a run can give
 * (a fifth of capacity at low morale) to a very strong one.
 */
const UNITS = [0.17, 0.25, 0.35, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5] as const;
/** Cases received, in caseloads (a run never gives fewer than half; `inflowSpread` can give more). */
const INFLOW = [0.5, 0.65, 0.8, 1, 1.25, 1.6, 2.5] as const;
/** Cases carried from earlier periods, in multiples of the starting backlog. */
const CARRIED = [0, 1, 4, 12] as const;
/** The hard cases' share of the month, in multiples of the population's `hard` (luck moves it). */
const HARD_MIX = [0.5, 1, 2] as const;

/** Records holding back only lowers (cases reported closed, on time, hard, their value), and the one it only raises. */
const LOWERED = new Set(["cases.closed", "cases.closed_on_time", "cases.closed_hard", "cases.value"]);
const RAISED = new Set(["cases.backlog"]);

/**
 * A step indicator on one record that holding back moves only away from its better side (a
 * count of closures, higher better; a backlog, lower better): no month can step it upward.
 */
function oneWay(ind: Indicator, scheme: Scheme): boolean {
  if (ind.value.kind !== "name") return false;
  const name = ind.value.name;
  const metric = scheme.metrics.find((m) => m.name === name);
  if (metric === undefined || metric.observes === null) return false;
  return ind.better === "higher" ? LOWERED.has(metric.observes) : RAISED.has(metric.observes);
}

/** A gain in points below this is rounding, not pay. */
const MEANINGFUL = 1e-6;

/** Each way of holding back and the same work reported in full (its twin). */
const PAIRS: readonly (readonly [number, number])[] = CANDIDATES.flatMap((c, i) => {
  if (c.holdBack <= 0) return [];
  const twin = CANDIDATES.findIndex(
    (d) =>
      d.holdBack === 0 &&
      d.effort === c.effort &&
      d.rush === c.rush &&
      d.defer === c.defer &&
      d.deferOld === c.deferOld &&
      d.falsify === c.falsify &&
      d.backdate === c.backdate &&
      d.pressure === c.pressure &&
      d.timing === c.timing,
  );
  if (twin < 0) throw new Error(`internal: candidate ${c.name} has no twin without holding back`);
  return [[i, twin] as const];
});

/**
 * Can holding back pay this period? False where every band pays the same. True where a band
 * above pays less than one below (a lower score is then no proof of a lower reward), where a
 * threshold sits on a record, or where some way of holding back scores higher, or earns a
 * better-paid rating, than its twin in some month of the grid. (A ratchet is the caller's.)
 */
export function holdingBackCanPay(
  scheme: Scheme,
  compiled: CompiledScheme,
  bindings: Bindings,
  rewards: Float64Array,
  bands: RewardBands,
  k: ModelConstants,
  hard: number,
): boolean {
  // Where every band pays the same, nothing reported can pay.
  if (!bands.spread) return false;
  if (bands.steps.some((s) => s < 0)) return true;
  // A threshold on a record (a gate's condition, a step) can sit at any count, where no grid
  // is sure to put a month just above it: reporting fewer may then step below it. Only a
  // gate on what audits find is left to the grid (holding back makes no false record).
  if (scheme.indicators.some((i) => i.steps.length > 0 && !oneWay(i, scheme))) return true;
  const auditOnly = new Set(bindings.list.flatMap((b) => (b.kind === "auditFailures" ? [b.metric] : [])));
  for (const gate of scheme.gates) {
    let reads = false;
    walkExpr(gate.when, (e) => {
      if ((e.kind === "name" && !auditOnly.has(e.name)) || e.kind === "member" || e.kind === "call") reads = true;
    });
    if (reads) return true;
  }
  const grid: Month[] = [];
  for (const u of UNITS)
    for (const f of INFLOW)
      for (const c of CARRIED)
        for (const mix of HARD_MIX) {
          const h = Math.min(1, hard * mix);
          grid.push({
            units: u * k.capacity,
            newEasy: f * k.caseload * (1 - h),
            newHard: f * k.caseload * h,
            carriedEasy: c * k.startBacklog * k.caseload * (1 - hard),
            carriedHard: c * k.startBacklog * k.caseload * hard * 2,
          });
        }
  return holdingBackGains(compiled, bindings, rewards, grid, k, hard);
}

/** A person's month as holding back meets it: what they can do and what is in their queue. */
export interface Month {
  units: number;
  newEasy: number;
  newHard: number;
  carriedEasy: number;
  carriedHard: number;
}

/**
 * Does some way of holding back, in some of these months, score more than a millionth of a
 * point above its twin (or score where the twin has none), or earn a better-paid rating?
 */
export function holdingBackGains(
  compiled: CompiledScheme,
  bindings: Bindings,
  rewards: Float64Array,
  months: readonly Month[],
  k: ModelConstants,
  hard: number,
): boolean {
  const n = months.length * PAIRS.length * 2;
  const sit = situations(n);
  const who = Int32Array.from({ length: n }, (_, x) => x);
  const cand = new Uint8Array(n);
  let x = 0;
  for (const month of months)
    for (const [held, twin] of PAIRS)
      for (const kind of [held, twin]) {
        sit.units[x] = month.units;
        sit.newEasy[x] = month.newEasy;
        sit.newHard[x] = month.newHard;
        sit.carriedEasy[x] = month.carriedEasy;
        sit.carriedHard[x] = month.carriedHard;
        cand[x++] = kind;
      }
  const w = workTable(n);
  const out = outcomeTable(n);
  work(sit, sit.units, who, cand, n, k, hard, NEED_ALL, w);
  report(sit, who, cand, who, n, k, hard, NEED_ALL, w, out);
  const columns = new SchemeColumns(compiled, bindings, out, n);
  columns.supervise(n, who, new Float64Array(n), k);
  const res = compiled.scoreColumns(columns.byName, n);
  for (let r = 0; r < n; r += 2) {
    const heldScore = res.score[r]!;
    const twinScore = res.score[r + 1]!;
    if (rewards[res.rating[r]!]! > rewards[res.rating[r + 1]!]!) return true;
    // A score where the full report has none, or a higher one, is a gain to someone. A share
    // whose parts are both held back in proportion can differ by rounding alone: a millionth
    // of a point pays nothing.
    if (!Number.isNaN(heldScore) && (Number.isNaN(twinScore) || heldScore > twinScore + MEANINGFUL)) return true;
  }
  return false;
}
