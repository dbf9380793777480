import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ranks } from "../src/stats.ts";

/** Average ranks the obvious way: sort, then a binary search per value; NaN ranks 0.5. */
function reference(values: Float64Array): Float64Array {
  const sorted = Float64Array.from(values).sort();
  return values.map((v) => {
    if (Number.isNaN(v)) return 0.5;
    const below = sorted.findIndex((x) => !(x < v));
    let upTo = below;
    while (upTo < sorted.length && sorted[upTo]! <= v) upTo++;
    return (below + upTo + 1) / 2;
  });
}

describe("ranks", () => {
  it("are average ranks, ties sharing their mean; NaN 0.5, and −0 tying with 0", () => {
    const value = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer({ min: -3, max: 3 }),
      fc.constantFrom(0, -0, NaN, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), (list) => {
        const values = Float64Array.from(list);
        expect(Array.from(ranks(values))).toEqual(Array.from(reference(values)));
      }),
      { numRuns: 500 },
    );
  });
});
