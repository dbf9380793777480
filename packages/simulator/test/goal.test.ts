/**
 * The goal shortfall (docs/model.md §3): a target weighs in itself, scaled by what the scheme
 * pays. Measured at 1,500 × 6, seeds 1–3, goalStake 0 (no goal) against the default: under a
 * 100% on-time target gaming rises by 5.0 points (÷ closed) and 8.4 (÷ received), mean effort
 * by 0.005–0.009 on those and on a count target above the inflow; with every reward at 0%
 * nothing moves at all.
 */
import { describe, expect, it } from "vitest";
import { closureCount, DENOMINATORS, onTimeShare, ratings, seeds } from "./validation/designs.ts";

const NO_GOAL = { model: { goalStake: 0 } };
const STRONG_GOAL = { model: { goalStake: 1 } };

describe("goals as reference points", () => {
  it.each([
    ["an on-time share of closures", onTimeShare("closed", { rewards: ratings(0, 0, 0) })],
    ["a self-reported count", closureCount(44, { rewards: ratings(0, 0, 0) })],
  ])("a scheme that pays nothing sets no goal anyone minds: %s gives the same bytes", (_, text) => {
    const without = seeds(text, NO_GOAL);
    const strong = seeds(text, STRONG_GOAL);
    for (let s = 0; s < without.length; s++) expect(JSON.stringify(strong[s]!.summary)).toBe(JSON.stringify(without[s]!.summary));
  });

  it.each(DENOMINATORS)("a target of 100 per cent on an on-time share of cases %s presses: more staff game, and work harder", (den) => {
    const text = onTimeShare(den);
    const without = seeds(text, NO_GOAL);
    const withGoal = seeds(text);
    for (let s = 0; s < without.length; s++) {
      expect(withGoal[s]!.summary.gamingRate!).toBeGreaterThan(without[s]!.summary.gamingRate! + 0.025);
      expect(withGoal[s]!.summary.meanEffort!).toBeGreaterThan(without[s]!.summary.meanEffort!);
    }
  });

  it("a count target above the inflow draws more effort", () => {
    const text = closureCount(44);
    const without = seeds(text, NO_GOAL);
    const withGoal = seeds(text);
    for (let s = 0; s < without.length; s++) expect(withGoal[s]!.summary.meanEffort!).toBeGreaterThan(without[s]!.summary.meanEffort!);
  });
});
