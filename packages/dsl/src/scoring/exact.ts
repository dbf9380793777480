/**
 * Exact at the boundary (§5.3 of the language; docs/language-reference.md §5):
 * pay turns on `score ≥ min`, so binary floating-point noise must not decide it. Indicator
 * values, indicator points, group points and the score are each rounded to 9 decimal places as
 * they are computed — ⌊x × 10⁹ + ½⌋ ÷ 10⁹ — and nothing else is. 19 of 20 on a 90%–100% line
 * is then 50 points, not 49.99999999999994, and the order of declarations cannot move a score.
 *
 * The reference evaluator calls `round9`; the code generator inlines `ROUND9_SOURCE`, the same
 * arithmetic, so the two stay bit-equal.
 */
const SCALE = 1e9;

/**
 * ⌊x × 10⁹ + ½⌋ ÷ 10⁹ for |x| ≥ 10⁶, where the product in doubles is off by up to a unit
 * (a cost of 4,433,310.98 became …0.980000001 and missed its own step), on the decimal x is:
 * the shortest one that reads back as x (what every output prints, and what a CSV cell or a
 * literal wrote). JavaScript source, so the generated kernel (and the standalone module)
 * carries the very function the reference evaluator calls. Doubles settle it where t + ½ is
 * further from a whole number than their error (|t| × 4 × 10⁻¹⁶); otherwise the decimal is
 * D × 10^E and x × 10⁹ is rounded with integers. From |x| ≥ 2²³ on, doubles are more than
 * 2 × 10⁻⁹ apart, so the shortest decimal never needs more than 9 decimals and x is its own
 * rounding; below, the rounded integer is under 2⁵³ and its division by 10⁹ is one correct
 * rounding.
 */
const ROUND9_EXACT_SOURCE = `function round9Exact(x) {
  if (!(x - x === 0) || x >= 8388608 || x <= -8388608) return x;
  if (x === 0) return 0;
  const t = x * 1e9;
  const q = Math.floor(t + 0.5);
  const f = t + 0.5 - q;
  const e = (t < 0 ? -t : t) * 4e-16;
  if (e < 0.5 && f > e && f < 1 - e) return q / 1e9;
  const m = /^(-?)(\\d+)(?:\\.(\\d+))?(?:e([-+]\\d+))?$/.exec(String(x));
  const frac = m[3] || "";
  const digits = BigInt(m[2] + frac) * (m[1] === "-" ? -1n : 1n);
  const shift = (m[4] ? Number(m[4]) : 0) - frac.length + 9;
  let n;
  if (shift >= 0) n = digits * 10n ** BigInt(shift);
  else {
    const d = 10n ** BigInt(-shift);
    const a = 2n * digits + d;
    const dd = 2n * d;
    n = a >= 0n ? a / dd : -((-a + dd - 1n) / dd);
  }
  return Number(n) / 1000000000;
}`;

/** The exact rounding (ROUND9_EXACT_SOURCE), as a function of this module. */
const round9Exact = new Function(`${ROUND9_EXACT_SOURCE}\nreturn round9Exact;`)() as (x: number) => number;

/**
 * The rounding. Under a million it is the product in doubles, ⌊x × 10⁹ + ½⌋ ÷ 10⁹: exact for
 * every value written with up to 9 decimals (measured: none of 200,000 random two- and
 * six-decimal values below 2 × 10⁶ moved), and off the decimal only within about 10⁻¹⁶ of a
 * half-way point, where it follows the double. From a million on, round9Exact. The kernel
 * runs this for every value of every row, so the common case is the old two operations and a
 * range test (a test for half-way points here cost 1.14–1.22× the simulator's time).
 */
export function round9(x: number): number {
  const q = Math.floor(x * SCALE + 0.5) / SCALE;
  if (q < 1e6 && q > -1e6) return q;
  return x - x === 0 ? round9Exact(x) : x;
}

/**
 * The same rounding as a JavaScript statement on variable `name` (a generated identifier,
 * never user text); the kernel defines `round9Exact` (ROUND9_KERNEL). NaN stays NaN.
 */
export function round9Statement(name: string): string {
  return `{ const q = Math.floor(${name} * ${SCALE} + 0.5) / ${SCALE}; if (q < 1e6 && q > -1e6) ${name} = q; else if (${name} - ${name} === 0) ${name} = round9Exact(${name}); }`;
}

/** What a generated kernel must define for round9Statement. */
export const ROUND9_KERNEL = ROUND9_EXACT_SOURCE;

/**
 * The order in which a roll-up adds its members: by name, not by declaration. Floating-point
 * addition is not associative, and a weighted mean that is mathematically on a half-way point
 * of the 9-decimal grid (30·k₁ + 30·k₂ + 40·k₃ ending in 50) rounds up or down by the noise of
 * the additions (with four indicators weighted 1 each, about 4% of random staff scored 10⁻⁹
 * apart when the four were written in reverse). A fixed order makes that noise, and so the
 * score, the same however the file is arranged. Names are unique in a scheme, so the order is total.
 */
export function sumOrder<T extends { name: string }>(members: readonly T[]): T[] {
  return [...members].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A decimal number as integers: `digits × 10^exponent` (0.931 is 931 × 10⁻³). */
export interface Decimal {
  digits: bigint;
  exponent: number;
}

/**
 * x as the decimal it reads as: the shortest one that reads back as x (`String(x)`), which is
 * the decimal a literal or a CSV cell wrote (`93.1%` is 0.931, not 0.93100000000000005). Rules
 * that turn on an exact boundary compare these, with integers, so that binary floating point
 * (0.95 − 0.931 = 0.01899999…) never decides which side a written number is on. Not for NaN
 * or ±Infinity.
 */
export function decimalOf(x: number): Decimal {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([-+]\d+))?$/.exec(String(x));
  if (!m) throw new RangeError(`decimalOf: ${x} is not a finite number`);
  const frac = m[3] ?? "";
  const digits = BigInt(m[2]! + frac) * (m[1] === "-" ? -1n : 1n);
  return { digits, exponent: (m[4] ? Number(m[4]) : 0) - frac.length };
}

/** Two decimals as integers on one scale, so they can be added, compared and multiplied. */
export function commonScale(a: Decimal, b: Decimal): [bigint, bigint] {
  const e = Math.min(a.exponent, b.exponent);
  return [a.digits * 10n ** BigInt(a.exponent - e), b.digits * 10n ** BigInt(b.exponent - e)];
}
