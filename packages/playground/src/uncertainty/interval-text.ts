/**
 * A figure with its 95% interval as a card or a table shows it: the mean and "± half-width",
 * with no more decimals than the interval supports (the simulator's `supportedDigits`: down to
 * the first significant digit of the half-width, in the unit shown). Pure, so it is tested
 * without a browser.
 */
import { supportedDigits, type Interval } from "@goodhart/simulator";
import { figure, formatFigureValue, type FigureKey } from "../figures/figures.ts";

/** Intervals from fewer seeds than this are too wide to be worth a ± or a band. */
export const FEW_REPLICATES = 3;

/** Decimals the figure catalogue writes a figure with when nothing says they are noise. */
const digitsOf = (key: FigureKey) => figure(key).digits;

/** Shares are written in percent, so their digits count in percentage points. */
const scaleOf = (key: FigureKey) => (figure(key).format === "share" ? 100 : 1);

export interface FigureText {
  /** The value as shown, digits cut to what the interval supports: "6.0%", "0.47". */
  value: string;
  /** "± 0.4" in the unit the value is written in (percentage points for a share); null without an interval. */
  plusMinus: string | null;
  digits: number;
}

/** Half the interval's width, or null when there is no (finite) interval. */
export function halfWidth(interval: Interval | null | undefined): number | null {
  if (!interval || interval.low === null || interval.high === null) return null;
  const half = (interval.high - interval.low) / 2;
  return Number.isFinite(half) && half >= 0 ? half : null;
}

function figureDigits(key: FigureKey, interval: Interval | null | undefined): number {
  return supportedDigits(digitsOf(key), interval ?? null, scaleOf(key));
}

export function figureText(key: FigureKey, value: number | null | undefined, interval?: Interval | null): FigureText {
  const digits = figureDigits(key, interval);
  const half = halfWidth(interval);
  const shown = formatFigureValue(key, value, digits);
  const plusMinus = half === null || shown === "—" ? null : plusMinusText(half * scaleOf(key), digits);
  return { value: shown, plusMinus, digits };
}

/** "± 0.4"; a half-width that rounds to nothing reads "± <0.1" (or "± 0" when the seeds agree exactly). */
function plusMinusText(half: number, digits: number): string {
  if (half === 0) return "± 0";
  const text = half.toFixed(digits);
  return Number(text) === 0 ? `± <${(10 ** -digits).toFixed(digits)}` : `± ${text}`;
}

/**
 * Decimals that show differences as small as `spread` (in the figure's own units) with two
 * significant digits, never fewer than the figure's usual ones: a sensitivity swing of 0.03
 * percentage points must not read "0.0% to 0.0%".
 */
export function digitsForSpread(key: FigureKey, spread: number | null): number {
  const base = digitsOf(key);
  const s = spread === null ? 0 : Math.abs(spread) * scaleOf(key);
  if (!(s > 0)) return base;
  return Math.min(4, Math.max(base, 1 - Math.floor(Math.log10(s))));
}
