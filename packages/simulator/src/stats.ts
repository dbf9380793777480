/** Statistics over typed arrays, summed in index order so the result never depends on a split. */

/** Average ranks (1-based, ties share their mean rank) of `values`. */
export function ranks(values: Float64Array): Float64Array {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    let up = lo;
    let top = n;
    while (up < top) {
      const mid = (up + top) >>> 1;
      if (sorted[mid]! <= v) up = mid + 1;
      else top = mid;
    }
    out[i] = (lo + up + 1) / 2;
  }
  return out;
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
