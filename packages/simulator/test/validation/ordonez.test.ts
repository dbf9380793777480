/**
 * Goal-setting: hard, reachable goals raise effort (Locke & Latham 2002); goals out of reach
 * wear people down and invite cheating (Ordóñez, Schweitzer, Galinsky & Bazerman 2009), and
 * overstatement concentrates just short of the goal (Schweitzer, Ordóñez & Douma 2004): an
 * inverted U of real output in goal difficulty.
 *
 * Band: true value at a hard but reachable target exceeds that at an easy one and at one out
 * of reach, morale out of reach is at least 0.1 below, every seed, on two count designs.
 * Gamers within 16 points short of the top band falsify at least twice as often as those more
 * than 56 points short (on an on-time share of closures at a 100% target every gamer falsifies,
 * so the gradient is measured on the share of cases received). Reason: the published figures are effect directions in laboratory tasks.
 */
import { describe, expect, it } from "vitest";
import { closureCount, onTimeShare, ratings, seeds } from "./designs.ts";

describe.each([
  ["a count from the records", "system"],
  ["a self-reported count", "self"],
] as const)("Ordóñez: goal difficulty on %s", (_name, source) => {
  it("an inverted U of true value; an unreachable goal lowers morale", () => {
    const easy = seeds(closureCount(24, { source }));
    const hard = seeds(closureCount(36, { source }));
    const far = seeds(closureCount(90, { source }));
    for (let s = 0; s < 3; s++) {
      expect(hard[s]!.summary.meanTrueValue!).toBeGreaterThan(easy[s]!.summary.meanTrueValue!);
      expect(hard[s]!.summary.meanTrueValue!).toBeGreaterThan(far[s]!.summary.meanTrueValue!);
      expect(far[s]!.summary.morale!).toBeLessThan(hard[s]!.summary.morale! - 0.1);
      expect(hard[s]!.summary.meanEffort!).toBeGreaterThan(easy[s]!.summary.meanEffort!);
    }
  });
});

describe.each([
  ["rewards 15% / 5% / −10%", ratings()],
  ["rewards 8% / 3% / 0%", ratings(8, 3, 0)],
])("Schweitzer, Ordóñez & Douma: overstatement just short of the goal (on-time share of cases received, %s)", (_n, rewards) => {
  it("gamers just short of the top band falsify far more often than those far below it", () => {
    for (const r of seeds(onTimeShare("received", { rewards }), { staff: 2000 })) {
      const d = r.lastPeriod!;
      const truth = d.indicators.truth!;
      const gamers = d.type.map((t, i) => (t === "reactive" || t === "maniac" ? i : -1)).filter((i) => i >= 0);
      const rate = (lo: number, hi: number) => {
        const group = gamers.filter((i) => truth[i]! >= lo && truth[i]! < hi);
        return group.filter((i) => (d.gaming[i]! & 1) !== 0).length / Math.max(1, group.length);
      };
      // The top band needs 96% reported (90 points between 60% and 100%).
      expect(rate(0.8, 0.96)).toBeGreaterThan(2 * rate(0, 0.4));
      expect(rate(0.8, 0.96)).toBeGreaterThan(0.3);
    }
  });
});
