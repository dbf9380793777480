/**
 * One contiguous range of staff, simulated period by period. This is the hot loop: typed arrays
 * only, the scheme consulted solely through `scoreColumns`. A chunk's results depend on nothing
 * outside its own staff (quotas are applied by the parent), so any split gives the same bytes.
 *
 * Staff are taken in blocks. Each staff member of a block gets one row per candidate their type
 * ever weighs; the whole block's rows are worked out (world.ts), scored and weighed together,
 * then each person's choice is realised in a table with one row per person.
 */
import type { CompiledScheme, Indicator, Scheme, ScoreColumnsOptions, ScoreColumnsResult } from "@goodhart/dsl";
import { CANDIDATES, gamingBits } from "./candidates.ts";
import {
  conscience,
  familyCorrection,
  falseRecordCost,
  falseRecordCosts,
  foresight,
  logitDraw,
  logitWeights,
  moralTable,
} from "./choice.ts";
import { MetricColumns, SchemeColumns } from "./columns.ts";
import { bind, type Bindings } from "./observables.ts";
import type { ModelConstants, SimulationParams } from "./params.ts";
import { makePopulation, type Population } from "./population.ts";
import { holdingBackCanPay } from "./hold-back.ts";
import { ratchetShift } from "./ratchet.ts";
import { allowedUnder, FALSIFIES, FALSIFYING, MAX_PROFILES, PROFILES, WORK_SLOT } from "./rows.ts";
import { expDet, hash3, normalAt, uniformAt, STREAM } from "./rng.ts";
import {
  NEED_BACKLOG,
  NEED_DAYS,
  NEED_HARD,
  NEED_CLOSED_SYSTEM,
  NEED_ON_TIME_SYSTEM,
  NEED_RECEIVED,
  NEED_REOPENED_SELF,
  NEED_REOPENED_SYSTEM,
  NEED_SATISFACTION,
  NEED_STATE,
  NEED_SUPERVISOR,
  NEED_TRUTH,
  NEED_VALUE,
  carryOver,
  outcomeTable,
  report,
  situations,
  work,
  workTable,
  WORK_AT,
  WORK_FIELDS,
  type OutcomeColumn,
  type Outcomes,
  type Queue,
  type Situations,
  type Work,
} from "./world.ts";
import type { PeriodBuffers } from "./buffers.ts";
import {
  expectedReward,
  ratingRewards,
  rewardBands,
  smoothAt,
  smoothReward,
  smoothTable,
  type RewardBands,
  type SmoothTable,
} from "./hope.ts";

/**
 * Staff per block: enough rows to amortise a scoreColumns call, few enough that a block's
 * tables stay in the processor's cache between the passes over them. 128 took 0.95 of the CPU
 * time of 512 (5,000 × 12, paired runs); 64 was no faster than 128.
 */
const BLOCK = 128;
const K = CANDIDATES.length;
const BITS = CANDIDATES.map(gamingBits);
/** The usual way of working: what a person's hopes (morale) and a ratchet's cost are judged on. */
const STEADY = CANDIDATES.findIndex((c) => c.name === "steady");
const EFFORT = Float64Array.from(CANDIDATES.map((c) => c.effort));
/** Luck a person imagines for a usual period: one standard deviation either side of average. */
const PROBES = 2;
const PROBE_Z = [-1, 1] as const;
/** Below this many cases an action changed nothing worth counting (rounding of expected values). */
const EPS = 0.01;
const FALSIFY_BIT = 1;
const RUSH_BIT = 2;
const CHERRY_BIT = 4;
const PRESSURE_BIT = 8;
const TIMING_BIT = 16;
const HOLD_BIT = 32;

/** A copy with a fixed property layout, so the hot loop's property reads stay monomorphic. */
function fixedShape(m: ModelConstants): ModelConstants {
  return { ...m };
}

/** Bytes of per-staff state a chunk keeps between periods. */
export function chunkBytesPerStaff(ratchetCount: number): number {
  return 1 + 8 * 4 + 8 * 8 + 8 * ratchetCount;
}

