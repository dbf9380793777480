/**
 * The casework world: what a candidate way of working produces for one staff member in one
 * period, seen three ways — the truth, the system's records, and the staff member's own report.
 * Pure arithmetic; expected values (fractional case counts) given the period's luck, which is
 * drawn before the choice (staff see how their month is going).
 *
 * Written over tables rather than one case at a time: a block of staff each weighs a dozen
 * candidates, and one loop over all those rows, reading and writing typed-array columns, costs
 * less than a call per row through objects. Each formula still reads as for one row.
 */
import { CANDIDATES } from "./candidates.ts";
import type { ModelConstants } from "./params.ts";

/** Days from arrival to closure of a fresh case worked normally; a carried case waited a period more. */
const DAYS_EASY = 6;
const DAYS_HARD = 14;
const DAYS_PERIOD = 30;
const DAYS_FALSE = 2;
const DAYS_BORROWED = 28;

/** The candidates' actions as arrays indexed by candidate, for the row loops. */
const EFFORT = Float64Array.from(CANDIDATES, (c) => c.effort);
const RUSH = Float64Array.from(CANDIDATES, (c) => c.rush);
const DEFER = Float64Array.from(CANDIDATES, (c) => c.defer);
const FALSIFY = Float64Array.from(CANDIDATES, (c) => c.falsify);
const PRESSURE = Float64Array.from(CANDIDATES, (c) => c.pressure);
const TIMING = Float64Array.from(CANDIDATES, (c) => c.timing);
const HOLD_BACK = Float64Array.from(CANDIDATES, (c) => c.holdBack);

/** Optional parts of an outcome, computed only when some metric observes them. */
export const NEED_DAYS = 1;
export const NEED_SATISFACTION = 2;
export const NEED_SUPERVISOR = 4;
/** The truth view (what `source audit` reads), copied from the work to every row. */
export const NEED_TRUTH = 8;
export const NEED_HARD = 16;
export const NEED_BACKLOG = 32;
export const NEED_VALUE = 64;
/** Borrowed and withheld cases, which carry to next period: needed for the choice made only. */
export const NEED_STATE = 128;
export const NEED_ALL = 255;

function columns<const N extends string>(names: readonly N[], size: number): Record<N, Float64Array> {
  return Object.fromEntries(names.map((n) => [n, new Float64Array(size)])) as Record<N, Float64Array>;
}

const SITUATION = [
  "newEasy", "newHard", "carriedEasy", "carriedHard", "bankEasy", "bankHard", "debtEasy", "debtHard",
  /** Falsified closures that came back this period (complaints, audit finds). */
  "returned",
  /** Work units available at full effort (ability, luck and morale included). */
  "units",
  "surveyNoise", "supervisorNoise",
  /** Set by `queue`: open cases, and the share of them new this period. */
  "queueEasy", "queueHard", "freshEasy", "freshHard",
] as const;
/** What each staff member of a block starts the period with (state + this period's draws), by person. */
export type Situations = Record<(typeof SITUATION)[number], Float64Array>;
export const situations = (size: number): Situations => columns(SITUATION, size);

/** Sets person j's queue; call it after setting the person's other fields. */
export function queue(s: Situations, j: number): void {
  const qE = s.carriedEasy[j]! + s.newEasy[j]!;
  const qH = s.carriedHard[j]! + s.newHard[j]!;
  s.queueEasy[j] = qE;
  s.queueHard[j] = qH;
  s.freshEasy[j] = qE > 0 ? s.newEasy[j]! / qE : 0;
  s.freshHard[j] = qH > 0 ? s.newHard[j]! / qH : 0;
}

const WORK = [
  "closedEasy", "closedHard", "openEasy", "openHard", "genuine", "defectRate", "defects", "onTimeGenuine",
  "genuineDays", "daysTruth", "lateShare", "worth", "quality", "supervisorTruth",
  /** True value before false closures' cost, which `report` subtracts. */
  "valueOfWork",
] as const;
/** The results of `work`, by work row. */
export type Work = Record<(typeof WORK)[number], Float64Array>;
export const workTable = (size: number): Work => columns(WORK, size);

