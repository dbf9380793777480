/**
 * Where a sweep should run for the number picked: inside the values that number can take
 * (a share between 0 and 100%; a share target between its floor and 100%), around the value
 * it has now, in round steps (5%, 1, 2.5, 10…), with the value it has now on the grid.
 */
import { t, type Lang } from "@goodhart/dsl";

export interface SweepSubject {
  value: number;
  percent: boolean;
  /** `decl.property` when the number is a property's whole value. */
  path: string | null;
}

export interface IndicatorBounds {
  name: string;
  floor: number | null;
  target: number | null;
  better: "higher" | "lower";
  percent: boolean;
}

export interface SweepRange {
  from: number;
  to: number;
  step: number;
  /** Bounds the values must stay within; `lowOpen` when `min` itself is not allowed (floor = target). */
  min: number;
  max: number | null;
  lowOpen: boolean;
  highOpen: boolean;
}

const clean = (x: number) => Number(x.toFixed(10));

/** The smallest round step (1, 2, 2.5 or 5 × 10^k) that covers `span` in at most `maxPoints` values. */
export function niceStep(span: number, maxPoints = 11): number {
  if (!(span > 0)) return 1;
  const raw = span / (maxPoints - 1);
  const k = Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) {
    const s = m * 10 ** k;
    if (s >= raw * (1 - 1e-9)) return clean(s);
  }
  return clean(10 ** (k + 1));
}

/** Every multiple of `step` from `from` to `to` (both ends included when on the grid). */
export function gridValues(from: number, to: number, step: number, limit = 101): number[] {
  if (!(step > 0) || !(to >= from)) return [];
  const out: number[] = [];
  const first = Math.ceil(from / step - 1e-9);
  for (let k = first; out.length < limit; k++) {
    const v = clean(k * step);
    if (v > to + step * 1e-9) break;
    out.push(v);
  }
  return out;
}

function boundsOf(
  subject: SweepSubject,
  indicators: readonly IndicatorBounds[],
): { min: number; max: number | null; lowOpen: boolean; highOpen: boolean; share: boolean } {
  const [decl, prop] = subject.path?.split(".") ?? [];
  const ind = indicators.find((i) => i.name === decl);
  const share = subject.percent || (ind?.percent === true && (prop === "floor" || prop === "target"));
  let min = share ? 0 : subject.value >= 0 ? 0 : -Infinity;
  let max: number | null = share ? 1 : null;
  let lowOpen = false;
  let highOpen = false;
  if (ind && prop === "target" && ind.floor !== null) {
    // A target beyond the floor only: floor = target is an error, the far side inverts the scale.
    if (ind.better === "higher") (min = Math.max(min, ind.floor)), (lowOpen = true);
    else (max = max === null ? ind.floor : Math.min(max, ind.floor)), (highOpen = true);
  }
  if (ind && prop === "floor" && ind.target !== null) {
    if (ind.better === "higher") (max = max === null ? ind.target : Math.min(max, ind.target)), (highOpen = true);
    else (min = Math.max(min, ind.target)), (lowOpen = true);
  }
  if (prop === "weight") min = Math.max(min, 0);
  return { min: Number.isFinite(min) ? min : -1e12, max, lowOpen, highOpen, share };
}

/** The range a trainer would start from for this number. */
export function defaultRange(subject: SweepSubject, indicators: readonly IndicatorBounds[]): SweepRange {
  const b = boundsOf(subject, indicators);
  const v = subject.value;
  let lo: number;
  let hi: number;
  if (b.share) {
    lo = v - 0.2;
    hi = v + 0.2;
  } else if (v === 0) {
    lo = 0;
    hi = 10;
  } else {
    lo = v - Math.abs(v) * 0.5;
    hi = v + Math.abs(v) * 0.5;
  }
  lo = Math.max(lo, b.min);
  if (b.max !== null) hi = Math.min(hi, b.max);
  // Pinned against one bound (target 100%): use the whole width on the open side instead.
  if (b.share && hi - lo < 0.2) {
    if (hi >= (b.max ?? hi)) lo = Math.max(b.min, hi - 0.2);
    else hi = Math.min(b.max ?? 1, lo + 0.2);
  }
  const step = b.share ? Math.max(0.01, niceStep(hi - lo)) : niceStep(hi - lo);
  let from = clean(Math.ceil(lo / step - 1e-9) * step);
  let to = clean(Math.floor(hi / step + 1e-9) * step);
  if (b.lowOpen && from <= b.min) from = clean(from + step);
  if (b.highOpen && b.max !== null && to >= b.max) to = clean(to - step);
  if (to < from) to = from;
  return { from, to, step, min: b.min, max: b.max, lowOpen: b.lowOpen, highOpen: b.highOpen };
}

/** A reason the user's range cannot run, in `lang`, or null. */
export function rangeProblem(
  r: Pick<SweepRange, "from" | "to" | "step" | "min" | "max" | "lowOpen" | "highOpen">,
  percent: boolean,
  lang: Lang = "en",
): string | null {
  const show = (x: number) => (percent ? `${clean(x * 100)}%` : String(clean(x)));
  if (!Number.isFinite(r.from) || !Number.isFinite(r.to) || !Number.isFinite(r.step)) return t(lang, "ui.sweep.problem.numbers");
  if (!(r.step > 0)) return t(lang, "ui.sweep.problem.step");
  if (r.to < r.from) return t(lang, "ui.sweep.problem.order");
  if (r.lowOpen ? r.from <= r.min : r.from < r.min)
    return t(lang, "ui.sweep.problem.start", { open: r.lowOpen ? "yes" : "no", value: show(r.min) });
  if (r.max !== null && (r.highOpen ? r.to >= r.max : r.to > r.max))
    return t(lang, "ui.sweep.problem.stop", { open: r.highOpen ? "yes" : "no", value: show(r.max) });
  if ((r.to - r.from) / r.step + 1 > 101) return t(lang, "ui.sweep.problem.many");
  return null;
}
