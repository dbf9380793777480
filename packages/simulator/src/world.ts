/**
 * The casework world: what one candidate way of working produces for one staff member in one
 * period, seen three ways — the truth, the system's records, and the staff member's own report.
 * Pure arithmetic on numbers passed in; expected values (fractional case counts) given the
 * period's luck, which is drawn before the choice (staff see how their month is going).
 */
import type { Candidate } from "./candidates.ts";
import type { ModelConstants } from "./params.ts";

/** Indices into the outcome scratch array. */
export const O = {
  received: 0,
  closedTruth: 1, closedSystem: 2, closedSelf: 3,
  onTimeTruth: 4, onTimeSystem: 5, onTimeSelf: 6,
  hardTruth: 7, hardSystem: 8, hardSelf: 9,
  backlogTruth: 10, backlogSystem: 11, backlogSelf: 12,
  reopenedTruth: 13, reopenedSystem: 14, reopenedSelf: 15,
  daysTruth: 16, daysSystem: 17, daysSelf: 18,
  valueTruth: 19, valueSystem: 20, valueSelf: 21,
  satisfactionTruth: 22, satisfactionSurveyed: 23,
  supervisorTruth: 24, supervisorSeen: 25,
  trueValue: 26,
  falseEasy: 27, falseHard: 28,
  closedEasy: 29, closedHard: 30,
  borrowEasy: 31, borrowHard: 32,
  withheldEasy: 33, withheldHard: 34,
  openEasy: 35, openHard: 36,
  defectRate: 37,
  size: 38,
} as const;

/** Days from arrival to closure of a fresh case worked normally; a carried case waited a period more. */
const DAYS_EASY = 6;
const DAYS_HARD = 14;
const DAYS_PERIOD = 30;
const DAYS_FALSE = 2;
const DAYS_BORROWED = 28;

/** What the staff member starts the period with (state + this period's draws). */
export interface Situation {
  newEasy: number;
  newHard: number;
  carriedEasy: number;
  carriedHard: number;
  bankEasy: number;
  bankHard: number;
  debtEasy: number;
  debtHard: number;
  /** Falsified closures that came back this period (complaints, audit finds). */
  returned: number;
  /** Work units available at full effort (ability, luck and morale included). */
  units: number;
  surveyNoise: number;
  supervisorNoise: number;
}

/** Optional parts of an outcome, computed only when some metric observes them. */
export const NEED_DAYS = 1;
export const NEED_SATISFACTION = 2;
export const NEED_SUPERVISOR = 4;
export const NEED_ALL = 7;

