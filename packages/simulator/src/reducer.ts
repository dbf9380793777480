/**
 * Turns each period's buffers into the summary figures: applies quotas per team (the pool),
 * then sums in staff order. Runs in the parent thread, so the figures never depend on how the
 * population was split between workers.
 */
import type { CompiledScheme, Indicator, Scheme } from "@goodhart/dsl";
import { GAMING_KINDS, type GamingKind } from "./candidates.ts";
import type { PeriodBuffers } from "./buffers.ts";
import type { SimulationParams } from "./params.ts";
import { abilityOf, typeOf, TYPES } from "./population.ts";
import { pearson, ranks, round6, spearman } from "./stats.ts";
import type { IndicatorSummary, SimulationResult, StaffDetail, Summary, TypeSummary } from "./result.ts";

export type ApplyQuotas = (scheme: Scheme, scores: ArrayLike<number>, ratings: ArrayLike<number>) => Uint8Array;

/** Runs up to this size carry per-staff values of the last period for charts. */
export const DETAIL_LIMIT = 10_000;
/**
 * Above this many staff, rank correlations use an evenly spaced sample of this size (every
 * k-th staff member): the standard error is about 0.002, and ranking millions of values twice
 * a period would cost more than the simulation itself.
 */
export const CORRELATION_SAMPLE = 200_000;

class Totals {
  staffPeriods = 0;
  scored = 0;
  score = 0;
  trueValue = 0;
  gamingAny = 0;
  readonly gaming = new Float64Array(GAMING_KINDS.length);
  falsified = 0;
  reported = 0;
  caught = 0;
  effort = 0;
  readonly ratings: Float64Array;
  truthCorr = 0;
  truthCorrN = 0;
  abilityCorr = 0;
  abilityCorrN = 0;
  morale = NaN;
  hardBacklog = NaN;
  constructor(bands: number) {
    this.ratings = new Float64Array(bands);
  }

  summary(bandNames: readonly string[]): Summary {
    const per = (x: number): number | null => (this.staffPeriods > 0 ? round6(x / this.staffPeriods) : null);
    const gaming = {} as Record<GamingKind, number | null>;
    GAMING_KINDS.forEach((g, i) => (gaming[g] = per(this.gaming[i]!)));
    const ratings: Record<string, number | null> = {};
    bandNames.forEach((b, i) => (ratings[b] = per(this.ratings[i]!)));
    return {
      meanScore: this.scored > 0 ? round6(this.score / this.scored) : null,
      meanTrueValue: per(this.trueValue),
      gamingRate: per(this.gamingAny),
      gaming,
      falsifiedShare: this.reported > 0 ? round6(this.falsified / this.reported) : null,
      scoreTruthCorrelation: this.truthCorrN > 0 ? round6(this.truthCorr / this.truthCorrN) : null,
      scoreAbilityCorrelation: this.abilityCorrN > 0 ? round6(this.abilityCorr / this.abilityCorrN) : null,
      ratings,
      morale: round6(this.morale),
      hardBacklog: round6(this.hardBacklog),
      meanEffort: per(this.effort),
      auditFailures: per(this.caught),
      meanReported: per(this.reported),
    };
  }
}

interface IndicatorTotals {
  name: string;
  threshold: number | null;
  width: number | null;
  better: "higher" | "lower";
  value: number;
  valueN: number;
  points: number;
  pointsN: number;
  meeting: number;
  missing: number;
}

/** The threshold bunching is measured at: the target, or the step with the largest jump. */
export function bunchingThreshold(ind: Indicator): number | null {
  if (ind.steps.length === 0) return ind.target;
  let best: number | null = null;
  let jump = -Infinity;
  ind.steps.forEach((s, i) => {
    const below = ind.steps[i + 1]?.points ?? 0;
    if (s.points - below > jump) {
      jump = s.points - below;
      best = s.threshold;
    }
  });
  return best;
}

/** Band width: 2% of the threshold's size, at least 0.02 (two percentage points of a ratio). */
export function bandWidth(threshold: number): number {
  return Math.max(0.02, 0.02 * Math.abs(threshold));
}