export class Chunk {
  readonly start: number;
  readonly end: number;
  private readonly pop: Population;
  private readonly bindings: Bindings;
  private readonly rewards: Float64Array;
  private readonly bands: RewardBands;
  /** The expected reward of a score over outcomeNoise, tabulated (hope.ts smoothTable); null: computed exactly. */
  private readonly smooth: SmoothTable | null;
  private readonly ratchets: Indicator[];
  private readonly normWorth: number;
  private readonly k: ModelConstants;
  /** Per run, from the model constants: moral costs by type × candidate, per false record by type, foresight by type. */
  private readonly moral: Float64Array;
  /** The logit's size correction of each candidate (choice.ts familyCorrection). */
  private readonly size: Float64Array;
  private readonly falseCost: Float64Array;
  private readonly foresight: Float64Array;
  /** The candidates each type weighs under this scheme. */
  private readonly allowed: readonly Uint8Array[];
  /** Does any metric read the survey (so pressing it changes a record)? */
  private readonly surveyRead: boolean;
  /** Which optional parts of an outcome some metric reads. */
  private readonly need: number;
  /** Whether falsifying rows are scored a second time, as an audit would find them. */
  private readonly rescore: boolean;
  private readonly catchP: number;
  /** ln(1 − catchP): a false record escapes every audit with probability e^(lnEscape). */
  private readonly lnEscape: number;
  /** Whether hopes are worked out at all (some band pays differently, or a ratchet). */
  private readonly hopes: boolean;
  // State between periods.
  private readonly carriedEasy: Float64Array;
  private readonly carriedHard: Float64Array;
  private readonly bankEasy: Float64Array;
  private readonly bankHard: Float64Array;
  private readonly debtEasy: Float64Array;
  private readonly debtHard: Float64Array;
  private readonly returned: Float64Array;
  /** The three queue arrays above, as carryOver writes them. */
  private readonly queue: Queue;
  private readonly morale: Float64Array;
  private readonly shifts: Record<string, Float64Array>;
  private readonly shiftsList: Float64Array[];
  // Per staff member of the block.
  private readonly sit: Situations = situations(BLOCK);
  private readonly supZ = new Float64Array(BLOCK);
  /** What the person expects their usual work to earn this period (percent of salary). */
  private readonly hope = new Float64Array(BLOCK);
  /** hash3(seed, staff, period) of each person: the key of all their draws this period. */
  private readonly drawKey = new Int32Array(BLOCK);
  /** Staff member j's candidate rows are firstRow[j] … firstRow[j + 1] − 1. */
  private readonly firstRow = new Int32Array(BLOCK + 1);
  private readonly chosen = new Uint8Array(BLOCK);
  // Candidate rows (staff-major, so one person's rows sit together) and their work rows.
  private readonly who = new Int32Array(K * BLOCK);
  private readonly candidate = new Uint8Array(K * BLOCK);
  private readonly workOf = new Int32Array(K * BLOCK);
  private readonly workWho = new Int32Array(MAX_PROFILES * BLOCK);
  private readonly workCandidate = new Uint8Array(MAX_PROFILES * BLOCK);
  private readonly work: Work = workTable(MAX_PROFILES * BLOCK);
  private readonly rows: Outcomes = outcomeTable(K * BLOCK);
  private readonly rowColumns: SchemeColumns;
  /** False records (closures and times) of each row: what an audit can find. */
  private readonly falseCount = new Float64Array(K * BLOCK);
  /** The moral cost of each row's false records, by its owner's type (choice.ts falseRecordCost). */
  private readonly falseMoral = new Float64Array(K * BLOCK);
  /** Probability that an audit finds at least one of the row's false records. */
  private readonly pCaught = new Float64Array(K * BLOCK);
  private readonly reward1 = new Float64Array(K * BLOCK);
  private readonly future = new Float64Array(K * BLOCK);
  private readonly utility = new Float64Array(K * BLOCK);
  private readonly weights = new Float64Array(K * BLOCK);
  /** Where each kind of row's scores are written, block after block (no allocation per call). */
  private readonly firstOut = scoreBuffers(K * BLOCK);
  private readonly caughtOut: ScoreColumnsResult;
  private readonly probeOut = scoreBuffers(PROBES * BLOCK);
  private readonly laterOut: ScoreColumnsResult;
  private readonly ownOut = scoreBuffers(BLOCK);
  // One row per person (j is row j): the choice realised.
  private readonly self = Int32Array.from({ length: BLOCK }, (_, j) => j);
  private readonly ownCandidate = new Uint8Array(BLOCK);
  private readonly ownWork: Work = workTable(BLOCK);
  private readonly own: Outcomes = outcomeTable(BLOCK);
  private readonly ownColumns: SchemeColumns;
  // Probes: each person's usual work (steady, honest) at bad and good luck (row PROBES·j + q).
  private readonly probeCandidate = new Uint8Array(PROBES * BLOCK).fill(STEADY);
  private readonly probeUnits = new Float64Array(PROBES * BLOCK);
  private readonly probeSit: Situations = situations(PROBES * BLOCK);
  private readonly probeWork: Work = workTable(PROBES * BLOCK);
  private readonly probe: Outcomes = outcomeTable(PROBES * BLOCK);
  private readonly probeColumns: SchemeColumns;
  private readonly probeShifts: Record<string, Float64Array>;
  // Rows with false records again, with the failures an audit would record (`caughtOf`: their row).
  private readonly caught: MetricColumns;
  private readonly caughtSources: Float64Array[];
  private readonly caughtShifts: Record<string, Float64Array>;
  private readonly caughtShiftList: Float64Array[];
  /** The rows with false records, ascending (candidateRows): the only ones an audit can catch. */
  private readonly caughtOf = new Int32Array(FALSIFYING * BLOCK);
  private falseRows = 0;
  /** Where each type's falsifying candidates are among its rows. */
  private readonly falsifyingAt: readonly Uint8Array[];
  // Ratchet: shifts per row now and after the row's outcome; the probes under those shifts.
  private readonly rowShifts: Record<string, Float64Array>;
  private readonly rowShiftList: Float64Array[];
  private readonly candidateValues: Record<string, Float64Array>;
  private readonly later: MetricColumns;
  private readonly laterShifts: Record<string, Float64Array>;
  private readonly laterOf: Int32Array;
  /**
   * Goals as reference points (docs/model.md §3, "Goal shortfall"): each scored indicator's share of the
   * score, its points on every candidate row, and what falling wholly short of every target
   * weighs (goalStake × the range of the scheme's rewards; 0 when nothing is paid).
   */
  private readonly goalShares: Float64Array;
  private readonly goalList: Float64Array[];
  private readonly goalWeight: number;
  /** What the candidate rows' scoring writes besides scores: ratchet values, goal points. */
  private readonly firstOptions: ScoreColumnsOptions;

