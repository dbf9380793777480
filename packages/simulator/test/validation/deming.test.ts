/**
 * Deming's red beads (Out of the Crisis, 1986): workers drawing beads from a mixed box are
 * ranked, praised and fired for what is pure chance. When luck outweighs ability, ratings rank
 * luck.
 *
 * Band: at luck 95% the score–ability rank correlation is under 0.15 and at least 0.15 below
 * its value at luck 5%, on a count and a ratio, every seed. Reason: at 95% luck the remaining
 * 5% of skill and the carried backlog keep a little correlation; zero is the limit.
 */
import { describe, expect, it } from "vitest";
import { closureCount, closureRatio, seeds } from "./designs.ts";

describe.each([
  ["a count of closures", closureCount(40, { source: "system" })],
  ["closures over received", closureRatio("100%")],
] as const)("Deming: %s", (_name, scheme) => {
  it("luck, not ability, ranks staff when luck dominates", () => {
    const skill = seeds(scheme, { luck: 0.05 });
    const luck = seeds(scheme, { luck: 0.95 });
    for (let s = 0; s < 3; s++) {
      expect(luck[s]!.summary.scoreAbilityCorrelation!).toBeLessThan(0.15);
      expect(luck[s]!.summary.scoreAbilityCorrelation!).toBeLessThan(skill[s]!.summary.scoreAbilityCorrelation! - 0.15);
    }
  });
});
