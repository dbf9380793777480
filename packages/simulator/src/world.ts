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
import { CANDIDATES, type Candidate } from "./candidates.ts";
import type { ModelConstants } from "./params.ts";

/** Ways of working as arrays indexed by row kind (candidate), for the row loops. */
export interface Knobs {
  effort: Float64Array;
  rush: Float64Array;
  defer: Float64Array;
  deferOld: Float64Array;
  falsify: Float64Array;
  backdate: Float64Array;
  pressure: Float64Array;
  timing: Float64Array;
  holdBack: Float64Array;
  holdFresh: Float64Array;
}
type Way = Pick<Candidate, "effort" | "rush" | "defer" | "falsify" | "pressure" | "timing" | "holdBack"> &
  Partial<Pick<Candidate, "deferOld" | "backdate" | "holdFresh">>;
/** The knobs of any list of ways of working (the exploit finder's doses, for one). */
export function knobsOf(list: readonly Way[]): Knobs {
  const col = (f: (w: Way) => number) => Float64Array.from(list, f);
  return {
    effort: col((w) => w.effort),
    rush: col((w) => w.rush),
    defer: col((w) => w.defer),
    deferOld: col((w) => w.deferOld ?? 0),
    falsify: col((w) => w.falsify),
    backdate: col((w) => w.backdate ?? 0),
    pressure: col((w) => w.pressure),
    timing: col((w) => w.timing),
    holdBack: col((w) => w.holdBack),
    holdFresh: col((w) => w.holdFresh ?? 0),
  };
}
/** The simulator's candidates (candidates.ts). */
const CANDIDATE_KNOBS: Knobs = knobsOf(CANDIDATES);

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
  "newEasy",
  "newHard",
  "carriedEasy",
  "carriedHard",
  "bankEasy",
  "bankHard",
  "debtEasy",
  "debtHard",
  /** Falsified closures that came back this period (complaints, audit finds). */
  "returned",
  /** Work units available at full effort (ability, luck and morale included). */
  "units",
  "surveyNoise",
  "supervisorNoise",
] as const;
/** What each staff member of a block starts the period with (state + this period's draws), by person. */
export type Situations = Record<(typeof SITUATION)[number], Float64Array>;
export const situations = (size: number): Situations => columns(SITUATION, size);

const WORK = [
  "closedEasy",
  "closedHard",
  "openEasy",
  "openHard",
  /** The share of the cases still open that were received this period (still within their deadline). */
  "freshShare",
  "genuine",
  "defectRate",
  "defects",
  "onTimeGenuine",
  /** Cases left open because they were set aside (beyond what working pro rata leaves), and rushed cases. */
  "deferred",
  "rushed",
  "genuineDays",
  /** Carried (already late) cases closed: the part of genuineDays that waited a period. */
  "carriedClosed",
  "daysTruth",
  "lateShare",
  "worth",
  "quality",
  "supervisorTruth",
  /** True value before false closures' cost, which `report` subtracts. */
  "valueOfWork",
] as const;
/** The results of `work`, by work row. */
export type Work = Record<(typeof WORK)[number], Float64Array>;
export const workTable = (size: number): Work => columns(WORK, size);

const OUTCOME = [
  "received",
  "closedTruth",
  "closedSystem",
  "closedSelf",
  "onTimeTruth",
  "onTimeSystem",
  "onTimeSelf",
  "hardTruth",
  "hardSystem",
  "hardSelf",
  "backlogTruth",
  "backlogSystem",
  "backlogSelf",
  "reopenedTruth",
  "reopenedSystem",
  "reopenedSelf",
  "daysTruth",
  "daysSystem",
  "daysSelf",
  "valueTruth",
  "valueSystem",
  "valueSelf",
  "satisfactionTruth",
  "satisfactionSurveyed",
  "supervisorTruth",
  "supervisorSeen",
  "trueValue",
  "falseEasy",
  "falseHard",
  "falseTimes",
  "borrowEasy",
  "borrowHard",
  "withheldEasy",
  "withheldHard",
] as const;
export type OutcomeColumn = (typeof OUTCOME)[number];
/** Every observable in its three views, the true value and what carries to next period, by row. */
export type Outcomes = Record<OutcomeColumn, Float64Array>;
export const outcomeTable = (size: number): Outcomes => columns(OUTCOME, size);

