/**
 * Weitzman (1980), the ratchet: when next year's target rises with this year's output, those
 * who look ahead produce less than they could. Soviet managers kept reserves ("hold back").
 *
 * Band: among gamers, a 50% ratchet raises holding back by at least half and lowers reported
 * output, on a count and on a ratio, every seed. Reason: the published result is a direction;
 * the multiple is what separates it from the banking that happens without a ratchet.
 */
import { describe, expect, it } from "vitest";
import { closureCount, closureRatio, seeds } from "./designs.ts";

const gamers = { saints: 0, honest: 0, reactive: 0.5, maniacs: 0.5 };

describe.each([
  ["a count of closures", (r: string) => closureCount(42, { ratchet: r, source: "system" })],
  ["closures over received", (r: string) => closureRatio("100%", { ratchet: r })],
] as const)("Weitzman: ratchet on %s", (_name, scheme) => {
  it("gamers hold back more and report less, on every seed", () => {
    const flat = seeds(scheme("0%"), gamers);
    const ratchet = seeds(scheme("50%"), gamers);
    for (let s = 0; s < 3; s++) {
      expect(ratchet[s]!.summary.gaming.holdBack!).toBeGreaterThan(1.5 * flat[s]!.summary.gaming.holdBack!);
      expect(ratchet[s]!.summary.meanReported!).toBeLessThan(flat[s]!.summary.meanReported!);
    }
  });
});
