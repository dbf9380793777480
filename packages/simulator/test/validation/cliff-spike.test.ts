/**
 * The four-hour spike: of the patients seen within four hours, 26.6% were seen in the last
 * 20 of the 240 minutes, against 8.3% (20/240) for an even spread (Locker & Mason 2005; Bevan
 * & Hood 2006). A cliff makes people just make it.
 *
 * Band: the share of those meeting a cliff who sit in the first twelfth of the range above it
 * is at least twice what the same scheme gives with no reward (a counterfactual, since a
 * natural mass point — everyone closing exactly their 40 new cases — can bunch values without
 * any incentive) and above an even spread (1/12). The model gives about 2.5× (15% against 6%)
 * where the A&E figures give 3.2×. Reason: the ladders of gaming are coarse (a case is 2–3
 * points of a share) and a third of the workforce never falsifies.
 */
import { describe, expect, it } from "vitest";
import type { SimulationResult } from "../../src/result.ts";
import { ratings, seeds } from "./designs.ts";

/** Share of values in [threshold, threshold + width/12) among those in [threshold, threshold + width]. */
function spikeShare(r: SimulationResult, indicator: string, threshold: number, width: number): number {
  const values = r.lastPeriod!.indicators[indicator]!.filter((v): v is number => v !== null);
  const meeting = values.filter((v) => v >= threshold - 1e-9 && v <= threshold + width);
  const just = meeting.filter((v) => v < threshold + width / 12);
  return meeting.length > 0 ? just.length / meeting.length : 0;
}

const onTimeCliff = (rewards: string) => `
metric closed { type count source self observes cases.closed }
metric on_time_n { type count source self observes cases.closed_on_time }
indicator on_time { aspect timeliness value on_time_n / closed step 80% -> 100 weight 100 }
${rewards}`;

const countCliff = (rewards: string) => `
metric closed { type count source self observes cases.closed }
indicator volume { aspect volume value closed step 36 -> 100 weight 100 }
${rewards}`;

describe.each([
  // The range above the cliff: to 100% for a share; twelve cases (a twelfth: one case) for a count.
  ["on-time share of closures, self-reported, cliff at 80%", onTimeCliff, "on_time", 0.8, 0.2],
  ["self-reported count of closures, cliff at 36", countCliff, "volume", 36, 12],
] as const)("cliff: %s", (_name, scheme, indicator, threshold, width) => {
  it("a spike just above the cliff, well above the no-reward spread, on every seed", () => {
    const cliff = seeds(scheme(ratings()), { staff: 2000 });
    const none = seeds(scheme(ratings(0, 0, 0)), { staff: 2000 });
    for (let s = 0; s < cliff.length; s++) {
      const withCliff = spikeShare(cliff[s]!, indicator, threshold, width);
      const without = spikeShare(none[s]!, indicator, threshold, width);
      expect(withCliff).toBeGreaterThan(2 * without);
      expect(withCliff).toBeGreaterThan(1 / 12);
    }
  });
});
