/** Weitzman's ratchet: an indicator's floor and target follow over-achievement (docs/model.md §7). */
import type { Indicator } from "@goodhart/dsl";

/** Next period's shift of an indicator's floor and target after measured value v. */
export function ratchetShift(ind: Indicator, shift: number, v: number): number {
  if (Number.isNaN(v)) return shift;
  const target = ind.target! + shift;
  const over = ind.better === "higher" ? v - target : target - v;
  if (over <= 0) return shift;
  return ind.better === "higher" ? shift + ind.ratchet * over : shift - ind.ratchet * over;
}