  constructor(
    scheme: Scheme,
    private readonly compiled: CompiledScheme,
    private readonly p: SimulationParams,
    start: number,
    end: number,
  ) {
    this.start = start;
    this.end = end;
    const n = end - start;
    this.pop = makePopulation(p, start, end);
    this.bindings = bind(scheme.metrics);
    this.rewards = ratingRewards(scheme, compiled);
    this.bands = rewardBands(scheme, compiled);
    this.smooth = this.bands.spread ? smoothTable(this.bands, p.model.outcomeNoise) : null;
    this.ratchets = scheme.indicators.filter((i) => i.ratchet > 0 && i.steps.length === 0 && i.floor !== null && i.target !== null);
    const k = p.model;
    this.k = fixedShape(k);
    this.moral = moralTable(k);
    this.size = familyCorrection(k);
    this.falseCost = falseRecordCosts(k);
    this.foresight = foresight(k);
    this.allowed = allowedUnder(
      this.bindings.openings,
      this.ratchets.length > 0 || holdingBackCanPay(scheme, compiled, this.bindings, this.rewards, this.bands, k, p.hard),
    );
    this.falsifyingAt = this.allowed.map((list) => Uint8Array.from(Array.from(list.keys()).filter((a) => FALSIFIES[list[a]!])));
    this.surveyRead = this.bindings.openings.survey;
    this.normWorth = k.caseload * (1 - p.hard + p.hard * k.hardValue);
    const catchP = this.bindings.catchProbability;
    this.catchP = catchP;
    this.lnEscape = catchP > 0 && catchP < 1 ? Math.log(1 - catchP) : catchP >= 1 ? -Infinity : 0;
    this.rescore = this.bindings.auditObserved && catchP > 0 && FALSIFYING > 0;
    this.hopes = this.bands.spread || this.ratchets.length > 0;

    this.carriedEasy = new Float64Array(n).fill(k.startBacklog * k.caseload * (1 - p.hard));
    this.carriedHard = new Float64Array(n).fill(k.startBacklog * k.caseload * p.hard * 2);
    this.bankEasy = new Float64Array(n);
    this.bankHard = new Float64Array(n);
    this.debtEasy = new Float64Array(n);
    this.debtHard = new Float64Array(n);
    this.returned = new Float64Array(n);
    this.queue = { carriedEasy: this.carriedEasy, carriedHard: this.carriedHard, returned: this.returned };
    this.morale = Float64Array.from(this.pop.moraleStart);
    this.shifts = Object.fromEntries(this.ratchets.map((i) => [i.name, new Float64Array(n)]));
    this.shiftsList = this.ratchets.map((i) => this.shifts[i.name]!);

    const outcomes = this.bindings.list.flatMap((b) => (b.kind === "outcome" ? [b] : []));
    this.need = outcomes.reduce((need, b) => need | needOf(b.column), 0);
    this.rowColumns = new SchemeColumns(compiled, this.bindings, this.rows, K * BLOCK);
    this.ownColumns = new SchemeColumns(compiled, this.bindings, this.own, BLOCK);
    this.probeColumns = new SchemeColumns(compiled, this.bindings, this.probe, this.hopes ? PROBES * BLOCK : 0);
    this.probeShifts = Object.fromEntries(this.ratchets.map((i) => [i.name, new Float64Array(PROBES * BLOCK)]));

    const caughtRows = this.rescore ? FALSIFYING * BLOCK : 0;
    this.caught = new MetricColumns(compiled, this.bindings, caughtRows);
    this.caughtSources = outcomes.map((b) => this.rowColumns.byName[b.metric]!);
    this.caughtShifts = Object.fromEntries(this.ratchets.map((i) => [i.name, new Float64Array(caughtRows)]));
    this.caughtShiftList = this.ratchets.map((i) => this.caughtShifts[i.name]!);
    this.caughtOut = scoreBuffers(caughtRows);

    const ratchetRows = this.ratchets.length > 0 ? K * BLOCK : 0;
    this.rowShifts = Object.fromEntries(this.ratchets.map((i) => [i.name, new Float64Array(ratchetRows)]));
    this.rowShiftList = this.ratchets.map((i) => this.rowShifts[i.name]!);
    this.candidateValues = Object.fromEntries(this.ratchets.map((i) => [i.name, new Float64Array(ratchetRows)]));
    this.later = new MetricColumns(compiled, this.bindings, PROBES * ratchetRows);
    this.laterShifts = Object.fromEntries(this.ratchets.map((i) => [i.name, new Float64Array(PROBES * ratchetRows)]));
    this.laterOf = new Int32Array(ratchetRows);
    this.laterOut = scoreBuffers(PROBES * ratchetRows);
    // The stake follows the rewards, so a scheme that pays nothing sets no goal anyone minds.
    const goals = scheme.indicators.filter((i) => i.effectiveWeight > 0);
    this.goalWeight = goals.length > 0 && this.bands.spread ? k.goalStake * (this.bands.best - this.bands.worst) : 0;
    this.goalShares = Float64Array.from(goals, (i) => i.effectiveWeight);
    const goalPoints = Object.fromEntries(goals.map((i) => [i.name, new Float64Array(this.goalWeight > 0 ? K * BLOCK : 0)]));
    this.goalList = goals.map((i) => goalPoints[i.name]!);
    this.firstOptions = {
      ...(this.ratchets.length > 0 ? { shifts: this.rowShifts, indicatorValues: this.candidateValues } : {}),
      ...(this.goalWeight > 0 ? { indicatorPoints: goalPoints } : {}),
      into: this.firstOut,
    };
  }

