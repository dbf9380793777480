/**
 * Weitzman (1980), the ratchet: when next year's target rises with this year's output, those
 * who look ahead produce less than they could. Soviet managers kept reserves ("hold back").
 *
 * Band: among gamers, a 50% ratchet raises holding back by at least half, on a count, a share of
 * cases received and an on-time share of closures, every seed; on the count and the share of
 * cases received it also lowers the closures reported. Reason: the published result is a
 * direction; the multiple is what separates it from the banking that happens without a ratchet.
 * On an on-time share of closures the raised target also pays for working fresh cases first,
 * which closes more, so there the claim is the holding back alone.
 */
import { describe, expect, it } from "vitest";
import type { SimulationParamsInput } from "../../src/params.ts";
import { closureCount, closureRatio, onTimeShare, seeds } from "./designs.ts";

const gamers = { saints: 0, honest: 0, reactive: 0.5, maniacs: 0.5 };

describe.each([
  ["a count of closures", (r: string) => closureCount(42, { ratchet: r, source: "system" }), {}, true],
  ["closures over received", (r: string) => closureRatio("100%", { ratchet: r }), {}, true],
  // Keeping back a share of every closure leaves this ratio as it was: only keeping back those
  // closed on time lowers it. Twelve periods: the target catches up with the usual on-time share
  // within a few, so the ratchet's cost needs a horizon to show.
  [
    "closures on time over closures",
    (r: string) => onTimeShare("closed", { source: "system", floor: "50%", target: "75%", ratchet: r }),
    { periods: 12 },
    false,
  ],
] as const)("Weitzman: ratchet on %s", (_name, scheme, run: SimulationParamsInput, reportsLess) => {
  it("gamers hold back more, on every seed", () => {
    const flat = seeds(scheme("0%"), { ...gamers, ...run });
    const ratchet = seeds(scheme("50%"), { ...gamers, ...run });
    for (let s = 0; s < 3; s++) {
      expect(ratchet[s]!.summary.gaming.holdBack!).toBeGreaterThan(1.5 * flat[s]!.summary.gaming.holdBack!);
      if (reportsLess) expect(ratchet[s]!.summary.meanReported!).toBeLessThan(flat[s]!.summary.meanReported!);
    }
  });
});
