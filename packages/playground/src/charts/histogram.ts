/**
 * Bins an indicator's measured values. The range always includes the thresholds, so the
 * reader sees where the values sit relative to floor, target or steps; NaN (undefined
 * values) is left out and counted separately.
 */
export interface Histogram {
  /** Left edge of each bin. */
  edges: number[];
  width: number;
  counts: number[];
  missing: number;
}

/** `bounds`, when given, are the values the indicator can take: the bins never reach past them. */
export function histogram(
  values: ArrayLike<number>,
  marks: readonly number[],
  bins = 40,
  bounds?: { min: number; max: number },
): Histogram {
  let lo = Infinity;
  let hi = -Infinity;
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? NaN;
    if (!Number.isFinite(v)) {
      missing++;
      continue;
    }
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  for (const m of marks) {
    if (!Number.isFinite(m)) continue;
    lo = Math.min(lo, m);
    hi = Math.max(hi, m);
  }
  if (!Number.isFinite(lo)) return { edges: [], width: 0, counts: [], missing };
  if (hi === lo) {
    hi = lo + (Math.abs(lo) || 1) * 0.05;
    lo -= (Math.abs(lo) || 1) * 0.05;
  }
  const pad = (hi - lo) * 0.02;
  lo -= pad;
  hi += pad;
  if (bounds) {
    lo = Math.max(bounds.min, lo);
    hi = Math.min(bounds.max, hi);
    if (!(hi > lo)) hi = lo + 1e-9;
  }
  const width = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? NaN;
    if (!Number.isFinite(v)) continue;
    // A value below `bounds.min` falls left of the first bin and is not drawn.
    const bin = Math.min(bins - 1, Math.floor((v - lo) / width));
    if (bin >= 0) counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return { edges: counts.map((_, i) => lo + i * width), width, counts, missing };
}
