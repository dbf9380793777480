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

/**
 * The knobs `report` reads, candidate by candidate in one array (candidate c's at c × RK.count):
 * the row loop then indexes one array instead of six, and each array a loop reads costs it a
 * register or a reload.
 */
enum RK {
  falsify,
  backdate,
  pressure,
  timing,
  holdBack,
  holdFresh,
  count,
}
const packedKnobs = new WeakMap<Knobs, Float64Array>();
function reportKnobs(knobs: Knobs): Float64Array {
  let packed = packedKnobs.get(knobs);
  if (packed === undefined) {
    const n = knobs.falsify.length;
    packed = new Float64Array(n * RK.count);
    for (let c = 0; c < n; c++) {
      const at = c * RK.count;
      packed[at + RK.falsify] = knobs.falsify[c]!;
      packed[at + RK.backdate] = knobs.backdate[c]!;
      packed[at + RK.pressure] = knobs.pressure[c]!;
      packed[at + RK.timing] = knobs.timing[c]!;
      packed[at + RK.holdBack] = knobs.holdBack[c]!;
      packed[at + RK.holdFresh] = knobs.holdFresh[c]!;
    }
    packedKnobs.set(knobs, packed);
  }
  return packed;
}

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
/** Columns every row could fill but most schemes never read: a column no metric reads is not written. */
export const NEED_RECEIVED = 256;
export const NEED_CLOSED_SYSTEM = 512;
export const NEED_ON_TIME_SYSTEM = 1024;
export const NEED_REOPENED_SYSTEM = 2048;
export const NEED_REOPENED_SELF = 4096;
export const NEED_ALL = 8191;

/**
 * The need flags as booleans, for the row loops to destructure into locals: a module constant
 * tested in a loop is reloaded and type-checked on every pass (0.98× the CPU of a run).
 */
function wants(need: number) {
  return {
    days: (need & NEED_DAYS) !== 0,
    satisfaction: (need & NEED_SATISFACTION) !== 0,
    supervisor: (need & NEED_SUPERVISOR) !== 0,
    truth: (need & NEED_TRUTH) !== 0,
    hard: (need & NEED_HARD) !== 0,
    backlog: (need & NEED_BACKLOG) !== 0,
    value: (need & NEED_VALUE) !== 0,
    state: (need & NEED_STATE) !== 0,
    received: (need & NEED_RECEIVED) !== 0,
    closedSystem: (need & NEED_CLOSED_SYSTEM) !== 0,
    onTimeSystem: (need & NEED_ON_TIME_SYSTEM) !== 0,
    reopenedSystem: (need & NEED_REOPENED_SYSTEM) !== 0,
    reopenedSelf: (need & NEED_REOPENED_SELF) !== 0,
  };
}

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

/**
 * The fields of a work row. A row's numbers sit together (row x's field f at x · W.count + f):
 * `report` gathers a dozen of them per candidate row, and each separate array a loop reads costs
 * it a type check, a bounds check and a reload of the array on every pass.
 */