const OUTCOME = [
  "received",
  "closedTruth", "closedSystem", "closedSelf",
  "onTimeTruth", "onTimeSystem", "onTimeSelf",
  "hardTruth", "hardSystem", "hardSelf",
  "backlogTruth", "backlogSystem", "backlogSelf",
  "reopenedTruth", "reopenedSystem", "reopenedSelf",
  "daysTruth", "daysSystem", "daysSelf",
  "valueTruth", "valueSystem", "valueSelf",
  "satisfactionTruth", "satisfactionSurveyed",
  "supervisorTruth", "supervisorSeen",
  "trueValue",
  "falseEasy", "falseHard", "borrowEasy", "borrowHard", "withheldEasy", "withheldHard",
] as const;
export type OutcomeColumn = (typeof OUTCOME)[number];
/** Every observable in its three views, the true value and what carries to next period, by row. */
export type Outcomes = Record<OutcomeColumn, Float64Array>;
export const outcomeTable = (size: number): Outcomes => columns(OUTCOME, size);

/**
 * How much of the queue gets done, and how well: the truth view. It depends on the candidate's
 * effort, rushing and deferral only, so candidates alike in those share one work row.
 * Work row x: person who[x] working as candidate cand[x], with units[who[x]] work units.
 */
export function work(
  s: Situations, units: Float64Array, who: Int32Array, cand: Uint8Array, n: number,
  k: ModelConstants, hard: number, need: number, w: Work,
): void {
  const { hardTime, hardValue: hv, baseDefects, rushDefects } = k;
  const normWorth = k.caseload * (1 - hard + hard * hv);
  // Columns in locals: the loop then reads no object field.
  const { queueEasy, queueHard, freshEasy, freshHard } = s;
  const { closedEasy, closedHard, openEasy, openHard, genuine: genuineOut, defectRate: defectRateOut, defects, onTimeGenuine: onTimeOut } = w;
  const { genuineDays: genuineDaysOut, daysTruth, lateShare, worth: worthOut, quality: qualityOut, supervisorTruth, valueOfWork } = w;
  for (let x = 0; x < n; x++) {
    const j = who[x]!;
    const c = cand[x]!;
    const qE = queueEasy[j]!;
    const qH = queueHard[j]!;
    const freshE = freshEasy[j]!;
    const freshH = freshHard[j]!;
    const rush = RUSH[c]!;
    const timeFactor = 1 - 0.5 * rush;
    const cap = units[j]! * EFFORT[c]!;

    // Work the queue pro rata; deferred hard cases only get what is left (cherry-picking).
    const eligibleH = qH * (1 - DEFER[c]!);
    const work = (qE + hardTime * eligibleH) * timeFactor;
    const f1 = work > 0 ? Math.min(1, cap / work) : 1;
    const cE = f1 * qE;
    let cH = f1 * eligibleH;
    const left = cap - f1 * work;
    const deferredH = qH - eligibleH;
    if (left > 0 && deferredH > 0) cH += Math.min(1, left / (hardTime * timeFactor * deferredH)) * deferredH;
    const genuine = cE + cH;
    const defectRate = (1 - rush) * baseDefects + rush * rushDefects;
    const onTimeGenuine = cE * freshE + cH * freshH;

    closedEasy[x] = cE;
    closedHard[x] = cH;
    openEasy[x] = qE - cE;
    openHard[x] = qH - cH;
    genuineOut[x] = genuine;
    defectRateOut[x] = defectRate;
    defects[x] = genuine * defectRate;
    onTimeOut[x] = onTimeGenuine;
    if (need & NEED_DAYS) {
      const procE = DAYS_EASY * timeFactor;
      const procH = DAYS_HARD * timeFactor;
      const genuineDays = cE * (procE + DAYS_PERIOD * (1 - freshE)) + cH * (procH + DAYS_PERIOD * (1 - freshH));
      genuineDaysOut[x] = genuineDays;
      daysTruth[x] = genuine > 0 ? genuineDays / genuine : NaN;
    }
    if (need & NEED_SATISFACTION) lateShare[x] = genuine > 0 ? 1 - onTimeGenuine / genuine : 0;
    const worth = cE + hv * cH;
    worthOut[x] = worth;
    if (need & NEED_SUPERVISOR) {
      const quality = 40 * (genuine > 0 ? defectRate : 0);
      qualityOut[x] = quality;
      supervisorTruth[x] = clamp(65 + 30 * (worth / normWorth - 1) - quality, 0, 100);
    }
    valueOfWork[x] = worth * (1 - defectRate) - 0.5 * worth * defectRate;
  }
}