  get notes(): readonly string[] {
    return this.bindings.notes;
  }

  /** Simulates period `period` (0-based) and writes this chunk's staff into `out`. */
  step(period: number, out: PeriodBuffers): void {
    if (period === 0) for (let b0 = this.start; b0 < this.end; b0 += BLOCK) this.settle(b0, Math.min(this.end, b0 + BLOCK));
    for (let b0 = this.start; b0 < this.end; b0 += BLOCK) this.block(period, b0, Math.min(this.end, b0 + BLOCK), out);
  }

  /**
   * The world before the scheme (docs/model.md §1): `settlePeriods` periods of everyone's usual
   * work (steady effort, no gaming), from the uniform starting backlog, so each person's queue
   * starts period 1 where their own work leaves it: the able with little, the less able with
   * more. Without it every figure of the first period (a sixth of a 6-period run) answers to a
   * backlog no one would have: at an 80% on-time target of closures two in three staff gamed
   * in period 1, setting aside cases late only because everyone starts late. The queues depend
   * on ability and luck, not on the scheme, so two schemes compared start from the same world.
   * These periods draw their own luck (draw 0, −1, …), so the periods reported draw as before;
   * morale does not move (no scheme yet). Steady work records nothing false and borrows or keeps
   * back nothing, so only the work and the queue it leaves are worked out (no report, no hopes).
   */
  private settle(g0: number, g1: number): void {
    const m = g1 - g0;
    const l0 = g0 - this.start;
    const periods = Math.round(this.k.settlePeriods);
    this.ownCandidate.fill(STEADY, 0, m);
    for (let w = 0; w < periods; w++) {
      this.drawLuck(-1 - w, g0, m, false);
      work(this.sit, this.sit.units, this.self, this.ownCandidate, m, this.k, this.p.hard, this.need, this.ownWork);
      for (let j = 0; j < m; j++) carryOver(this.ownWork, j, 0, 0, 0, this.k, this.queue, l0 + j);
    }
  }

  private block(period: number, g0: number, g1: number, out: PeriodBuffers): void {
    const m = g1 - g0;
    const l0 = g0 - this.start;
    this.drawLuck(period, g0, m);
    const rows = this.candidateRows(l0, m);
    const caughtRows = this.rescore ? this.caughtRows(l0) : 0;
    const hasRatchet = this.ratchets.length > 0;
    const first = score(this.compiled, this.rowColumns.byName, rows, this.firstOptions);
    // Becker: if an audit finds the falsification, the scheme scores the failures it records.
    if (caughtRows > 0) {
      const caught = score(
        this.compiled,
        this.caught.byName,
        caughtRows,
        hasRatchet ? { shifts: this.caughtShifts, into: this.caughtOut } : { into: this.caughtOut },
      );
      for (let r = 0; r < caughtRows; r++) this.reward1[this.caughtOf[r]!] = this.rewards[caught.rating[r]!]!;
    }
    this.future.fill(0, 0, rows);
    if (this.hopes) this.expect(l0, m);
    if (hasRatchet) this.ratchetCost(period, rows);
    this.weigh(l0, m, first.score, first.rating);
    this.realise(g0, g1, out);
  }

  /** The period's luck, known to the staff member before choosing, and their situation. */
  private drawLuck(period: number, g0: number, m: number, hopes = this.hopes): void {
    const p = this.p;
    const k = this.k;
    const s = this.sit;
    const l0 = g0 - this.start;
    const draw = period + 1;
    const luckShare = Math.sqrt(p.luck);
    const skillShare = Math.sqrt(1 - p.luck);
    for (let j = 0; j < m; j++) {
      const i = g0 + j;
      const l = l0 + j;
      // Every draw of this person this period shares (seed, staff, period).
      const key = hash3(p.seed, i, draw);
      this.drawKey[j] = key;
      const zLuck = normalAt(key, STREAM.luck);
      const skill = skillShare * this.pop.abilityZ[l]!;
      const moraleFactor = k.capacity * (1 - k.moraleThroughput + k.moraleThroughput * this.morale[l]!);
      s.units[j] = moraleFactor * Math.max(0.2, 1 + k.abilitySpread * (skill + luckShare * zLuck));
      if (hopes) {
        for (let q = 0; q < PROBES; q++)
          this.probeUnits[PROBES * j + q] = moraleFactor * Math.max(0.2, 1 + k.abilitySpread * (skill + luckShare * PROBE_Z[q]!));
      }
      const h = p.hard * (1 + k.hardMixLuck * luckShare * normalAt(key, STREAM.hardMix));
      // Busy and quiet months: the cases received vary with luck, so a share of cases received
      // is not a count in disguise and a count target above the usual inflow is reached by some.
      const inflow = k.caseload * Math.max(0.5, 1 + k.inflowSpread * luckShare * normalAt(key, STREAM.inflow));
      const newHard = inflow * Math.min(1, Math.max(0, h));
      s.newHard[j] = newHard;
      s.newEasy[j] = inflow - newHard;
      s.surveyNoise[j] = k.satisfactionNoise * luckShare * normalAt(key, STREAM.survey);
      const z = normalAt(key, STREAM.supervisor);
      this.supZ[j] = z;
      s.supervisorNoise[j] = k.supervisorNoise * z;
      s.carriedEasy[j] = this.carriedEasy[l]!;
      s.carriedHard[j] = this.carriedHard[l]!;
      s.bankEasy[j] = this.bankEasy[l]!;
      s.bankHard[j] = this.bankHard[l]!;
      s.debtEasy[j] = this.debtEasy[l]!;
      s.debtHard[j] = this.debtHard[l]!;
      s.returned[j] = this.returned[l]!;
    }
  }

