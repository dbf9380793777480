import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toPct } from "./percent-box.ts";

describe("the population's percent boxes", () => {
  it("show a share that is not 0 as a percent that is not 0, and a usual one to a tenth", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1, noNaN: true }), (share) => {
        const shown = toPct(share);
        expect(shown).toBeGreaterThan(0);
        expect(Math.abs(shown / 100 - share)).toBeLessThanOrEqual(Math.max(0.0005, share * 0.05));
      }),
    );
    expect(toPct(0.0001)).toBe(0.01);
    expect(toPct(0.25)).toBe(25);
    expect(toPct(0.333)).toBe(33.3);
    expect(toPct(0)).toBe(0);
  });
});