export class Reducer {
  private readonly total: Totals;
  private readonly perPeriod: { period: number; summary: Summary }[] = [];
  private readonly bandNames: readonly string[];
  private readonly ability: Float64Array;
  private readonly abilityRanks: Float64Array;
  private readonly abilitySample: Float64Array;
  private readonly stride: number;
  private readonly type: Uint8Array;
  private readonly hasQuota: boolean;
  private readonly indicators: IndicatorTotals[];
  private readonly byType = TYPES.map(() => ({ staff: 0, staffPeriods: 0, gaming: 0, scored: 0, score: 0, trueValue: 0 }));
  private detail: StaffDetail | undefined;

  constructor(
    private readonly scheme: Scheme,
    compiled: CompiledScheme,
    private readonly p: SimulationParams,
    private readonly applyQuotas: ApplyQuotas,
  ) {
    this.bandNames = compiled.ratings;
    this.total = new Totals(this.bandNames.length);
    this.ability = new Float64Array(p.staff);
    this.type = new Uint8Array(p.staff);
    for (let i = 0; i < p.staff; i++) {
      this.ability[i] = abilityOf(p.seed, i, p.model.abilitySpread);
      this.type[i] = typeOf(p.seed, i, p);
      this.byType[this.type[i]!]!.staff++;
    }
    this.stride = Math.max(1, Math.ceil(p.staff / CORRELATION_SAMPLE));
    this.abilitySample = this.sample(this.ability);
    this.abilityRanks = ranks(this.abilitySample);
    this.hasQuota = scheme.ratings.some((r) => r.quota !== null);
    this.indicators = scheme.indicators.map((ind) => {
      const threshold = bunchingThreshold(ind);
      return {
        name: ind.name, threshold, width: threshold === null ? null : bandWidth(threshold), better: ind.better,
        value: 0, valueN: 0, points: 0, pointsN: 0, meeting: 0, missing: 0,
      };
    });
  }

  /** Quotas per team, in team order; returns ratings after quotas. */
  quotas(buf: PeriodBuffers): Uint8Array {
    if (!this.hasQuota) return buf.rating;
    const n = this.p.staff;
    const out = new Uint8Array(n);
    for (let t0 = 0; t0 < n; t0 += this.p.team) {
      const t1 = Math.min(n, t0 + this.p.team);
      out.set(this.applyQuotas(this.scheme, buf.score.subarray(t0, t1), buf.rating.subarray(t0, t1)), t0);
    }
    return out;
  }

  period(t: number, buf: PeriodBuffers): void {
    const n = this.p.staff;
    const rating = this.quotas(buf);
    const now = new Totals(this.bandNames.length);
    let moraleSum = 0;
    let hardSum = 0;
    for (let i = 0; i < n; i++) {
      const s = buf.score[i]!;
      const bits = buf.gaming[i]!;
      const tv = buf.trueValue[i]!;
      const type = this.byType[this.type[i]!]!;
      now.staffPeriods++;
      if (!Number.isNaN(s)) {
        now.scored++;
        now.score += s;
        type.scored++;
        type.score += s;
      }
      now.trueValue += tv;
      type.trueValue += tv;
      type.staffPeriods++;
      if (bits !== 0) {
        now.gamingAny++;
        type.gaming++;
        for (let g = 0; g < GAMING_KINDS.length; g++) if (bits & (1 << g)) now.gaming[g]!++;
      }
      now.falsified += buf.falsified[i]!;
      now.reported += buf.reported[i]!;
      now.caught += buf.caught[i]!;
      now.effort += buf.effort[i]!;
      now.ratings[rating[i]!]!++;
      moraleSum += buf.morale[i]!;
      hardSum += buf.hardOpen[i]!;
    }
    now.morale = moraleSum / n;
    now.hardBacklog = hardSum / n;
    const scores = this.sample(buf.score);
    let truth: number;
    let ability: number;
    if (scores.every((v) => !Number.isNaN(v))) {
      // Rank the scores once for both correlations.
      const scoreRanks = ranks(scores);
      truth = pearson(scoreRanks, ranks(this.sample(buf.trueValue)));
      ability = pearson(scoreRanks, this.abilityRanks);
    } else {
      truth = spearman(scores, this.sample(buf.trueValue));
      ability = spearman(scores, this.abilitySample);
    }
    if (!Number.isNaN(truth)) {
      now.truthCorr = truth;
      now.truthCorrN = 1;
    }
    if (!Number.isNaN(ability)) {
      now.abilityCorr = ability;
      now.abilityCorrN = 1;
    }
    for (const ind of this.indicators) this.indicatorPeriod(ind, buf);
    this.add(now);
    this.perPeriod.push({ period: t + 1, summary: now.summary(this.bandNames) });
    if (t === this.p.periods - 1 && n <= DETAIL_LIMIT) this.detail = this.detailOf(buf, rating);
  }

