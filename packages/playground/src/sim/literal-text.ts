/**
 * How a swept value is written back into the scheme: a percent stays a percent (`85%`), a
 * plain number stays plain. Rounded so float noise (0.8500000001) never reaches the parser.
 */
export function literalText(value: number, percent: boolean): string {
  const round = (x: number) => String(Number(x.toFixed(6)));
  return percent ? `${round(value * 100)}%` : round(value);
}

/** Evenly spaced values from `from` to `to` inclusive. */
export function sweepValues(from: number, to: number, steps: number): number[] {
  const n = Math.max(2, Math.min(101, Math.round(steps)));
  return Array.from({ length: n }, (_, i) => Number((from + ((to - from) * i) / (n - 1)).toFixed(10)));
}

/** A range around the current value a trainer would start from. */
export function defaultSweepRange(value: number, percent: boolean): { from: number; to: number } {
  const clean = (x: number) => Number(x.toFixed(10));
  if (percent) return { from: clean(Math.max(0, value - 0.2)), to: clean(value < 1 ? Math.min(1, value + 0.2) : value + 0.2) };
  if (value === 0) return { from: 0, to: 10 };
  return value > 0 ? { from: clean(value / 2), to: clean(value * 1.5) } : { from: clean(value * 1.5), to: clean(value / 2) };
}

export function replaceSlice(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}
