/**
 * Campbell's law (1976): the more a quantitative indicator is used for decisions, the more it
 * is corrupted and the more it distorts what it measures. Here: the stakes (every band's
 * reward) scaled ×0, ×1, ×3.
 *
 * Band: false closures rise with every step of the stakes and the score–truth correlation
 * falls from no stakes to high stakes by at least 0.1. Reason: the direction is the published
 * claim; 0.1 is well above seed noise at 1,500 staff (≈ 0.02).
 */
import { describe, expect, it } from "vitest";
import { closureCount, mean, onTimeShare, ratings, seeds } from "./designs.ts";

const scales = [0, 1, 3] as const;
const at = (x: number) => ratings(15 * x, 5 * x, -10 * x);

describe.each([
  ["on-time share of cases received, self-reported", (x: number) => onTimeShare("received", { rewards: at(x) })],
  ["count of closures, self-reported", (x: number) => closureCount(44, { rewards: at(x) })],
] as const)("Campbell: %s", (_name, scheme) => {
  const runs = scales.map((x) => seeds(scheme(x)));
  const fals = runs.map((rs) => rs.map((r) => r.summary.falsifiedShare!));
  const corr = runs.map((rs) => mean(rs.map((r) => r.summary.scoreTruthCorrelation!)));

  it("false closures rise with the stakes, on every seed", () => {
    for (let s = 0; s < 3; s++) {
      expect(fals[1]![s]!).toBeGreaterThan(fals[0]![s]!);
      expect(fals[2]![s]!).toBeGreaterThan(fals[1]![s]!);
    }
  });

  it("the score says less about real work as the stakes rise", () => {
    expect(corr[2]!).toBeLessThan(corr[0]! - 0.1);
  });
});