  /**
   * One row per candidate each staff member of the block weighs, worked out in the row tables:
   * the metric columns, true value and false records. Returns the number of rows.
   */
  private candidateRows(l0: number, m: number): number {
    const catchP = this.catchP;
    const lnEscape = this.lnEscape;
    const nRatchets = this.ratchets.length;
    const { who, candidate, workOf, workWho, workCandidate, firstRow, falseCount, falseMoral, pCaught, falseCost } = this;
    const typeOf = this.pop.type;
    let row = 0;
    let workRow = 0;
    for (let j = 0; j < m; j++) {
      const type = typeOf[l0 + j]!;
      const allowed = this.allowed[type]!;
      const profiles = PROFILES[type]!;
      const typeAt = type * K;
      firstRow[j] = row;
      for (let a = 0; a < allowed.length; a++) {
        const c = allowed[a]!;
        who[row + a] = j;
        candidate[row + a] = c;
        workOf[row + a] = workRow + WORK_SLOT[typeAt + c]!;
      }
      for (let a = 0; a < profiles.length; a++) {
        workWho[workRow + a] = j;
        workCandidate[workRow + a] = profiles[a]!;
      }
      for (let r = 0; r < nRatchets; r++) this.rowShiftList[r]!.fill(this.shiftsList[r]![l0 + j]!, row, row + allowed.length);
      row += allowed.length;
      workRow += profiles.length;
    }
    firstRow[m] = row;
    const k = this.k;
    const hard = this.p.hard;
    work(this.sit, this.sit.units, workWho, workCandidate, workRow, k, hard, this.need, this.work);
    report(this.sit, who, candidate, workOf, row, k, hard, this.need, this.work, this.rows);
    this.rowColumns.supervise(row, who, this.supZ, k);
    // Only a falsifying candidate makes false records (world.ts: the others falsify and
    // backdate nothing), so the others' rows are skipped.
    falseCount.fill(0, 0, row);
    const { falseEasy, falseHard, falseTimes } = this.rows;
    const caughtOf = this.caughtOf;
    let n = 0;
    // Rows of a falsifying ladder that has run out of open cases make the same false records.
    let lastF = NaN;
    let lastP = 0;
    for (let j = 0; j < m; j++) {
      const type = typeOf[l0 + j]!;
      const at = this.falsifyingAt[type]!;
      const perRecord = falseCost[type]!;
      const first = firstRow[j]!;
      let lastClosures = NaN;
      let lastTimes = NaN;
      let lastMoral = 0;
      for (let a = 0; a < at.length; a++) {
        const r = first + at[a]!;
        const closures = falseEasy[r]! + falseHard[r]!;
        const times = falseTimes[r]!;
        const f = closures + times;
        if (!(f > 0)) continue;
        falseCount[r] = f;
        if (closures !== lastClosures || times !== lastTimes) {
          lastMoral = falseRecordCost(perRecord, closures, times, k);
          lastClosures = closures;
          lastTimes = times;
        }
        falseMoral[r] = lastMoral;
        if (f !== lastF) {
          lastP = catchP > 0 ? 1 - expDet(f * lnEscape) : 0;
          lastF = f;
        }
        pCaught[r] = lastP;
        caughtOf[n++] = r;
      }
    }
    this.falseRows = n;
    return row;
  }

  /**
   * The rows with false records again, in the caught columns, with the failures an audit would
   * record if it found any (the expected number, given that it finds at least one). Returns
   * their count.
   */
  private caughtRows(l0: number): number {
    const caught = this.caught;
    const nRatchets = this.ratchets.length;
    const { pCaught, falseCount, caughtOf, who } = this;
    const catchP = this.catchP;
    const n = this.falseRows;
    for (let x = 0; x < n; x++) {
      const row = caughtOf[x]!;
      const pAny = pCaught[row]!;
      caught.setAudit(x, pAny > 0 ? (catchP * falseCount[row]!) / pAny : 0);
      for (let r = 0; r < nRatchets; r++) this.caughtShiftList[r]![x] = this.shiftsList[r]![l0 + who[row]!]!;
    }
    // Column by column: each loop reads one source column.
    const { flat, outcome } = caught;
    for (let b = 0; b < outcome.length; b++) {
      const at = outcome[b]!;
      const source = this.caughtSources[b]!;
      for (let x = 0; x < n; x++) flat[at + x] = source[caughtOf[x]!]!;
    }
    return n;
  }