export function outcome(s: Situation, c: Candidate, k: ModelConstants, hard: number, out: Float64Array, need: number = NEED_ALL): void {
  const qE = s.carriedEasy + s.newEasy;
  const qH = s.carriedHard + s.newHard;
  const freshE = qE > 0 ? s.newEasy / qE : 0;
  const freshH = qH > 0 ? s.newHard / qH : 0;
  const timeFactor = 1 - 0.5 * c.rush;
  const cap = s.units * c.effort;

  // Work the queue pro rata; deferred hard cases only get what is left (cherry-picking).
  const eligibleH = qH * (1 - c.defer);
  const work = (qE + k.hardTime * eligibleH) * timeFactor;
  const f1 = work > 0 ? Math.min(1, cap / work) : 1;
  const cE = f1 * qE;
  let cH = f1 * eligibleH;
  const left = cap - f1 * work;
  const deferredH = qH - eligibleH;
  if (left > 0 && deferredH > 0) cH += Math.min(1, left / (k.hardTime * timeFactor * deferredH)) * deferredH;
  const genuine = cE + cH;
  const defectRate = (1 - c.rush) * k.baseDefects + c.rush * k.rushDefects;
  const defects = genuine * defectRate;

  const openE = qE - cE;
  const openH = qH - cH;
  const fE = c.falsify * openE;
  const fH = c.falsify * openH;
  const bE = c.timing * (openE - fE);
  const bH = c.timing * (openH - fH);
  const wE = c.holdBack * cE;
  const wH = c.holdBack * cH;
  const kept = 1 - c.holdBack;
  // Cases borrowed last period were already reported; working them now reports nothing new.
  const repE = Math.max(0, cE * kept - s.debtEasy) + s.bankEasy;
  const repH = Math.max(0, cH * kept - s.debtHard) + s.bankHard;
  const debt = s.debtEasy + s.debtHard;

  out[O.received] = s.newEasy + s.newHard;
  out[O.closedTruth] = genuine;
  out[O.closedSystem] = repE + repH + bE + bH;
  out[O.closedSelf] = out[O.closedSystem]! + fE + fH;
  out[O.hardTruth] = cH;
  out[O.hardSystem] = repH + bH;
  out[O.hardSelf] = repH + bH + fH;

  const onTimeGenuine = cE * freshE + cH * freshH;
  out[O.onTimeTruth] = onTimeGenuine;
  out[O.onTimeSystem] = Math.max(0, onTimeGenuine * kept - debt) + bE + bH;
  out[O.onTimeSelf] = out[O.onTimeSystem]! + fE + fH;

  out[O.backlogTruth] = openE + openH;
  out[O.backlogSystem] = Math.max(0, openE + openH + wE + wH - bE - bH);
  out[O.backlogSelf] = Math.max(0, out[O.backlogSystem]! - fE - fH);

  const found = defects * k.defectsFound;
  out[O.reopenedTruth] = defects + s.returned;
  out[O.reopenedSystem] = found + s.returned;
  out[O.reopenedSelf] = (found + s.returned) * (1 - c.falsify);

  if (need & NEED_DAYS) {
    const procE = DAYS_EASY * timeFactor;
    const procH = DAYS_HARD * timeFactor;
    const genuineDays = cE * (procE + DAYS_PERIOD * (1 - freshE)) + cH * (procH + DAYS_PERIOD * (1 - freshH));
    const bankDays = s.bankEasy * (DAYS_EASY + DAYS_PERIOD) + s.bankHard * (DAYS_HARD + DAYS_PERIOD);
    const sysDays = genuineDays * kept + bankDays + (bE + bH) * DAYS_BORROWED;
    const sysCount = genuine * kept + s.bankEasy + s.bankHard + bE + bH;
    out[O.daysTruth] = genuine > 0 ? genuineDays / genuine : NaN;
    out[O.daysSystem] = sysCount > 0 ? sysDays / sysCount : NaN;
    out[O.daysSelf] = sysCount + fE + fH > 0 ? (sysDays + (fE + fH) * DAYS_FALSE) / (sysCount + fE + fH) : NaN;
  }

  const hv = k.hardValue;
  const money = k.caseValue;
  out[O.valueTruth] = money * (cE + hv * cH);
  out[O.valueSystem] = money * (repE + hv * repH + bE + hv * bH);
  out[O.valueSelf] = out[O.valueSystem]! + money * (fE + hv * fH);

  if (need & NEED_SATISFACTION) {
    const lateShare = genuine > 0 ? 1 - onTimeGenuine / genuine : 0;
    const falseShare = out[O.closedSelf]! > 0 ? (fE + fH) / out[O.closedSelf]! : 0;
    const sat = clamp01(0.9 - 0.8 * (genuine > 0 ? defectRate : 0) - 0.25 * lateShare - 0.6 * falseShare + s.surveyNoise);
    out[O.satisfactionTruth] = sat;
    out[O.satisfactionSurveyed] = Math.min(1, sat + k.pressureGain * c.pressure);
  }

  const worth = cE + hv * cH;
  if (need & NEED_SUPERVISOR) {
    const normWorth = k.caseload * (1 - hard + hard * hv);
    const quality = 40 * (genuine > 0 ? defectRate : 0);
    out[O.supervisorTruth] = clamp(65 + 30 * (worth / normWorth - 1) - quality, 0, 100);
    // The supervisor half-believes false and borrowed closures and half-notices defects.
    const seenWorth = worth + 0.5 * (fE + hv * fH) + 0.5 * (bE + hv * bH);
    out[O.supervisorSeen] = clamp(65 + 30 * (seenWorth / normWorth - 1) - 0.5 * quality + k.leniency + s.supervisorNoise, 0, 100);
  }

  const falseWorth = fE + hv * fH;
  out[O.trueValue] = worth * (1 - defectRate) - 0.5 * worth * defectRate - 0.5 * falseWorth;
  out[O.falseEasy] = fE;
  out[O.falseHard] = fH;
  out[O.closedEasy] = cE;
  out[O.closedHard] = cH;
  out[O.borrowEasy] = bE;
  out[O.borrowHard] = bH;
  out[O.withheldEasy] = wE;
  out[O.withheldHard] = wH;
  out[O.openEasy] = openE;
  out[O.openHard] = openH;
  out[O.defectRate] = defectRate;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
