/**
 * Counter-based randomness: every draw is a pure function of (seed, staff, period, stream), so a
 * staff member's luck does not depend on which worker simulates them or in what order. Only
 * integer and basic floating-point arithmetic is used, which every JavaScript engine computes
 * bit-for-bit alike.
 */

/** A 32-bit mix of four integers (murmur3-style finaliser over a running hash). */
export function hash4(a: number, b: number, c: number, d: number): number {
  return hashLast(hash3(a, b, c), d);
}

/**
 * hash4 in two steps: the running hash of (a, b, c), then d mixed in. A staff member's draws in
 * one period share (seed, staff, period) and differ in the stream alone, so the first step is
 * done once for all of them.
 */
export function hash3(a: number, b: number, c: number): number {
  let h = Math.imul(seedWord(a) ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0xc2b2ae35);
  return Math.imul(h ^ (h >>> 13) ^ Math.imul(c, 0x27d4eb2f), 0x165667b1);
}

/**
 * The 32 bits of a seed that the hashes mix. A seed is any safe integer, but `^` keeps only its
 * low 32 bits, so 7 and 7 + 2³² drew the same workforce: beyond the 32-bit range the high word
 * is folded in. Seeds from −2³¹ to 2³² − 1 are their own word, so their results are unchanged.
 */
export function seedWord(seed: number): number {
  if (seed >= -0x80000000 && seed <= 0xffffffff) return seed;
  const high = Math.floor(seed / 4294967296);
  const low = seed - high * 4294967296;
  return low ^ Math.imul(high ^ 0x5bd1e995, 0x27d4eb2f) ^ 0x68e31da4;
}

/** Mixes d into a running hash from hash3: hash4(a, b, c, d) = hashLast(hash3(a, b, c), d). */
export function hashLast(h3: number, d: number): number {
  let h = Math.imul(h3 ^ (h3 >>> 16) ^ Math.imul(d, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Uniform in [0, 1). */
export function uniform(seed: number, staff: number, period: number, stream: number): number {
  return hash4(seed, staff, period, stream) / 4294967296;
}

/** uniform(seed, staff, period, stream) given key = hash3(seed, staff, period). */
export function uniformAt(key: number, stream: number): number {
  return hashLast(key, stream) / 4294967296;
}

/**
 * Approximately standard normal: the sum of four uniforms, centred and scaled (Irwin–Hall).
 * Bounded at ±3.46, which suits traits that must stay plausible; avoids log/cos so results are
 * identical in every engine.
 */
export function normal(seed: number, staff: number, period: number, stream: number): number {
  return normalAt(hash3(seed, staff, period), stream);
}

/** normal(seed, staff, period, stream) given key = hash3(seed, staff, period). */
export function normalAt(key: number, stream: number): number {
  // uniformAt(key, stream + 1000 q) for q = 0 … 3, hashLast written out: every person draws
  // four of these a period, and the engine left the nested calls as calls (a tenth of the draw
  // time was spent calling).
  let s = 0;
  for (let q = 0; q < 4; q++) {
    let h = Math.imul(key ^ (key >>> 16) ^ Math.imul(stream + 1000 * q, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    s += (h >>> 0) / 4294967296;
  }
  return (s - 2) * 1.7320508075688772;
}

const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;

/**
 * e^x from arithmetic alone (range reduction + Taylor polynomial), accurate to a few ulp.
 * Math.exp may differ in the last bit between engines; the choice model must not.
 */
export function expDet(x: number): number {
  if (x < -700) return 0;
  if (x > 700) return Infinity;
  if (x >= -SMALL && x <= SMALL) return expSmall(x);
  const k = Math.round(x / Math.LN2);
  let p = expReduced(x, k);
  let n = k;
  while (n > 0) {
    p *= 2;
    n--;
  }
  while (n < 0) {
    p *= 0.5;
    n++;
  }
  return p;
}

/** |x| up to which 2^k comes from the table (k = round(x / ln 2) stays within ±POW2_RANGE). */
export const SMALL = 55;

/**
 * expDet(x) for |x| ≤ SMALL, bit for bit, without expDet's range branches: the logit weights
 * call it for every row, and the branches kept the compiler from overlapping those calls
 * (measured: half the time per call).
 */
export function expSmall(x: number): number {
  const k = Math.round(x / Math.LN2);
  return expReduced(x, k) * POW2[k + POW2_RANGE]!;
}

/** e^(x − k ln 2), x reduced by k = round(x / ln 2). */
function expReduced(x: number, k: number): number {
  const r = x - k * LN2_HI - k * LN2_LO;
  // Horner form with reciprocal constants; |r| ≤ ln2/2 so degree 11 leaves < 1e-15 error.
  return (
    1 +
    r *
      (1 +
        r *
          (0.5 +
            r *
              (1 / 6 +
                r *
                  (1 / 24 +
                    r *
                      (1 / 120 + r * (1 / 720 + r * (1 / 5040 + r * (1 / 40320 + r * (1 / 362880 + r * (1 / 3628800 + r / 39916800))))))))))
  );
}

const POW2_RANGE = 80;
/** Exact powers of two 2^-80 … 2^80, built by doubling (exact in binary floating point). */
const POW2 = (() => {
  const t = new Float64Array(2 * POW2_RANGE + 1);
  t[POW2_RANGE] = 1;
  for (let i = 1; i <= POW2_RANGE; i++) {
    t[POW2_RANGE + i] = t[POW2_RANGE + i - 1]! * 2;
    t[POW2_RANGE - i] = t[POW2_RANGE - i + 1]! * 0.5;
  }
  return t;
})();

/**
 * e^x for the logit weights (−40 ≤ x ≤ 0), from a table of 2^(j/32) and a degree-5 polynomial
 * on |r| ≤ ln2/64 (relative error < 3e-15): the weights are worked out for every candidate row,
 * and this costs half of expSmall's degree-11 polynomial. Built from expDet, so as exact and as
 * alike in every engine.
 */
export function expLogit(x: number): number {
  const k = Math.round(x * INV_LN2_32);
  const r = x - k * LN2_32_HI - k * LN2_32_LO;
  const p = 1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r / 120))));
  return p * POW2_32[k & 31]! * POW2[(k >> 5) + POW2_RANGE]!;
}
const INV_LN2_32 = 32 / Math.LN2;
const LN2_32_HI = LN2_HI / 32;
const LN2_32_LO = LN2_LO / 32;
/** 2^(j/32), j = 0 … 31. */
const POW2_32 = Float64Array.from({ length: 32 }, (_, j) => expDet((j * Math.LN2) / 32));

/** Random streams, one number per purpose, so adding a draw never shifts another. */
export const STREAM = {
  type: 1,
  ability: 2,
  motivation: 3,
  risk: 4,
  morale: 5,
  luck: 10,
  hardMix: 11,
  survey: 12,
  supervisor: 13,
  choice: 14,
  audit: 15,
  inflow: 16,
} as const;