enum W {
  closedEasy,
  closedHard,
  openEasy,
  openHard,
  /** The share of the cases still open that were received this period (still within their deadline). */
  freshShare,
  genuine,
  defectRate,
  defects,
  onTimeGenuine,
  /** Cases left open because they were set aside (beyond what working pro rata leaves), and rushed cases. */
  deferred,
  rushed,
  genuineDays,
  /** Carried (already late) cases closed: the part of genuineDays that waited a period. */
  carriedClosed,
  daysTruth,
  lateShare,
  worth,
  quality,
  supervisorTruth,
  /** True value before false closures' cost, which `report` subtracts. */
  valueOfWork,
  count,
}
/** The results of `work`, by work row: row x's field f at x × WORK_FIELDS + f (WORK_AT). */
export interface Work {
  readonly data: Float64Array;
}
export const WORK_FIELDS: number = W.count;
/** Where in a work row the fields read outside this file are. */
export const WORK_AT = {
  closedEasy: W.closedEasy,
  closedHard: W.closedHard,
  openEasy: W.openEasy,
  openHard: W.openHard,
  defectRate: W.defectRate,
  deferred: W.deferred,
  rushed: W.rushed,
} as const;
export const workTable = (size: number): Work => ({ data: new Float64Array(size * W.count) });

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
  const d = w.data;
  const { days: wantDays, satisfaction: wantSatisfaction, supervisor: wantSupervisor } = wants(need);
  // A person's rows are consecutive: their queue is read once for all of them.
  let person = -1;
  let eF = 0;
  let eC = 0;
  let hF = 0;
  let hC = 0;
  let fullUnits = 0;
  for (let x = 0; x < n; x++) {
    const j = who[x]!;
    const c = cand[x]!;
    const o = x * W.count;
    if (j !== person) {
      person = j;
      eF = newEasy[j]!;
      eC = carriedEasy[j]!;
      hF = newHard[j]!;
      hC = carriedHard[j]!;
      fullUnits = units[j]!;
    }
    const rush = RUSH[c]!;
    const timeFactor = 1 - 0.5 * rush;
    const cap = fullUnits * EFFORT[c]!;
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
    d[o + W.deferred] = set > 0 && fPro > f2 ? set * (fPro - f2) : 0;
    const genuine = cE + cH;
    d[o + W.rushed] = rush * genuine;
    const defectRate = (1 - rush) * baseDefects + rush * rushDefects;
    // A fresh hard case worked normally misses the deadline with probability 1 − hardOnTime
    // (papers, other agencies); rushing it cuts the wait. A person who cannot get through their
    // queue keeps cases waiting longer: a share queueDelay × (1 − fPro) of fresh closures is late.
    const onTimeGenuine = (1 - queueDelay * (1 - fPro)) * (cEF + cHF * (hardOnTime + (1 - hardOnTime) * rush));

    d[o + W.closedEasy] = cE;
    d[o + W.closedHard] = cH;
    const openE = eF + eC - cE;
    const openH = hF + hC - cH;
    d[o + W.openEasy] = openE;
    d[o + W.openHard] = openH;
    // Worked out once per work row: every candidate row sharing it reads the share.
    d[o + W.freshShare] = openE + openH > 0 ? (eF - cEF + hF - cHF) / (openE + openH) : 0;
    d[o + W.genuine] = genuine;
    d[o + W.defectRate] = defectRate;
    d[o + W.defects] = genuine * defectRate;
    d[o + W.onTimeGenuine] = onTimeGenuine;
    if (wantDays) {
      const procE = daysEasy * timeFactor;
      const procH = daysHard * timeFactor;
      const genuineDays = cE * procE + cH * procH + (cEC + cHC) * daysPeriod;
      d[o + W.genuineDays] = genuineDays;
      d[o + W.carriedClosed] = cEC + cHC;
      d[o + W.daysTruth] = genuine > 0 ? genuineDays / genuine : NaN;
    }
    if (wantSatisfaction) d[o + W.lateShare] = genuine > 0 ? 1 - onTimeGenuine / genuine : 0;
    const worth = cE + hv * cH;
    d[o + W.worth] = worth;
    if (wantSupervisor) {
      const quality = supervisorQuality * (genuine > 0 ? defectRate : 0);
      d[o + W.quality] = quality;
      d[o + W.supervisorTruth] = clamp(supervisorBase + supervisorSlope * (worth / normWorth - 1) - quality, 0, 100);
    }
    d[o + W.valueOfWork] = worth * (1 - defectRate) - 0.5 * worth * defectRate;
  }
}

/** A queue carried between periods, by person: what `carryOver` writes. */
export interface Queue {
  carriedEasy: Float64Array;
  carriedHard: Float64Array;
  /** False closures that came back this period (found by audits or through complaints). */
  returned: Float64Array;
}

/**
 * Carries a person's period into their next (docs/model.md §1, §5): of what is still genuinely
 * open (work row x of `w`, less the fE easy and fH hard cases marked done without the work) a
 * share `abandon` leaves the queue; the false closures audits caught and `complaints` of the
 * rest come back, and so do the defects found. Writes person i's queue; returns the cases
 * abandoned. Beside the other casework equations: the periods reported (chunk.ts, advance)
 * and the world before the scheme (chunk.ts, settle) carry their queues with it.
 */