  /**
   * Each person's hope: the expected reward of their usual work (steady, honest) over the luck
   * of an ordinary period, from two probes at one standard deviation of bad and good luck.
   */
  private expect(l0: number, m: number): void {
    const k = this.k;
    const p = this.p;
    const ps = this.probeSit;
    const s = this.sit;
    // The probes start from the person's own situation this period.
    for (let j = 0; j < m; j++) {
      for (let q = 0; q < PROBES; q++) {
        const x = PROBES * j + q;
        ps.newEasy[x] = s.newEasy[j]!;
        ps.newHard[x] = s.newHard[j]!;
        ps.carriedEasy[x] = s.carriedEasy[j]!;
        ps.carriedHard[x] = s.carriedHard[j]!;
        ps.bankEasy[x] = s.bankEasy[j]!;
        ps.bankHard[x] = s.bankHard[j]!;
        ps.debtEasy[x] = s.debtEasy[j]!;
        ps.debtHard[x] = s.debtHard[j]!;
        ps.returned[x] = s.returned[j]!;
        ps.surveyNoise[x] = 0;
        ps.supervisorNoise[x] = 0;
      }
    }
    const n = PROBES * m;
    work(ps, this.probeUnits, IDENTITY, this.probeCandidate, n, k, p.hard, this.need, this.probeWork);
    report(ps, IDENTITY, this.probeCandidate, IDENTITY, n, k, p.hard, this.need, this.probeWork, this.probe);
    this.probeColumns.supervise(n, IDENTITY, ZEROS, k);
    for (let r = 0; r < this.ratchets.length; r++) {
      const ind = this.ratchets[r]!;
      const now = this.shifts[ind.name]!;
      const at = this.probeShifts[ind.name]!;
      for (let j = 0; j < m; j++) for (let q = 0; q < PROBES; q++) at[PROBES * j + q] = now[l0 + j]!;
    }
    const res = score(
      this.compiled,
      this.probeColumns.byName,
      n,
      this.ratchets.length > 0 ? { shifts: this.probeShifts, into: this.probeOut } : { into: this.probeOut },
    );
    for (let j = 0; j < m; j++) this.hope[j] = expectedReward(this.bands, res.score[PROBES * j]!, res.score[PROBES * j + 1]!, k.hopeSpread);
  }

  /**
   * Weitzman: over-achieving now raises every later target by the ratchet. The cost of a row is
   * the expected reward of the person's usual work lost against the raised target, over the
   * luck of an ordinary period, summed over the periods left (discounted).
   */
  private ratchetCost(period: number, rows: number): void {
    const p = this.p;
    const k = this.k;
    let horizon = 0;
    for (let h = 1, d = k.discount; h < p.periods - period; h++, d *= k.discount) horizon += d;
    if (horizon <= 0) return;
    const later = this.later;
    const nR = this.ratchets.length;
    let n = 0;
    for (let row = 0; row < rows; row++) {
      const j = this.who[row]!;
      let moved = false;
      for (let r = 0; r < nR; r++) {
        const ind = this.ratchets[r]!;
        const now = this.rowShiftList[r]![row]!;
        const next = ratchetShift(ind, now, this.candidateValues[ind.name]![row]!);
        if (next !== now) moved = true;
        for (let q = 0; q < PROBES; q++) this.laterShifts[ind.name]![PROBES * n + q] = next;
      }
      if (!moved) continue;
      for (let b = 0; b < later.outcome.length; b++) {
        const from = this.probe[later.outcomeOf[b]!];
        for (let q = 0; q < PROBES; q++) later.flat[later.outcome[b]! + PROBES * n + q] = from[PROBES * j + q]!;
      }
      this.laterOf[n++] = row;
    }
    if (n === 0) return;
    const res = score(this.compiled, later.byName, PROBES * n, { shifts: this.laterShifts, into: this.laterOut });
    for (let x = 0; x < n; x++) {
      const row = this.laterOf[x]!;
      const after = expectedReward(this.bands, res.score[PROBES * x]!, res.score[PROBES * x + 1]!, k.hopeSpread);
      const lost = this.hope[this.who[row]!]! - after;
      if (lost > 0) this.future[row] = horizon * lost;
    }
  }

