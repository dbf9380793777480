/**
 * Turns each period's buffers into the summary figures: applies quotas per team (the pool),
 * then sums in staff order. Runs in the parent thread, so the figures never depend on how the
 * population was split between workers.
 */
import type { CompiledScheme, Indicator, Scheme } from "@goodhart/dsl";
import { AMOUNT_KINDS, GAMING_KINDS, type AmountKind, type GamingKind } from "./candidates.ts";
import type { PeriodBuffers } from "./buffers.ts";
import type { SimulationParams } from "./params.ts";
import { abilityOf, typeSequence, TYPES } from "./population.ts";
import { TeamQuotas, type ApplyQuotas } from "./quotas.ts";
import { pearson, ranks, round6, spearman } from "./stats.ts";
import type { IndicatorSummary, SimulationResult, StaffDetail, Summary, TypeSummary } from "./result.ts";

export type { ApplyQuotas } from "./quotas.ts";

/** Runs up to this size carry per-staff values of the last period for charts. */
const DETAIL_LIMIT = 10_000;
/**
 * Above this many staff, rank correlations use an evenly spaced sample of this size (every
 * k-th staff member): the standard error is about 0.002, and ranking millions of values twice
 * a period would cost more than the simulation itself.
 */
const CORRELATION_SAMPLE = 200_000;

class Totals {
  staffPeriods = 0;
  scored = 0;
  score = 0;
  trueValue = 0;
  gamingAny = 0;
  readonly gaming = new Float64Array(GAMING_KINDS.length);
  falsified = 0;
  /** AMOUNT_KINDS order: false closures, false times, rushed, deferred, borrowed, withheld, abandoned. */
  readonly amounts = new Float64Array(AMOUNT_KINDS.length);
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
    const ratings: Record<string, number | null> = Object.create(null); // band names are the user's
    bandNames.forEach((b, i) => (ratings[b] = per(this.ratings[i]!)));
    const amounts = {} as Record<AmountKind, number | null>;
    AMOUNT_KINDS.forEach((a, i) => (amounts[a] = per(this.amounts[i]!)));
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
      amounts,
    };
  }
}

interface IndicatorTotals {
  name: string;
  better: "higher" | "lower";
  /**
   * The running totals over the periods (sum and count of values, of points, the counts just
   * meeting and just missing the threshold), then the bunching threshold and band width (NaN:
   * none). Numbers in an array, not fields: a field holding a whole number in one indicator and
   * a fraction in another changed the objects' hidden class and deoptimised the summing every
   * period.
   */
  sums: Float64Array;
}
const VALUE = 0;
const VALUE_N = 1;
const POINTS = 2;
const POINTS_N = 3;
const MEETING = 4;
const MISSING = 5;
const THRESHOLD = 6;
const WIDTH = 7;

