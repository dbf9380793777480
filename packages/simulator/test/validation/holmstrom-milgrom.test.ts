/**
 * Holmström & Milgrom (1991), the multitask problem: paying for the measured task draws effort
 * from the unmeasured one; pairing the volume indicator with one on quality restores balance.
 *
 * Band: pairing cuts rushing by at least 40% and raises true value, on every seed, for a
 * rework ratio and for a satisfaction survey (which rushing's defects lower). Reason: the published result is qualitative; 40% is
 * far outside seed noise.
 */
import { describe, expect, it } from "vitest";
import { ratings, seeds } from "./designs.ts";

const volume = (extra = "", w = 100) => `
metric closed { type count source system observes cases.closed }
metric reopened { type count source system observes cases.reopened }
metric sat { type ratio source survey observes survey.satisfaction }
indicator volume { aspect volume value closed floor 30 target 46 weight ${w} }
${extra}
${ratings()}`;

const pairs = [
  ["a rework ratio", volume("indicator rework { aspect quality value reopened / closed better lower floor 8% target 2% weight 50 }", 50)],
  ["a satisfaction survey", volume("indicator happy { aspect satisfaction value sat floor 60% target 90% weight 50 }", 50)],
] as const;

describe.each(pairs)("Holmström–Milgrom: volume paired with %s", (_name, paired) => {
  it("less rushing and more true value than volume alone, on every seed", () => {
    const alone = seeds(volume());
    const both = seeds(paired);
    for (let s = 0; s < 3; s++) {
      expect(both[s]!.summary.gaming.rush!).toBeLessThan(0.6 * alone[s]!.summary.gaming.rush!);
      expect(both[s]!.summary.meanTrueValue!).toBeGreaterThan(alone[s]!.summary.meanTrueValue!);
    }
  });
});
