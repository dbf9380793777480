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
 * each way of holding back against the same work reported in full.
 */
import type { CompiledScheme } from "@goodhart/dsl";
import { CANDIDATES } from "./candidates.ts";
import { SchemeColumns } from "./columns.ts";
import type { RewardBands } from "./hope.ts";
import type { Bindings } from "./observables.ts";
import type { ModelConstants } from "./params.ts";
import { NEED_ALL, outcomeTable, report, situations, work, workTable } from "./world.ts";

/** Work units at full effort, in multiples of `capacity`: from a weak month's to a strong one's. */
const UNITS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;
/** Cases received, in caseloads (busy and quiet months). */
const INFLOW = [0.5, 0.8, 1, 1.25, 1.6] as const;
/** Cases carried from earlier periods, in multiples of the starting backlog. */
const CARRIED = [0, 1, 4] as const;

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
 * True when some way of holding back scores higher, or earns a better-paid rating, than its
 * twin in some situation of the grid — or when a higher score can pay less (a band above pays
 * less than one below), where a lower score is no proof of a lower reward.
 */
export function holdingBackCanPay(
  compiled: CompiledScheme,
  bindings: Bindings,
  rewards: Float64Array,
  bands: RewardBands,
  k: ModelConstants,
  hard: number,
): boolean {
  if (bands.steps.some((s) => s < 0)) return true;
  const n = UNITS.length * INFLOW.length * CARRIED.length * PAIRS.length * 2;
  const sit = situations(n);
  const who = Int32Array.from({ length: n }, (_, x) => x);
  const cand = new Uint8Array(n);
  let x = 0;
  for (const u of UNITS)
    for (const f of INFLOW)
      for (const c of CARRIED)
        for (const [held, twin] of PAIRS)
          for (const kind of [held, twin]) {
            sit.units[x] = u * k.capacity;
            sit.newEasy[x] = f * k.caseload * (1 - hard);
            sit.newHard[x] = f * k.caseload * hard;
            sit.carriedEasy[x] = c * k.startBacklog * k.caseload * (1 - hard);
            sit.carriedHard[x] = c * k.startBacklog * k.caseload * hard * 2;
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
