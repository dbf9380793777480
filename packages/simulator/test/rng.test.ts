import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expDet, expLogit, expSmall, hash3, hash4, hashLast, normal, normalAt, seedWord, SMALL, uniform, uniformAt } from "../src/rng.ts";

describe("arithmetic-only randomness and exponential", () => {
  it("expSmall is expDet bit for bit within its range", () => {
    fc.assert(
      fc.property(fc.double({ min: -SMALL, max: SMALL, noNaN: true }), (x) => {
        expect(Object.is(expSmall(x), expDet(x))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it("expLogit is expDet within 1e-14 (relative) over the logit's range", () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 0, noNaN: true }), (x) => {
        expect(Math.abs(expLogit(x) - expDet(x)) / expDet(x)).toBeLessThan(1e-14);
      }),
      { numRuns: 20_000 },
    );
    expect(expLogit(0)).toBe(1);
  });

  it("a seed beyond 32 bits draws its own luck: s and s + 2^32 differ; a 32-bit seed is its own word", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 20 }), fc.integer({ min: 1, max: 2 ** 20 }), fc.nat(1000), (seed, high, staff) => {
        const far = seed + high * 2 ** 32;
        expect(Number.isSafeInteger(far)).toBe(true);
        expect(hash3(far, staff, 1)).not.toBe(hash3(seed, staff, 1));
        expect(hash3(-far, staff, 1)).not.toBe(hash3(-seed, staff, 1));
        expect(seedWord(seed)).toBe(seed);
      }),
      { numRuns: 2_000 },
    );
    // The ends of the unchanged range, and the largest seeds a flag accepts.
    expect(seedWord(-(2 ** 31))).toBe(-(2 ** 31));
    expect(seedWord(2 ** 32 - 1)).toBe(2 ** 32 - 1);
    expect(hash3(Number.MAX_SAFE_INTEGER, 0, 1)).not.toBe(hash3(Number.MAX_SAFE_INTEGER - 2 ** 32, 0, 1));
  });

  it("a draw keyed by hash3 equals the draw from (seed, staff, period, stream)", () => {
    const int = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    fc.assert(
      fc.property(int, fc.nat(), fc.nat(1000), fc.nat(4000), (seed, staff, period, stream) => {
        const key = hash3(seed, staff, period);
        expect(hashLast(key, stream)).toBe(hash4(seed, staff, period, stream));
        expect(uniformAt(key, stream)).toBe(uniform(seed, staff, period, stream));
        expect(normalAt(key, stream)).toBe(normal(seed, staff, period, stream));
      }),
    );
  });

  it("normalAt is the centred, scaled sum of four uniforms 1000 streams apart, bit for bit", () => {
    const int = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    fc.assert(
      fc.property(int, fc.nat(4000), (key, stream) => {
        const s = uniformAt(key, stream) + uniformAt(key, stream + 1000) + uniformAt(key, stream + 2000) + uniformAt(key, stream + 3000);
        expect(Object.is(normalAt(key, stream), (s - 2) * 1.7320508075688772)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});
