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

/** A number too large for x × 10⁹ to be finite keeps its value (it has no decimals to round). */
export function round9(x: number): number {
  const q = Math.floor(x * SCALE + 0.5) / SCALE;
  return q - q === 0 ? q : x;
}

/**
 * The same rounding as a JavaScript statement on variable `name` (a generated identifier,
 * never user text). NaN (undefined) stays NaN.
 */
export function round9Statement(name: string): string {
  return `{ const q = Math.floor(${name} * ${SCALE} + 0.5) / ${SCALE}; if (q - q === 0) ${name} = q; }`;
}

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