  /** Utility of every row, in percent of salary (docs/model.md §3), and its logit weight. */
  private weigh(l0: number, m: number, score: Float64Array, rating: Uint8Array): void {
    const k = this.k;
    const catchP = this.catchP;
    const rescored = this.rescore;
    const trueValue = this.rows.trueValue;
    const sanction = this.p.sanction * 100;
    const { candidate, reward1, falseCount, falseMoral, pCaught, future, utility, rewards, firstRow, moral, size } = this;
    const moraleEffort = k.moraleEffort;
    const bands = this.bands;
    const smooth = bands.spread && k.outcomeNoise > 0;
    const table = this.smooth;
    const noise = k.outcomeNoise;
    const { mins, steps, base } = bands;
    const nBands = mins.length;
    const goalW = this.goalWeight;
    const { goalList, goalShares } = this;
    const goalN = goalList.length;
    const curve = k.goalCurve;
    const goalScale = goalW * (1 + curve);
    for (let j = 0; j < m; j++) {
      const l = l0 + j;
      const type = this.pop.type[l]!;
      const mor = this.morale[l]!;
      const risk = 1 + this.pop.risk[l]!;
      const foresight = this.foresight[type]!;
      const heart = 1 - moraleEffort + moraleEffort * mor;
      const feel = conscience(mor, k);
      const care = (k.intrinsic * this.pop.motivation[l]! * heart) / this.normWorth;
      const effortScale = k.effortCost / heart;
      const from = firstRow[j]!;
      const to = firstRow[j + 1]!;
      for (let row = from; row < to; row++) {
        const c = candidate[row]!;
        // Where the rating is the band its score falls in (no gate moved it), the reward is
        // expected over the little a person cannot foresee of their score.
        const s = score[row]!;
        let r0 = rewards[rating[row]!]!;
        if (smooth && !Number.isNaN(s)) {
          // bandReward of hope.ts, inlined: this loop runs for every row.
          let stepped = base;
          for (let b = 0; b < nBands; b++) if (s >= mins[b]!) stepped += steps[b]!;
          if (r0 === stepped) r0 = table === null ? smoothReward(bands, s, noise) : smoothAt(table, s);
        }
        // Falling short of a target weighs in itself, most over its last points (diminishing
        // sensitivity: s(1 + c) ÷ (s + c), 0 at the target, 1 at a whole shortfall). A
        // rational curve, not a logarithm: arithmetic alone, so every engine gives its bits.
        let goal = 0;
        if (goalW > 0) {
          for (let g = 0; g < goalN; g++) {
            const short = 1 - goalList[g]![row]! / 100;
            if (short > 0) goal += (goalShares[g]! * short) / (short + curve);
          }
          goal *= goalScale;
        }
        let expected = r0;
        let penalty = 0;
        const f = falseCount[row]!;
        if (f > 0) {
          penalty = feel * falseMoral[row]!;
          if (catchP > 0) {
            const pAny = pCaught[row]!;
            // Rescored rows earn reward1 when caught; otherwise being caught changes no rating.
            const r1 = rescored ? reward1[row]! : r0;
            expected = (1 - pAny) * r0 + pAny * r1;
            penalty += pAny * sanction * risk;
            // A target met by records the scheme then penalises was not met: the goal is lost.
            if (r1 < r0) goal = (1 - pAny) * goal + pAny * goalW;
          }
        }
        const e = EFFORT[c]!;
        utility[row] =
          -goal +
          expected -
          penalty -
          foresight * future[row]! -
          effortScale * e * e -
          feel * moral[type * K + c]! -
          size[c]! +
          care * trueValue[row]!;
      }
      logitWeights(utility, from, to, k.temperature, this.weights);
    }
  }

  /** Draws the choice, realises it (audits are the only chance left), scores and updates state. */
  private realise(g0: number, g1: number, out: PeriodBuffers): void {
    const p = this.p;
    const k = this.k;
    const m = g1 - g0;
    const l0 = g0 - this.start;
    for (let j = 0; j < m; j++) {
      const first = this.firstRow[j]!;
      const pick = logitDraw(this.weights, first, this.firstRow[j + 1]! - first, uniformAt(this.drawKey[j]!, STREAM.choice));
      this.chosen[j] = pick;
      this.ownCandidate[j] = this.candidate[first + pick]!;
    }
    const own = this.own;
    const ownWork = this.ownWork;
    work(this.sit, this.sit.units, this.self, this.ownCandidate, m, k, p.hard, this.need, ownWork);
    report(this.sit, this.self, this.ownCandidate, this.self, m, k, p.hard, this.need | NEED_STATE, ownWork, own);
    this.ownColumns.supervise(m, this.self, this.supZ, k);
    const wd = ownWork.data;
    for (let j = 0; j < m; j++) {
      const i = g0 + j;
      const c = this.ownCandidate[j]!;
      const o = j * WORK_FIELDS;
      const rushed = wd[o + WORK_AT.rushed]!;
      const deferred = wd[o + WORK_AT.deferred]!;
      const f = own.falseEasy[j]! + own.falseHard[j]!;
      const ft = own.falseTimes[j]!;
      const caught = f + ft > 0 ? catches(this.drawKey[j]!, f + ft, this.catchP) : 0;
      this.ownColumns.setAudit(j, caught);
      out.trueValue[i] = own.trueValue[j]!;
      // Gaming is what changed a record or the work, not which candidate was drawn.
      const borrowed = own.borrowEasy[j]! + own.borrowHard[j]!;
      const withheld = own.withheldEasy[j]! + own.withheldHard[j]!;
      const bits = BITS[c]!;
      out.gaming[i] =
        (f + ft > EPS ? FALSIFY_BIT : 0) |
        (rushed > EPS ? RUSH_BIT : 0) |
        (deferred > EPS ? CHERRY_BIT : 0) |
        (bits & PRESSURE_BIT && this.surveyRead ? PRESSURE_BIT : 0) |
        (borrowed > EPS ? TIMING_BIT : 0) |
        (withheld > EPS ? HOLD_BIT : 0);
      out.reported[i] = own.closedSelf[j]!;
      out.falsified[i] = f;
      out.falseTimes[i] = ft;
      out.rushed[i] = rushed;
      out.deferred[i] = deferred;
      out.borrowed[i] = borrowed;
      out.withheld[i] = withheld;
      out.caught[i] = caught;
      out.hardOpen[i] = wd[o + WORK_AT.openHard]!;
      out.effort[i] = EFFORT[c]!;
      out.abandoned[i] = this.advance(l0 + j, j, caught);
    }
    const values: Record<string, Float64Array> = Object.create(null);
    const points: Record<string, Float64Array> = Object.create(null);
    for (const name of Object.keys(out.indicatorValues)) {
      values[name] = out.indicatorValues[name]!.subarray(g0, g1);
      points[name] = out.indicatorPoints[name]!.subarray(g0, g1);
    }
    const res = score(this.compiled, this.ownColumns.byName, m, {
      shifts: this.shiftViews(l0, m),
      indicatorValues: values,
      indicatorPoints: points,
      into: this.ownOut,
    });
    out.score.set(res.score.subarray(0, m), g0);
    out.rating.set(res.rating.subarray(0, m), g0);

    const best = this.bands.best;
    const hopes = this.hopes && this.bands.spread;
    for (let j = 0; j < m; j++) {
      const l = l0 + j;
      for (const ind of this.ratchets) {
        const v = values[ind.name]!;
        const s = this.shifts[ind.name]!;
        s[l] = ratchetShift(ind, s[l]!, v[j]!);
      }
      // Morale settles where the expected shortfall from the best reward puts it (docs/model.md §6).
      const hope = this.hope[j]!;
      const shortfall = hopes && !Number.isNaN(hope) && hope < best ? best - hope : 0;
      const settled = k.moraleCeiling / (1 + k.moraleSensitivity * shortfall);
      let mor = this.morale[l]!;
      mor += k.moraleRate * (settled - mor);
      this.morale[l] = mor < 0 ? 0 : mor > 1 ? 1 : mor;
      out.morale[g0 + j] = this.morale[l]!;
    }
  }