  private sample(a: Float64Array): Float64Array {
    if (this.stride === 1) return a;
    const out = new Float64Array(Math.ceil(a.length / this.stride));
    for (let i = 0, k = 0; i < a.length; i += this.stride) out[k++] = a[i]!;
    return out;
  }

  private indicatorPeriod(ind: IndicatorTotals, buf: PeriodBuffers): void {
    const values = buf.indicatorValues[ind.name]!;
    const points = buf.indicatorPoints[ind.name]!;
    const { threshold: th, width: w } = ind;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      const pt = points[i]!;
      if (!Number.isNaN(pt)) {
        ind.points += pt;
        ind.pointsN++;
      }
      if (Number.isNaN(v)) continue;
      ind.value += v;
      ind.valueN++;
      if (th === null || w === null) continue;
      const d = ind.better === "higher" ? v - th : th - v;
      if (d >= 0 && d < w) ind.meeting++;
      else if (d < 0 && d >= -w) ind.missing++;
    }
  }

  private add(now: Totals): void {
    const t = this.total;
    t.staffPeriods += now.staffPeriods;
    t.scored += now.scored;
    t.score += now.score;
    t.trueValue += now.trueValue;
    t.gamingAny += now.gamingAny;
    for (let g = 0; g < t.gaming.length; g++) t.gaming[g]! += now.gaming[g]!;
    t.falsified += now.falsified;
    t.reported += now.reported;
    t.caught += now.caught;
    t.effort += now.effort;
    for (let b = 0; b < t.ratings.length; b++) t.ratings[b]! += now.ratings[b]!;
    t.truthCorr += now.truthCorr;
    t.truthCorrN += now.truthCorrN;
    t.abilityCorr += now.abilityCorr;
    t.abilityCorrN += now.abilityCorrN;
    t.morale = now.morale;
    t.hardBacklog = now.hardBacklog;
  }

  private detailOf(buf: PeriodBuffers, rating: Uint8Array): StaffDetail {
    const n = this.p.staff;
    const list = (a: Float64Array): (number | null)[] => Array.from(a.subarray(0, n), round6);
    return {
      score: list(buf.score),
      trueValue: list(buf.trueValue),
      ability: list(this.ability),
      type: Array.from(this.type, (t) => TYPES[t]!),
      rating: Array.from(rating, (r) => this.bandNames[r]!),
      morale: list(buf.morale),
      gaming: Array.from(buf.gaming),
      indicators: Object.fromEntries(Object.entries(buf.indicatorValues).map(([k, v]) => [k, list(v)])),
    };
  }

  result(notes: readonly string[]): SimulationResult {
    const p = this.p;
    const indicators: Record<string, IndicatorSummary> = {};
    for (const ind of this.indicators) {
      indicators[ind.name] = {
        meanValue: ind.valueN > 0 ? round6(ind.value / ind.valueN) : null,
        meanPoints: ind.pointsN > 0 ? round6(ind.points / ind.pointsN) : null,
        bunching: ind.missing > 0 ? round6(ind.meeting / ind.missing) : null,
        threshold: ind.threshold === null ? null : round6(ind.threshold),
        bandWidth: ind.width === null ? null : round6(ind.width),
        justMeeting: ind.meeting,
        justMissing: ind.missing,
      };
    }
    const byType = {} as Record<(typeof TYPES)[number], TypeSummary>;
    TYPES.forEach((name, i) => {
      const t = this.byType[i]!;
      byType[name] = {
        staff: t.staff,
        gamingRate: t.staffPeriods > 0 ? round6(t.gaming / t.staffPeriods) : null,
        meanScore: t.scored > 0 ? round6(t.score / t.scored) : null,
        meanTrueValue: t.staffPeriods > 0 ? round6(t.trueValue / t.staffPeriods) : null,
      };
    });
    const result: SimulationResult = {
      staff: p.staff,
      periods: p.periods,
      seed: p.seed,
      settings: { team: p.team, saints: p.saints, honest: p.honest, reactive: p.reactive, maniacs: p.maniacs, hard: p.hard, luck: p.luck },
      summary: this.total.summary(this.bandNames),
      indicators,
      perPeriod: this.perPeriod,
      byType,
      notes: [...notes],
    };
    if (this.detail) result.lastPeriod = this.detail;
    return result;
  }
}