/**
 * How much of the queue gets done, and how well: the truth view. It depends on the candidate's
 * effort, rushing and deferral only, so candidates alike in those share one work row.
 * Work row x: person who[x] working as candidate cand[x], with units[who[x]] work units.
 *
 * The queue has four parts: fresh and carried, easy and hard. Cases not set aside are worked
 * pro rata; set-aside ones (hard cases under `defer`, carried ones under `deferOld`) only get
 * the time left over. A closure is on time when its case is fresh (and, for a hard case, when
 * it did not wait on others: hardOnTime).
 */
export function work(
  s: Situations,
  units: Float64Array,
  who: Int32Array,
  cand: Uint8Array,
  n: number,
  k: ModelConstants,
  hard: number,
  need: number,
  w: Work,
  knobs: Knobs = CANDIDATE_KNOBS,
): void {
  const { effort: EFFORT, rush: RUSH, defer: DEFER, deferOld: DEFER_OLD } = knobs;
  const { hardTime, hardValue: hv, baseDefects, rushDefects, daysEasy, daysHard, daysPeriod, hardOnTime, queueDelay } = k;
  const { supervisorBase, supervisorSlope, supervisorQuality } = k;
  const normWorth = k.caseload * (1 - hard + hard * hv);
  // Columns in locals: the loop then reads no object field.
  const { newEasy, newHard, carriedEasy, carriedHard } = s;
  const {
    closedEasy,
    closedHard,
    openEasy,
    openHard,
    freshShare,
    genuine: genuineOut,
    defectRate: defectRateOut,
    defects,
    onTimeGenuine: onTimeOut,
  } = w;
  const {
    genuineDays: genuineDaysOut,
    carriedClosed,
    daysTruth,
    lateShare,
    worth: worthOut,
    quality: qualityOut,
    supervisorTruth,
    valueOfWork,
    deferred,
    rushed,
  } = w;
  for (let x = 0; x < n; x++) {
    const j = who[x]!;
    const c = cand[x]!;
    const eF = newEasy[j]!;
    const eC = carriedEasy[j]!;
    const hF = newHard[j]!;
    const hC = carriedHard[j]!;
    const rush = RUSH[c]!;
    const timeFactor = 1 - 0.5 * rush;
    const cap = units[j]! * EFFORT[c]!;
    const keepH = 1 - DEFER[c]!;
    const keepOld = 1 - DEFER_OLD[c]!;

    // First pass: the cases not set aside, pro rata.
    const aEC = eC * keepOld;
    const aHF = hF * keepH;
    const aHC = hC * keepH * keepOld;
    const work1 = (eF + aEC + hardTime * (aHF + aHC)) * timeFactor;
    const f1 = work1 > 0 ? Math.min(1, cap / work1) : 1;
    // Second pass: what is left goes to the set-aside cases, pro rata.
    const rEC = eC - aEC;
    const rHF = hF - aHF;
    const rHC = hC - aHC;
    const work2 = (rEC + hardTime * (rHF + rHC)) * timeFactor;
    const left = cap - f1 * work1;
    const f2 = work2 > 0 && left > 0 ? Math.min(1, left / work2) : work2 > 0 ? 0 : 1;
    const cEF = f1 * eF;
    const cEC = f1 * aEC + f2 * rEC;
    const cHF = f1 * aHF + f2 * rHF;
    const cHC = f1 * aHC + f2 * rHC;
    const cE = cEF + cEC;
    const cH = cHF + cHC;
    // Setting aside changed something only where pro rata would have closed more of those cases.
    const fPro = work1 + work2 > 0 ? Math.min(1, cap / (work1 + work2)) : 1;
    const set = rEC + rHF + rHC;
    deferred[x] = set > 0 && fPro > f2 ? set * (fPro - f2) : 0;
    const genuine = cE + cH;
    rushed[x] = rush * genuine;
    const defectRate = (1 - rush) * baseDefects + rush * rushDefects;
    // A fresh hard case worked normally misses the deadline with probability 1 − hardOnTime
    // (papers, other agencies); rushing it cuts the wait. A person who cannot get through their
    // queue keeps cases waiting longer: a share queueDelay × (1 − fPro) of fresh closures is late.
    const onTimeGenuine = (1 - queueDelay * (1 - fPro)) * (cEF + cHF * (hardOnTime + (1 - hardOnTime) * rush));

    closedEasy[x] = cE;
    closedHard[x] = cH;
    const openE = eF + eC - cE;
    const openH = hF + hC - cH;
    openEasy[x] = openE;
    openHard[x] = openH;
    // Worked out once per work row: every candidate row sharing it reads the share.
    freshShare[x] = openE + openH > 0 ? (eF - cEF + hF - cHF) / (openE + openH) : 0;
    genuineOut[x] = genuine;
    defectRateOut[x] = defectRate;
    defects[x] = genuine * defectRate;
    onTimeOut[x] = onTimeGenuine;
    if (need & NEED_DAYS) {
      const procE = daysEasy * timeFactor;
      const procH = daysHard * timeFactor;
      const genuineDays = cE * procE + cH * procH + (cEC + cHC) * daysPeriod;
      genuineDaysOut[x] = genuineDays;
      carriedClosed[x] = cEC + cHC;
      daysTruth[x] = genuine > 0 ? genuineDays / genuine : NaN;
    }
    if (need & NEED_SATISFACTION) lateShare[x] = genuine > 0 ? 1 - onTimeGenuine / genuine : 0;
    const worth = cE + hv * cH;
    worthOut[x] = worth;
    if (need & NEED_SUPERVISOR) {
      const quality = supervisorQuality * (genuine > 0 ? defectRate : 0);
      qualityOut[x] = quality;
      supervisorTruth[x] = clamp(supervisorBase + supervisorSlope * (worth / normWorth - 1) - quality, 0, 100);
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
  s: Situations,
  who: Int32Array,
  cand: Uint8Array,
  workOf: Int32Array,
  n: number,
  k: ModelConstants,
  hard: number,
  need: number,
  w: Work,
  out: Outcomes,
  knobs: Knobs = CANDIDATE_KNOBS,
): void {
  const { falsify: FALSIFY, backdate: BACKDATE, pressure: PRESSURE, timing: TIMING, holdBack: HOLD_BACK, holdFresh: HOLD_FRESH } = knobs;
  const { hardValue: hv, caseValue: money, defectsFound, pressureGain, leniency, caseload } = k;
  const { daysEasy, daysHard, daysPeriod, daysFalse, daysBorrowed } = k;
  const { satisfactionBase, satisfactionDefects, satisfactionLate, satisfactionFalse } = k;
  const { supervisorBase, supervisorSlope, supervisorBelief } = k;
  const normWorth = k.caseload * (1 - hard + hard * hv);
  // Columns in locals: the loop then reads no object field.
  const { newEasy, newHard, returned: returnedIn, debtEasy, debtHard, bankEasy, bankHard, surveyNoise, supervisorNoise } = s;
  const { closedEasy, closedHard, openEasy, openHard, freshShare, genuine: genuineIn, defectRate: defectRateIn, defects } = w;
  const { onTimeGenuine, genuineDays, carriedClosed, daysTruth, lateShare, worth, quality, supervisorTruth, valueOfWork } = w;
  const {
    received,
    closedTruth,
    closedSystem: closedSystemOut,
    closedSelf: closedSelfOut,
    onTimeTruth,
    onTimeSystem: onTimeSystemOut,
    onTimeSelf,
  } = out;
  const {
    hardTruth,
    hardSystem,
    hardSelf,
    backlogTruth,
    backlogSystem: backlogSystemOut,
    backlogSelf,
    reopenedTruth,
    reopenedSystem,
    reopenedSelf,
  } = out;
  const {
    daysTruth: daysTruthOut,
    daysSystem,
    daysSelf,
    valueTruth,
    valueSystem: valueSystemOut,
    valueSelf,
    satisfactionTruth,
    satisfactionSurveyed,
  } = out;
  const {
    supervisorTruth: supervisorTruthOut,
    supervisorSeen,
    trueValue,
    falseEasy,
    falseHard,
    falseTimes,
    borrowEasy,
    borrowHard,
    withheldEasy,
    withheldHard,
  } = out;
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
    const timing = TIMING[c]!;
    const holdFresh = HOLD_FRESH[c]! > 0;
    // Cases kept back are a share of every kind, or (holdFresh) taken from those closed on time.
    const onTimeAll = onTimeGenuine[x]!;
    const freshHeld = holdFresh ? Math.min(HOLD_BACK[c]! * genuine, onTimeAll) : 0;
    const holdBack = holdFresh ? (genuine > 0 ? freshHeld / genuine : 0) : HOLD_BACK[c]!;
    const debtE = debtEasy[j]!;
    const debtH = debtHard[j]!;
    const bankE = bankEasy[j]!;
    const bankH = bankHard[j]!;
    const returned = returnedIn[j]!;

    // Falsifying marks a number of open cases done (at most all of them), easy and hard pro rata.
    const open = openE + openH;
    const fAll = Math.min(FALSIFY[c]! * caseload, open);
    const fE = open > 0 ? (fAll * openE) / open : 0;
    const fH = fAll - fE;
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

    // A case closed (truly, falsely or ahead of the work) is on time only if it was received
    // this period: falsifying and timing take open cases pro rata, the carried ones already late.
    const fresh = freshShare[x]!;
    const onTimeKept = holdFresh ? onTimeAll - freshHeld : onTimeAll * kept;
    const onTimeSystem = Math.max(0, onTimeKept - debt) + (bE + bH) * fresh;
    onTimeSystemOut[r] = onTimeSystem;
    const falseOnTime = fAll * fresh;
    // Backdating records late closures as on time: at most all the late ones reported, and never
    // more on time than cases received this period (a record that claims more gives itself away).
    const lateReported = Math.max(0, closedSystem - onTimeSystem + fAll - falseOnTime);
    const room = Math.max(0, newEasy[j]! + newHard[j]! - onTimeSystem - falseOnTime);
    const backdated = Math.min(BACKDATE[c]! * caseload, lateReported, room);
    falseTimes[r] = backdated;
    onTimeSelf[r] = onTimeSystem + falseOnTime + backdated;

    if (need & NEED_BACKLOG) {
      const backlogSystem = Math.max(0, openE + openH + wE + wH - bE - bH);
      backlogSystemOut[r] = backlogSystem;
      backlogSelf[r] = Math.max(0, backlogSystem - fE - fH);
    }

    const found = defects[x]! * defectsFound;
    reopenedSystem[r] = found + returned;
    // A falsifier hides a share of the reopened cases as large as the share of open cases they marked done.
    reopenedSelf[r] = (found + returned) * (open > 0 ? 1 - fAll / open : 1);

    if (need & NEED_DAYS) {
      // Closures taken from the open cases pro rata (borrowed, false) include carried ones,
      // which had already waited a period: only a backdated record hides those days.
      const carried = (1 - fresh) * daysPeriod;
      const bankDays = bankE * (daysEasy + daysPeriod) + bankH * (daysHard + daysPeriod);
      // Cases kept back from those on time are fresh ones: only their working days leave the records.
      const gDays = genuineDays[x]!;
      const keptDays = holdFresh && genuine > 0 ? gDays - (freshHeld * (gDays - carriedClosed[x]! * daysPeriod)) / genuine : gDays * kept;
      const sysDays = keptDays + bankDays + (bE + bH) * (daysBorrowed + carried);
      const sysCount = genuine * kept + bankE + bankH + bE + bH;
      daysSystem[r] = sysCount > 0 ? sysDays / sysCount : NaN;
      const selfDays = sysDays + fAll * (daysFalse + carried) - backdated * daysPeriod;
      daysSelf[r] = sysCount + fE + fH > 0 ? Math.max(0, selfDays) / (sysCount + fE + fH) : NaN;
    }

    if (need & NEED_VALUE) {
      const valueSystem = money * (repE + hv * repH + bE + hv * bH);
      valueSystemOut[r] = valueSystem;
      valueSelf[r] = valueSystem + money * (fE + hv * fH);
    }

    if (need & NEED_SATISFACTION) {
      const falseShare = closedSelf > 0 ? (fE + fH) / closedSelf : 0;
      const sat = clamp01(
        satisfactionBase -
          satisfactionDefects * (genuine > 0 ? defectRate : 0) -
          satisfactionLate * lateShare[x]! -
          satisfactionFalse * falseShare +
          surveyNoise[j]!,
      );
      satisfactionTruth[r] = sat;
      satisfactionSurveyed[r] = Math.min(1, sat + pressureGain * PRESSURE[c]!);
    }

    if (need & NEED_SUPERVISOR) {
      // The supervisor believes part of the false and borrowed closures and notices half the defects.
      const seenWorth = worth[x]! + supervisorBelief * (fE + hv * fH) + supervisorBelief * (bE + hv * bH);
      supervisorSeen[r] = clamp(
        supervisorBase + supervisorSlope * (seenWorth / normWorth - 1) - 0.5 * quality[x]! + leniency + supervisorNoise[j]!,
        0,
        100,
      );
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