export function carryOver(w: Work, x: number, fE: number, fH: number, caught: number, k: ModelConstants, q: Queue, i: number): number {
  const d = w.data;
  const at = x * WORK_FIELDS;
  const falsified = fE + fH;
  const cE = d[at + WORK_AT.closedEasy]!;
  const cH = d[at + WORK_AT.closedHard]!;
  const back = falsified > 0 ? Math.min(falsified, caught) + k.complaints * Math.max(0, falsified - caught) : 0;
  const foundDefects = (cE + cH) * d[at + WORK_AT.defectRate]! * k.defectsFound;
  const g = cE + cH;
  const stay = 1 - k.abandon;
  const openE = d[at + WORK_AT.openEasy]! - fE;
  const openH = d[at + WORK_AT.openHard]! - fH;
  q.carriedEasy[i] = openE * stay + (falsified > 0 ? (back * fE) / falsified : 0) + (g > 0 ? (foundDefects * cE) / g : 0);
  q.carriedHard[i] = openH * stay + (falsified > 0 ? (back * fH) / falsified : 0) + (g > 0 ? (foundDefects * cH) / g : 0);
  q.returned[i] = back;
  return (openE + openH) * k.abandon;
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
  const KNOB = reportKnobs(knobs);
  const { hardValue: hv, caseValue: money, defectsFound, pressureGain, leniency, caseload } = k;
  const { daysEasy, daysHard, daysPeriod, daysFalse, daysBorrowed } = k;
  const { satisfactionBase, satisfactionDefects, satisfactionLate, satisfactionFalse } = k;
  const { supervisorBase, supervisorSlope, supervisorBelief } = k;
  const normWorth = k.caseload * (1 - hard + hard * hv);
  // Columns in locals: the loop then reads no object field.
  const { newEasy, newHard, returned: returnedIn, debtEasy, debtHard, bankEasy, bankHard, surveyNoise, supervisorNoise } = s;
  const d = w.data;
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
  const {
    days: wantDays,
    satisfaction: wantSatisfaction,
    supervisor: wantSupervisor,
    truth: wantTruth,
    hard: wantHard,
    backlog: wantBacklog,
    value: wantValue,
    state: wantState,
    received: wantReceived,
    closedSystem: wantClosedSystem,
    onTimeSystem: wantOnTimeSystem,
    reopenedSystem: wantReopenedSystem,
    reopenedSelf: wantReopenedSelf,
  } = wants(need);
  // A person's rows are consecutive: their situation is read once for all of them.
  let person = -1;
  let debtE = 0;
  let debtH = 0;
  let bankE = 0;
  let bankH = 0;
  let returned = 0;
  let newCases = 0;
  let survey = 0;
  let supervisorMood = 0;
  for (let r = 0; r < n; r++) {
    const j = who[r]!;
    const c = cand[r]!;
    const x = workOf[r]! * W.count;
    if (j !== person) {
      person = j;
      debtE = debtEasy[j]!;
      debtH = debtHard[j]!;
      bankE = bankEasy[j]!;
      bankH = bankHard[j]!;
      returned = returnedIn[j]!;
      newCases = newEasy[j]! + newHard[j]!;
      survey = surveyNoise[j]!;
      supervisorMood = supervisorNoise[j]!;
    }
    const cE = d[x + W.closedEasy]!;
    const cH = d[x + W.closedHard]!;
    const openE = d[x + W.openEasy]!;
    const openH = d[x + W.openHard]!;
    const genuine = d[x + W.genuine]!;
    const defectRate = d[x + W.defectRate]!;
    const at = c * RK.count;
    const timing = KNOB[at + RK.timing]!;
    const holdFresh = KNOB[at + RK.holdFresh]! > 0;
    // Cases kept back are a share of every kind, or (holdFresh) taken from those closed on time.
    const onTimeAll = d[x + W.onTimeGenuine]!;
    const freshHeld = holdFresh ? Math.min(KNOB[at + RK.holdBack]! * genuine, onTimeAll) : 0;
    const holdBack = holdFresh ? (genuine > 0 ? freshHeld / genuine : 0) : KNOB[at + RK.holdBack]!;

    // Falsifying marks a number of open cases done (at most all of them), easy and hard pro rata.
    const open = openE + openH;
    const fAll = Math.min(KNOB[at + RK.falsify]! * caseload, open);
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

    if (wantReceived) received[r] = newCases;
    const closedSystem = repE + repH + bE + bH;
    const closedSelf = closedSystem + fE + fH;
    if (wantClosedSystem) closedSystemOut[r] = closedSystem;
    closedSelfOut[r] = closedSelf;
    if (wantHard) {
      hardSystem[r] = repH + bH;
      hardSelf[r] = repH + bH + fH;
    }

    // A case closed (truly, falsely or ahead of the work) is on time only if it was received
    // this period: falsifying and timing take open cases pro rata, the carried ones already late.
    const fresh = d[x + W.freshShare]!;
    const onTimeKept = holdFresh ? onTimeAll - freshHeld : onTimeAll * kept;
    const onTimeSystem = Math.max(0, onTimeKept - debt) + (bE + bH) * fresh;
    if (wantOnTimeSystem) onTimeSystemOut[r] = onTimeSystem;
    const falseOnTime = fAll * fresh;
    // Backdating records late closures as on time: at most all the late ones reported, and never
    // more on time than cases received this period (a record that claims more gives itself away).
    const lateReported = Math.max(0, closedSystem - onTimeSystem + fAll - falseOnTime);
    const room = Math.max(0, newCases - onTimeSystem - falseOnTime);
    const backdated = Math.min(KNOB[at + RK.backdate]! * caseload, lateReported, room);
    falseTimes[r] = backdated;
    onTimeSelf[r] = onTimeSystem + falseOnTime + backdated;

    if (wantBacklog) {
      const backlogSystem = Math.max(0, openE + openH + wE + wH - bE - bH);
      backlogSystemOut[r] = backlogSystem;
      backlogSelf[r] = Math.max(0, backlogSystem - fE - fH);
    }

    const found = d[x + W.defects]! * defectsFound;
    if (wantReopenedSystem) reopenedSystem[r] = found + returned;
    // A falsifier hides a share of the reopened cases as large as the share of open cases they marked done.
    if (wantReopenedSelf) reopenedSelf[r] = (found + returned) * (open > 0 ? 1 - fAll / open : 1);

    if (wantDays) {
      // Closures taken from the open cases pro rata (borrowed, false) include carried ones,
      // which had already waited a period: only a backdated record hides those days.
      const carried = (1 - fresh) * daysPeriod;
      const bankDays = bankE * (daysEasy + daysPeriod) + bankH * (daysHard + daysPeriod);
      // Cases kept back from those on time are fresh ones: only their working days leave the records.
      const gDays = d[x + W.genuineDays]!;
      const keptDays =
        holdFresh && genuine > 0 ? gDays - (freshHeld * (gDays - d[x + W.carriedClosed]! * daysPeriod)) / genuine : gDays * kept;
      const sysDays = keptDays + bankDays + (bE + bH) * (daysBorrowed + carried);
      const sysCount = genuine * kept + bankE + bankH + bE + bH;
      daysSystem[r] = sysCount > 0 ? sysDays / sysCount : NaN;
      const selfDays = sysDays + fAll * (daysFalse + carried) - backdated * daysPeriod;
      daysSelf[r] = sysCount + fE + fH > 0 ? Math.max(0, selfDays) / (sysCount + fE + fH) : NaN;
    }

    if (wantValue) {
      const valueSystem = money * (repE + hv * repH + bE + hv * bH);
      valueSystemOut[r] = valueSystem;
      valueSelf[r] = valueSystem + money * (fE + hv * fH);
    }

    if (wantSatisfaction) {
      const falseShare = closedSelf > 0 ? (fE + fH) / closedSelf : 0;
      const sat = clamp01(
        satisfactionBase -
          satisfactionDefects * (genuine > 0 ? defectRate : 0) -
          satisfactionLate * d[x + W.lateShare]! -
          satisfactionFalse * falseShare +
          survey,
      );
      if (wantTruth) satisfactionTruth[r] = sat;
      satisfactionSurveyed[r] = Math.min(1, sat + pressureGain * KNOB[at + RK.pressure]!);
    }

    if (wantSupervisor) {
      // The supervisor believes part of the false and borrowed closures and notices half the defects.
      const seenWorth = d[x + W.worth]! + supervisorBelief * (fE + hv * fH) + supervisorBelief * (bE + hv * bH);
      supervisorSeen[r] = clamp(
        supervisorBase + supervisorSlope * (seenWorth / normWorth - 1) - 0.5 * d[x + W.quality]! + leniency + supervisorMood,
        0,
        100,
      );
    }

    if (wantTruth) {
      closedTruth[r] = genuine;
      hardTruth[r] = cH;
      onTimeTruth[r] = d[x + W.onTimeGenuine]!;
      backlogTruth[r] = openE + openH;
      reopenedTruth[r] = d[x + W.defects]! + returned;
      valueTruth[r] = money * (cE + hv * cH);
      if (wantDays) daysTruthOut[r] = d[x + W.daysTruth]!;
      if (wantSupervisor) supervisorTruthOut[r] = d[x + W.supervisorTruth]!;
    }

    const falseWorth = fE + hv * fH;
    trueValue[r] = d[x + W.valueOfWork]! - 0.5 * falseWorth;
    falseEasy[r] = fE;
    falseHard[r] = fH;
    if (wantState) {
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
