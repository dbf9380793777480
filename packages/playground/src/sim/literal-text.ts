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

export function replaceSlice(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}