/**
 * What the records and the staff member's own report show of the work, given the candidate's
 * falsifying, timing, holding back and pressure; and the true value. Row r: person who[r] as
 * candidate cand[r], whose work is work row workOf[r].
 */
export function report(
  s: Situations, who: Int32Array, cand: Uint8Array, workOf: Int32Array, n: number,
  k: ModelConstants, hard: number, need: number, w: Work, out: Outcomes,
): void {
  const { hardValue: hv, caseValue: money, defectsFound, pressureGain, leniency } = k;
  const normWorth = k.caseload * (1 - hard + hard * hv);
  // Columns in locals: the loop then reads no object field.
  const { newEasy, newHard, returned: returnedIn, debtEasy, debtHard, bankEasy, bankHard, surveyNoise, supervisorNoise } = s;
  const { closedEasy, closedHard, openEasy, openHard, genuine: genuineIn, defectRate: defectRateIn, defects } = w;
  const { onTimeGenuine, genuineDays, daysTruth, lateShare, worth, quality, supervisorTruth, valueOfWork } = w;
  const { received, closedTruth, closedSystem: closedSystemOut, closedSelf: closedSelfOut, onTimeTruth, onTimeSystem: onTimeSystemOut, onTimeSelf } = out;
  const { hardTruth, hardSystem, hardSelf, backlogTruth, backlogSystem: backlogSystemOut, backlogSelf, reopenedTruth, reopenedSystem, reopenedSelf } = out;
  const { daysTruth: daysTruthOut, daysSystem, daysSelf, valueTruth, valueSystem: valueSystemOut, valueSelf, satisfactionTruth, satisfactionSurveyed } = out;
  const { supervisorTruth: supervisorTruthOut, supervisorSeen, trueValue, falseEasy, falseHard, borrowEasy, borrowHard, withheldEasy, withheldHard } = out;
  for (let r = 0; r < n; r++) {
    const j = who[r]!;
    const c = cand[r]!;
    const x = workOf[r]!;
    const cE = closedEasy[x]!;
    const cH = closedHard[x]!;
    const openE = openEasy[x]!;
    const openH = openHard[x]!;
    const genuine = genuineIn[x]!;
    const defectRate = defectRateIn[x]!;
    const falsify = FALSIFY[c]!;
    const timing = TIMING[c]!;
    const holdBack = HOLD_BACK[c]!;
    const debtE = debtEasy[j]!;
    const debtH = debtHard[j]!;
    const bankE = bankEasy[j]!;
    const bankH = bankHard[j]!;
    const returned = returnedIn[j]!;

    const fE = falsify * openE;
    const fH = falsify * openH;
    const bE = timing * (openE - fE);
    const bH = timing * (openH - fH);
    const wE = holdBack * cE;
    const wH = holdBack * cH;
    const kept = 1 - holdBack;
    // Cases borrowed last period were already reported; working them now reports nothing new.
    const repE = Math.max(0, cE * kept - debtE) + bankE;
    const repH = Math.max(0, cH * kept - debtH) + bankH;
    const debt = debtE + debtH;

    received[r] = newEasy[j]! + newHard[j]!;
    const closedSystem = repE + repH + bE + bH;
    const closedSelf = closedSystem + fE + fH;
    closedSystemOut[r] = closedSystem;
    closedSelfOut[r] = closedSelf;
    if (need & NEED_HARD) {
      hardSystem[r] = repH + bH;
      hardSelf[r] = repH + bH + fH;
    }

    const onTimeSystem = Math.max(0, onTimeGenuine[x]! * kept - debt) + bE + bH;
    onTimeSystemOut[r] = onTimeSystem;
    onTimeSelf[r] = onTimeSystem + fE + fH;

    if (need & NEED_BACKLOG) {
      const backlogSystem = Math.max(0, openE + openH + wE + wH - bE - bH);
      backlogSystemOut[r] = backlogSystem;
      backlogSelf[r] = Math.max(0, backlogSystem - fE - fH);
    }

    const found = defects[x]! * defectsFound;
    reopenedSystem[r] = found + returned;
    reopenedSelf[r] = (found + returned) * (1 - falsify);

    if (need & NEED_DAYS) {
      const bankDays = bankE * (DAYS_EASY + DAYS_PERIOD) + bankH * (DAYS_HARD + DAYS_PERIOD);
      const sysDays = genuineDays[x]! * kept + bankDays + (bE + bH) * DAYS_BORROWED;
      const sysCount = genuine * kept + bankE + bankH + bE + bH;
      daysSystem[r] = sysCount > 0 ? sysDays / sysCount : NaN;
      daysSelf[r] = sysCount + fE + fH > 0 ? (sysDays + (fE + fH) * DAYS_FALSE) / (sysCount + fE + fH) : NaN;
    }

    if (need & NEED_VALUE) {
      const valueSystem = money * (repE + hv * repH + bE + hv * bH);
      valueSystemOut[r] = valueSystem;
      valueSelf[r] = valueSystem + money * (fE + hv * fH);
    }

    if (need & NEED_SATISFACTION) {
      const falseShare = closedSelf > 0 ? (fE + fH) / closedSelf : 0;
      const sat = clamp01(0.9 - 0.8 * (genuine > 0 ? defectRate : 0) - 0.25 * lateShare[x]! - 0.6 * falseShare + surveyNoise[j]!);
      satisfactionTruth[r] = sat;
      satisfactionSurveyed[r] = Math.min(1, sat + pressureGain * PRESSURE[c]!);
    }

    if (need & NEED_SUPERVISOR) {
      // The supervisor half-believes false and borrowed closures and half-notices defects.
      const seenWorth = worth[x]! + 0.5 * (fE + hv * fH) + 0.5 * (bE + hv * bH);
      supervisorSeen[r] = clamp(65 + 30 * (seenWorth / normWorth - 1) - 0.5 * quality[x]! + leniency + supervisorNoise[j]!, 0, 100);
    }

    if (need & NEED_TRUTH) {
      closedTruth[r] = genuine;
      hardTruth[r] = cH;
      onTimeTruth[r] = onTimeGenuine[x]!;
      backlogTruth[r] = openE + openH;
      reopenedTruth[r] = defects[x]! + returned;
      valueTruth[r] = money * (cE + hv * cH);
      if (need & NEED_DAYS) daysTruthOut[r] = daysTruth[x]!;
      if (need & NEED_SUPERVISOR) supervisorTruthOut[r] = supervisorTruth[x]!;
    }

    const falseWorth = fE + hv * fH;
    trueValue[r] = valueOfWork[x]! - 0.5 * falseWorth;
    falseEasy[r] = fE;
    falseHard[r] = fH;
    if (need & NEED_STATE) {
      borrowEasy[r] = bE;
      borrowHard[r] = bH;
      withheldEasy[r] = wE;
      withheldHard[r] = wH;
    }
  }
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