  /**
   * Carries person j's realised period (row j of the own tables) into their next period
   * (world.ts, carryOver), with what they borrowed or kept back. Returns the cases abandoned.
   */
  private advance(l: number, j: number, caught: number): number {
    const o = this.own;
    this.bankEasy[l] = o.withheldEasy[j]!;
    this.bankHard[l] = o.withheldHard[j]!;
    this.debtEasy[l] = o.borrowEasy[j]!;
    this.debtHard[l] = o.borrowHard[j]!;
    return carryOver(this.ownWork, j, o.falseEasy[j]!, o.falseHard[j]!, caught, this.k, this.queue, l);
  }

  private shiftViews(l0: number, m: number): Record<string, Float64Array> {
    return Object.fromEntries(this.ratchets.map((i) => [i.name, this.shifts[i.name]!.subarray(l0, l0 + m)]));
  }
}

function scoreBuffers(n: number): ScoreColumnsResult {
  return { score: new Float64Array(n), rating: new Uint8Array(n) };
}

/** Row x is person x: the probes' own situations are indexed by probe row. */
const IDENTITY = Int32Array.from({ length: PROBES * BLOCK }, (_, x) => x);
/** No supervisor's mood in a person's hopes (hopeSpread stands for it). */
const ZEROS = new Float64Array(PROBES * BLOCK);

/**
 * The scheme's scoreColumns, called through `call`. Every run compiles a new scorer; a direct
 * call would let the engine bet on the previous run's and deoptimise the whole block loop when
 * the next run calls another (a slow first run after every edit in the playground).
 */
function score(
  compiled: CompiledScheme,
  columns: Record<string, Float64Array>,
  n: number,
  options: ScoreColumnsOptions,
): ScoreColumnsResult {
  return compiled.scoreColumns.call(compiled, columns, n, options);
}

/**
 * Falsified closures an audit finds: binomial(f, p), exact for small counts. `key`: the staff
 * member's draws this period, hash3(seed, staff, period).
 */
function catches(key: number, f: number, p: number): number {
  if (p <= 0) return 0;
  const whole = Math.floor(f);
  const count = whole + (uniformAt(key, STREAM.audit) < f - whole ? 1 : 0);
  if (count <= 64) {
    let hits = 0;
    for (let r = 0; r < count; r++) if (uniformAt(key, 100 + r) < p) hits++;
    return hits;
  }
  const mean = count * p;
  const z = normalAt(key, 99);
  return Math.min(count, Math.max(0, Math.round(mean + Math.sqrt(mean * (1 - p)) * z)));
}

/** The optional parts of an outcome that a metric reading `column` needs. */
function needOf(column: OutcomeColumn): number {
  const truth = column.endsWith("Truth") ? NEED_TRUTH : 0;
  if (column === "received") return NEED_RECEIVED;
  if (column === "closedSystem") return NEED_CLOSED_SYSTEM;
  if (column === "onTimeSystem") return NEED_ON_TIME_SYSTEM;
  if (column === "reopenedSystem") return NEED_REOPENED_SYSTEM;
  if (column === "reopenedSelf") return NEED_REOPENED_SELF;
  if (column.startsWith("days")) return NEED_DAYS | truth;
  if (column.startsWith("satisfaction")) return NEED_SATISFACTION | truth;
  if (column.startsWith("supervisor")) return NEED_SUPERVISOR | truth;
  if (column.startsWith("hard")) return NEED_HARD | truth;
  if (column.startsWith("backlog")) return NEED_BACKLOG | truth;
  if (column.startsWith("value")) return NEED_VALUE | truth;
  return truth;
}
