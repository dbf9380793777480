/** How a swept value is written back into the scheme: the dsl's one rule (a percent stays a percent). */
export { literalText } from "@goodhart/dsl";

/** Evenly spaced values from `from` to `to` inclusive. */
export function sweepValues(from: number, to: number, steps: number): number[] {
  const n = Math.max(2, Math.min(101, Math.round(steps)));
  return Array.from({ length: n }, (_, i) => Number((from + ((to - from) * i) / (n - 1)).toFixed(10)));
}

export function replaceSlice(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}
