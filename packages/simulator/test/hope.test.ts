import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { smoothAt, smoothReward, smoothTable, type RewardBands } from "../src/hope.ts";

/** Random reward bands: 1–5 minimums between 0 and 100, rewards between −20% and 30%. */
const bandsArb = fc
  .tuple(
    fc.uniqueArray(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 5 }),
    fc.array(fc.double({ min: -20, max: 30, noNaN: true }), { minLength: 6, maxLength: 6 }),
  )
  .map(([mins, rewards]): RewardBands => {
    const sorted = Float64Array.from(mins).sort();
    const steps = Float64Array.from(sorted, (_, i) => rewards[i + 1]! - rewards[i]!);
    return { mins: sorted, steps, base: rewards[0]!, best: Math.max(...rewards), worst: Math.min(...rewards), spread: true };
  });

describe("the tabulated expected reward", () => {
  it("is smoothReward within 1e-6 % of salary, at any score, bands and outcome noise", () => {
    fc.assert(
      fc.property(
        bandsArb,
        fc.double({ min: 0.3, max: 5, noNaN: true }),
        fc.array(fc.double({ min: -150, max: 250, noNaN: true }), { minLength: 20, maxLength: 20 }),
        (bands, noise, scores) => {
          const table = smoothTable(bands, noise);
          expect(table).not.toBeNull();
          for (const s of scores) expect(Math.abs(smoothAt(table!, s) - smoothReward(bands, s, noise))).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is exact at the table's own knots and beyond its ends", () => {
    const bands: RewardBands = {
      mins: Float64Array.of(50, 70, 90),
      steps: Float64Array.of(10, 5, 10),
      base: -10,
      best: 15,
      worst: -10,
      spread: true,
    };
    const table = smoothTable(bands, 2)!;
    expect(smoothAt(table, -1000)).toBe(-10);
    expect(smoothAt(table, 1000)).toBe(15);
    for (const i of [0, 1, 17, 640, table.last - 1]) {
      const s = table.lo + i / table.invH;
      expect(smoothAt(table, s)).toBeCloseTo(smoothReward(bands, s, 2), 12);
    }
  });

  it("is not built where there is nothing to smooth or too little noise to tabulate", () => {
    const bands: RewardBands = { mins: Float64Array.of(50), steps: Float64Array.of(10), base: 0, best: 10, worst: 0, spread: true };
    expect(smoothTable(bands, 0)).toBeNull();
    expect(smoothTable({ ...bands, mins: new Float64Array(0), steps: new Float64Array(0) }, 2)).toBeNull();
    expect(smoothTable({ ...bands, mins: Float64Array.of(0, 100), steps: Float64Array.of(5, 5) }, 1e-4)).toBeNull();
  });
});