/** The threshold bunching is measured at: the target, or the step with the largest jump. */
function bunchingThreshold(ind: Indicator): number | null {
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

/**
 * Band width: 2% of the threshold's size, at least 0.02 (two percentage points of a ratio), but
 * never more than a quarter of the threshold, so both bands stay near it: values pile up at 0
 * (no case reopened) or at the usual rate of honest work for reasons of their own, and with
 * 0.02 around a rework target of 2% or 3% they were all "just meeting" (×1797, ×23,998). At a
 * threshold of 0 there is no such band (NaN: bunching is null).
 */
export function bandWidth(threshold: number): number {
  const t = Math.abs(threshold);
  return t > 0 ? Math.min(Math.max(0.02, 0.02 * t), t / 4) : NaN;
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
  /** Null when no band has a quota. */
  private readonly teamQuotas: TeamQuotas | null;
  private readonly afterQuotas: Uint8Array;
  private readonly indicators: IndicatorTotals[];
  /** Per type (TYPES order), over all periods so far. */
  private readonly byType = {
    staff: new Float64Array(TYPES.length),
    staffPeriods: new Float64Array(TYPES.length),
    gaming: new Float64Array(TYPES.length),
    scored: new Float64Array(TYPES.length),
    score: new Float64Array(TYPES.length),
    trueValue: new Float64Array(TYPES.length),
  };
  private detail: StaffDetail | undefined;
  /** Scratch tallies of one period: staff per (type, gaming bits), per band, scored per type. */
  private readonly typeBits = new Int32Array(TYPES.length << 8);
  private readonly bandCount: Int32Array;
  private readonly typeScored = new Int32Array(TYPES.length);

  constructor(
    scheme: Scheme,
    compiled: CompiledScheme,
    private readonly p: SimulationParams,
    applyQuotas: ApplyQuotas,
  ) {
    this.bandNames = compiled.ratings;
    this.total = new Totals(this.bandNames.length);
    this.bandCount = new Int32Array(this.bandNames.length);
    this.ability = new Float64Array(p.staff);
    this.type = new Uint8Array(p.staff);
    const typeAt = typeSequence(p.seed, p);
    for (let i = 0; i < p.staff; i++) {
      this.ability[i] = abilityOf(p.seed, i, p.model.abilitySpread);
      this.type[i] = typeAt(i);
      this.byType.staff[this.type[i]!]!++;
    }
    this.stride = Math.max(1, Math.ceil(p.staff / CORRELATION_SAMPLE));
    this.abilitySample = this.sample(this.ability);
    this.abilityRanks = ranks(this.abilitySample);
    const hasQuota = scheme.ratings.some((r) => r.quota !== null);
    this.teamQuotas = hasQuota ? new TeamQuotas(scheme, applyQuotas, p.team) : null;
    this.afterQuotas = new Uint8Array(hasQuota ? p.staff : 0);
    this.indicators = scheme.indicators.map((ind) => {
      const threshold = bunchingThreshold(ind);
      const sums = new Float64Array(8);
      sums[THRESHOLD] = threshold ?? NaN;
      sums[WIDTH] = threshold === null ? NaN : bandWidth(threshold);
      return { name: ind.name, better: ind.better, sums };
    });
  }

  /** Quotas per team, in team order; returns ratings after quotas. */
  quotas(buf: PeriodBuffers): Uint8Array {
    if (!this.teamQuotas) return buf.rating;
    this.teamQuotas.apply(buf.score, buf.rating, this.afterQuotas);
    return this.afterQuotas;
  }

  period(t: number, buf: PeriodBuffers): void {
    const n = this.p.staff;
    const rating = this.quotas(buf);
    const now = new Totals(this.bandNames.length);
    const sums = this.sum(buf, rating, now);
    now.staffPeriods = n;
    now.scored = sums.scored;
    now.score = sums.scoreSum;
    now.trueValue = sums.trueSum;
    now.gamingAny = sums.gamingAny;
    now.falsified = sums.falsifiedSum;
    this.amounts(buf, now.amounts);
    now.reported = sums.reportedSum;
    now.caught = sums.caughtSum;
    now.effort = sums.effortSum;
    now.morale = sums.moraleSum / n;
    now.hardBacklog = sums.hardSum / n;
    this.correlate(buf, now);
    for (const ind of this.indicators) indicatorPeriod(ind, buf.indicatorValues[ind.name]!, buf.indicatorPoints[ind.name]!);
    this.add(now);
    this.perPeriod.push({ period: t + 1, summary: now.summary(this.bandNames) });
    if (t === this.p.periods - 1 && n <= DETAIL_LIMIT) this.detail = this.detailOf(buf, rating);
  }

  /**
   * The period's sums over all staff, in staff order. A function of its own: its loop is the
   * hot part, and the engine optimises it on its own instead of with everything after it.
   */
  private sum(buf: PeriodBuffers, rating: Uint8Array, now: Totals) {
    const n = this.p.staff;
    // Running sums in locals and typed arrays (object fields hold boxed doubles), each still
    // added in staff order.
    const { score, gaming, trueValue, falsified, falseTimes, reported, caught, effort, morale, hardOpen } = buf;
    const typeOf = this.type;
    const { score: typeScore, trueValue: typeTrue } = this.byType;
    // Counts are whole numbers, exact in any order: tallied as integers per (type, gaming bits)
    // and per band, and spread into their totals after the loop. Counting bit by bit per staff
    // member mispredicted branches, and a double incremented in memory waits on its last store.
    const typeBits = this.typeBits.fill(0);
    const bands = this.bandCount.fill(0);
    const typeScored = this.typeScored.fill(0);
    let scored = 0;
    let scoreSum = 0;
    let trueSum = 0;
    let falsifiedSum = 0;
    let reportedSum = 0;
    let caughtSum = 0;
    let effortSum = 0;
    let moraleSum = 0;
    let hardSum = 0;
    for (let i = 0; i < n; i++) {
      const s = score[i]!;
      const tv = trueValue[i]!;
      const type = typeOf[i]!;
      if (!Number.isNaN(s)) {
        scored++;
        scoreSum += s;
        typeScored[type]!++;
        typeScore[type]! += s;
      }
      trueSum += tv;
      typeTrue[type]! += tv;
      typeBits[(type << 8) | gaming[i]!]!++;
      // A false record of a closure: marked done undone, or a late closure recorded as on time.
      falsifiedSum += falsified[i]! + falseTimes[i]!;
      reportedSum += reported[i]!;
      caughtSum += caught[i]!;
      effortSum += effort[i]!;
      bands[rating[i]!]!++;
      moraleSum += morale[i]!;
      hardSum += hardOpen[i]!;
    }
    const gamingAny = this.spreadCounts(now);
    // Only a fresh object after the loop: the engine compiles the loop while it runs, before
    // any code after it has run, and a property store there would deoptimise it every period.
    return { scored, scoreSum, trueSum, gamingAny, falsifiedSum, reportedSum, caughtSum, effortSum, moraleSum, hardSum };
  }

  /** Adds the period's integer tallies to the counts per type, gaming kind and band; returns how many gamed. */
  private spreadCounts(now: Totals): number {
    const { staffPeriods: typePeriods, gaming: typeGaming, scored: typeScored } = this.byType;
    let gamingAny = 0;
    for (let type = 0; type < TYPES.length; type++) {
      let all = 0;
      let gamed = 0;
      for (let bits = 0; bits < 256; bits++) {
        const c = this.typeBits[(type << 8) | bits]!;
        if (c === 0) continue;
        all += c;
        if (bits === 0) continue;
        gamed += c;
        for (let g = 0; g < GAMING_KINDS.length; g++) if (bits & (1 << g)) now.gaming[g]! += c;
      }
      typePeriods[type]! += all;
      typeGaming[type]! += gamed;
      typeScored[type]! += this.typeScored[type]!;
      gamingAny += gamed;
    }
    for (let b = 0; b < now.ratings.length; b++) now.ratings[b] = this.bandCount[b]!;
    return gamingAny;
  }

  /**
   * The period's amounts of each kind of gaming (and abandoned cases), summed in staff order.
   * One loop for all seven: each sum waits on its previous addition, and seven independent
   * chains overlap where seven loops of one chain each could not.
   */
  private amounts(buf: PeriodBuffers, into: Float64Array): void {
    const { falsified, falseTimes, rushed, deferred, borrowed, withheld, abandoned } = buf;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let a4 = 0;
    let a5 = 0;
    let a6 = 0;
    for (let i = 0; i < falsified.length; i++) {
      a0 += falsified[i]!;
      a1 += falseTimes[i]!;
      a2 += rushed[i]!;
      a3 += deferred[i]!;
      a4 += borrowed[i]!;
      a5 += withheld[i]!;
      a6 += abandoned[i]!;
    }
    into[0] = a0;
    into[1] = a1;
    into[2] = a2;
    into[3] = a3;
    into[4] = a4;
    into[5] = a5;
    into[6] = a6;
  }

  /** Spearman correlations of score with true value and with ability (on the sample). */
  private correlate(buf: PeriodBuffers, now: Totals): void {
    const scores = this.sample(buf.score);
    let truth: number;
    let ability: number;
    if (!anyNaN(scores)) {
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
  }

  private sample(a: Float64Array): Float64Array {
    if (this.stride === 1) return a;
    const out = new Float64Array(Math.ceil(a.length / this.stride));
    for (let i = 0, k = 0; i < a.length; i += this.stride) out[k++] = a[i]!;
    return out;
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
    for (let a = 0; a < t.amounts.length; a++) t.amounts[a]! += now.amounts[a]!;
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
    const indicators: Record<string, IndicatorSummary> = Object.create(null); // keyed by user names
    for (const ind of this.indicators) {
      const t = ind.sums;
      indicators[ind.name] = {
        meanValue: t[VALUE_N]! > 0 ? round6(t[VALUE]! / t[VALUE_N]!) : null,
        meanPoints: t[POINTS_N]! > 0 ? round6(t[POINTS]! / t[POINTS_N]!) : null,
        bunching: t[MISSING]! > 0 ? round6(t[MEETING]! / t[MISSING]!) : null,
        threshold: Number.isNaN(t[THRESHOLD]!) ? null : round6(t[THRESHOLD]!),
        bandWidth: Number.isNaN(t[WIDTH]!) ? null : round6(t[WIDTH]!),
        justMeeting: t[MEETING]!,
        justMissing: t[MISSING]!,
      };
    }
    const byType = {} as Record<(typeof TYPES)[number], TypeSummary>;
    const t = this.byType;
    TYPES.forEach((name, i) => {
      byType[name] = {
        staff: t.staff[i]!,
        gamingRate: t.staffPeriods[i]! > 0 ? round6(t.gaming[i]! / t.staffPeriods[i]!) : null,
        meanScore: t.scored[i]! > 0 ? round6(t.score[i]! / t.scored[i]!) : null,
        meanTrueValue: t.staffPeriods[i]! > 0 ? round6(t.trueValue[i]! / t.staffPeriods[i]!) : null,
      };
    });
    const result: SimulationResult = {
      staff: p.staff,
      periods: p.periods,
      seed: p.seed,
      settings: {
        team: p.team,
        saints: p.saints,
        honest: p.honest,
        reactive: p.reactive,
        maniacs: p.maniacs,
        hard: p.hard,
        luck: p.luck,
        sanction: p.sanction,
      },
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

/** Adds one period of an indicator's values and points to its running totals. */
function indicatorPeriod(ind: IndicatorTotals, values: Float64Array, points: Float64Array): void {
  const higher = ind.better === "higher";
  // The running totals continue from earlier periods, in staff order.
  const sums = ind.sums;
  const th = sums[THRESHOLD]!;
  const w = sums[WIDTH]!;
  const band = !Number.isNaN(th);
  let value = sums[VALUE]!;
  let valueN = sums[VALUE_N]!;
  let pointSum = sums[POINTS]!;
  let pointsN = sums[POINTS_N]!;
  let meeting = sums[MEETING]!;
  let missing = sums[MISSING]!;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const pt = points[i]!;
    if (!Number.isNaN(pt)) {
      pointSum += pt;
      pointsN++;
    }
    if (Number.isNaN(v)) continue;
    value += v;
    valueN++;
    if (!band) continue;
    const d = higher ? v - th : th - v;
    // Bit arithmetic, not branches: which side of the threshold a value near it falls on is a
    // coin toss, and the mispredicted branches cost more than the rest of the loop.
    meeting += +(d >= 0) & +(d < w);
    missing += +(d < 0) & +(d >= -w);
  }
  sums[VALUE] = value;
  sums[VALUE_N] = valueN;
  sums[POINTS] = pointSum;
  sums[POINTS_N] = pointsN;
  sums[MEETING] = meeting;
  sums[MISSING] = missing;
}

function anyNaN(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (Number.isNaN(a[i]!)) return true;
  return false;
}
