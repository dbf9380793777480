/** Statistics over typed arrays, summed in index order so the result never depends on a split. */

/**
 * Average ranks (1-based, ties share their mean rank) of `values`; NaN ranks 0.5, and −0 ties
 * with 0. The order comes from a radix sort of the values' bits, linear in n: the engine's
 * typed-array sort followed by two binary searches per value took twice as long (5,000 values)
 * and more at the 200,000 of a large run's sample.
 */
export function ranks(values: Float64Array): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  const order = sortedOrder(values);
  const m = order.length;
  // Each run of equal values, positions a … b − 1 in sorted order, shares the mean of ranks a+1 … b.
  for (let a = 0, b = 0; a < m; a = b) {
    const v = values[order[a]!]!;
    b = a + 1;
    while (b < m && values[order[b]!] === v) b++;
    const rank = (a + b + 1) / 2;
    for (let x = a; x < b; x++) out[order[x]!] = rank;
  }
  for (let i = 0; i < n; i++) if (Number.isNaN(values[i]!)) out[i] = 0.5;
  return out;
}

/** Values of one digit of the radix sort (11 bits), and the mask that takes one. */
const RADIX = 2048;
const DIGIT = RADIX - 1;

/**
 * Indices of the non-NaN values in ascending order of value: an LSD radix sort, 11 bits a pass,
 * of the IEEE bits mapped so that unsigned order is numeric order. Keys travel with their
 * indices, so every pass reads sequentially.
 */
function sortedOrder(values: Float64Array): Uint32Array {
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  let m = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) m++;
  let hi = new Uint32Array(m);
  let lo = new Uint32Array(m);
  let idx = new Uint32Array(m);
  // All six digit histograms in one read: 11, 11 and 10 bits of each word. Six passes rather
  // than eight of 8 bits, and 2,048 counts a digit still fit in the first-level cache.
  const count = new Int32Array(6 * RADIX);
  for (let i = 0, k = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    bits[0] = v;
    // Negative numbers: flip every bit (larger magnitude sorts first); positive: set the sign bit.
    // −0 lands just before 0, and `ranks` groups them as equal.
    const negative = words[1]! >>> 31 === 1;
    const h = negative ? ~words[1]! >>> 0 : (words[1]! | 0x80000000) >>> 0;
    const l = negative ? ~words[0]! >>> 0 : words[0]!;
    hi[k] = h;
    lo[k] = l;
    idx[k] = i;
    count[l & DIGIT]!++;
    count[RADIX + ((l >>> 11) & DIGIT)]!++;
    count[2 * RADIX + (l >>> 22)]!++;
    count[3 * RADIX + (h & DIGIT)]!++;
    count[4 * RADIX + ((h >>> 11) & DIGIT)]!++;
    count[5 * RADIX + (h >>> 22)]!++;
    k++;
  }
  if (m === 0) return idx;
  let hi2 = new Uint32Array(m);
  let lo2 = new Uint32Array(m);
  let idx2 = new Uint32Array(m);
  for (let pass = 0; pass < 6; pass++) {
    const base = pass * RADIX;
    const shift = (pass % 3) * 11;
    const key = pass < 3 ? lo : hi;
    // A digit every value shares leaves the order as it is.
    if (count[base + ((key[0]! >>> shift) & DIGIT)] === m) continue;
    for (let d = 0, sum = 0; d < RADIX; d++) {
      const c = count[base + d]!;
      count[base + d] = sum;
      sum += c;
    }
    scatter(key, shift, count, base, hi, lo, idx, hi2, lo2, idx2);
    let t = hi;
    hi = hi2;
    hi2 = t;
    t = lo;
    lo = lo2;
    lo2 = t;
    t = idx;
    idx = idx2;
    idx2 = t;
  }
  return idx;
}

/** One counting-sort pass: moves every key and its index to its digit's next free place. */
function scatter(
  key: Uint32Array,
  shift: number,
  count: Int32Array,
  base: number,
  hi: Uint32Array,
  lo: Uint32Array,
  idx: Uint32Array,
  hi2: Uint32Array,
  lo2: Uint32Array,
  idx2: Uint32Array,
): void {
  for (let x = 0; x < key.length; x++) {
    const to = count[base + ((key[x]! >>> shift) & DIGIT)]!++;
    hi2[to] = hi[x]!;
    lo2[to] = lo[x]!;
    idx2[to] = idx[x]!;
  }
}

/** Pearson correlation; NaN when either side is constant or there are fewer than 3 pairs. */
export function pearson(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  if (n < 3) return NaN;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i]!;
    sy += y[i]!;
  }
  const mx = sx / n;
  const my = sy / n;
  let cxy = 0;
  let cxx = 0;
  let cyy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    cxy += dx * dy;
    cxx += dx * dx;
    cyy += dy * dy;
  }
  if (cxx === 0 || cyy === 0) return NaN;
  return cxy / Math.sqrt(cxx * cyy);
}

/** Spearman's rank correlation of the pairs where x is a number (y is always defined here). */
export function spearman(x: Float64Array, y: Float64Array, yRanks?: Float64Array): number {
  let finite = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) finite++;
  if (finite === x.length) return pearson(ranks(x), yRanks ?? ranks(y));
  const xs = new Float64Array(finite);
  const ys = new Float64Array(finite);
  for (let i = 0, k = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]!)) continue;
    xs[k] = x[i]!;
    ys[k++] = y[i]!;
  }
  return pearson(ranks(xs), ranks(ys));
}

/** Rounds for output: 6 decimals, non-finite → null (JSON has no NaN). */
export function round6(x: number): number | null {
  if (!Number.isFinite(x)) return null;
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}
