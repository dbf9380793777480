/**
 * One contiguous range of staff, simulated period by period. This is the hot loop: typed arrays
 * only, the scheme consulted solely through `scoreColumns`. A chunk's results depend on nothing
 * outside its own staff (quotas are applied by the parent), so any split gives the same bytes.
 */
import type { CompiledScheme, Indicator, Scheme } from "@goodhart/dsl";
import { CANDIDATES, gamingBits } from "./candidates.ts";
import { FORESIGHT, MORAL, logitChoice } from "./choice.ts";
import { bind, type Bindings } from "./observables.ts";
import type { ModelConstants, SimulationParams } from "./params.ts";
import { makePopulation, type Population } from "./population.ts";
import { expDet, normal, uniform, STREAM } from "./rng.ts";
import { NEED_DAYS, NEED_SATISFACTION, NEED_SUPERVISOR, O, outcome, type Situation } from "./world.ts";
import type { PeriodBuffers } from "./buffers.ts";

/** Staff per inner block: large enough to amortise a scoreColumns call, small enough for cache. */
export const BLOCK = 4096;
const K = CANDIDATES.length;
const BITS = CANDIDATES.map(gamingBits);
/** The usual way of working, against which a ratchet's future cost is judged. */
const STEADY = CANDIDATES.findIndex((c) => c.name === "steady");
const EFFORT = Float64Array.from(CANDIDATES.map((c) => c.effort));
/** Falsifying candidates are contiguous, so their rows can be rescored as one slice. */
const FALSIFY_FROM = CANDIDATES.findIndex((c) => c.falsify > 0);
const FALSIFY_TO = FALSIFY_FROM < 0 ? -1 : FALSIFY_FROM + CANDIDATES.filter((c) => c.falsify > 0).length;
if (FALSIFY_FROM >= 0 && CANDIDATES.slice(FALSIFY_FROM, FALSIFY_TO).some((c) => c.falsify === 0)) {
  throw new Error("candidates.ts: falsifying candidates must be listed together");
}

/** A copy with a fixed property layout, so the hot loop's property reads stay monomorphic. */
function fixedShape(m: ModelConstants): ModelConstants {
  return {
    caseload: m.caseload, hardTime: m.hardTime, hardValue: m.hardValue, caseValue: m.caseValue, capacity: m.capacity,
    abilitySpread: m.abilitySpread, rushDefects: m.rushDefects, baseDefects: m.baseDefects,
    defectsFound: m.defectsFound, complaints: m.complaints, effortCost: m.effortCost,
    intrinsic: m.intrinsic, temperature: m.temperature, discount: m.discount,
    caughtPenalty: m.caughtPenalty, moraleStart: m.moraleStart, moraleDrop: m.moraleDrop,
    moraleGain: m.moraleGain, leniency: m.leniency, supervisorNoise: m.supervisorNoise,
    pressureGain: m.pressureGain,
  };
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
  private readonly minReward: number;
  private readonly rewardSpread: boolean;
  private readonly ratchets: Indicator[];
  private readonly normWorth: number;
  // State between periods.
  private readonly carriedEasy: Float64Array;
  private readonly carriedHard: Float64Array;
  private readonly bankEasy: Float64Array;
  private readonly bankHard: Float64Array;
  private readonly debtEasy: Float64Array;
  private readonly debtHard: Float64Array;
  private readonly returned: Float64Array;
  private readonly morale: Float64Array;
  private readonly shifts: Record<string, Float64Array>;
  // Block scratch.
  private readonly columns: Record<string, Float64Array>;
  private readonly units = new Float64Array(BLOCK);
  private readonly usualUnits = new Float64Array(BLOCK);
  private readonly newHard = new Float64Array(BLOCK);
  private readonly surveyNoise = new Float64Array(BLOCK);
  private readonly supZ = new Float64Array(BLOCK);
  private readonly utility = new Float64Array(K * BLOCK);
  private readonly reward0 = new Float64Array(K * BLOCK);
  private readonly reward1 = new Float64Array(K * BLOCK);
  private readonly future = new Float64Array(K * BLOCK);
  private readonly outCols: Float64Array[];
  private readonly outIndex: Int32Array;
  private readonly outSupervisor: Uint8Array;
  private readonly auditCols: Float64Array[];
  private readonly steadyColumns: Record<string, Float64Array>;
  private readonly steadyCols: Float64Array[];
  private readonly steadyList: Float64Array[];
  private readonly usualColumns: Record<string, Float64Array>;
  private readonly usualList: Float64Array[];
  private readonly rowShifts: Record<string, Float64Array>;
  private readonly rowShiftList: Float64Array[];
  private readonly columnList: Float64Array[];
  private readonly caughtColumns: Record<string, Float64Array>;
  private readonly caughtColumnList: Float64Array[];
  private readonly caughtAuditCols: Float64Array[];
  private readonly caughtShifts: Record<string, Float64Array>;
  private readonly caughtShiftList: Float64Array[];
  private readonly shiftsList: Float64Array[];
  private readonly k: ModelConstants;
  /** Which optional parts of an outcome some metric reads. */
  private readonly need: number;
  private readonly scored = new Uint8Array(K * BLOCK);
  private readonly trueValue = new Float64Array(K * BLOCK);
  private readonly falseCount = new Float64Array(K * BLOCK);
  private readonly candidateValues: Record<string, Float64Array>;
  private readonly nextShifts: Record<string, Float64Array>;
  private readonly weights = new Float64Array(K);
  private readonly o = new Float64Array(O.size);
  private readonly s: Situation = {
    newEasy: 0, newHard: 0, carriedEasy: 0, carriedHard: 0, bankEasy: 0, bankHard: 0,
    debtEasy: 0, debtHard: 0, returned: 0, units: 0, surveyNoise: 0, supervisorNoise: 0,
  };

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
    const byName = new Map(scheme.ratings.map((r) => [r.name, r.reward * 100]));
    this.rewards = Float64Array.from(compiled.ratings.map((r) => byName.get(r) ?? 0));
    this.minReward = Math.min(...this.rewards);
    this.rewardSpread = Math.max(...this.rewards) > this.minReward;
    this.ratchets = scheme.indicators.filter((i) => i.ratchet > 0 && i.steps.length === 0 && i.floor !== null && i.target !== null);
    const k = p.model;
    this.normWorth = k.caseload * (1 - p.hard + p.hard * k.hardValue);
    this.carriedEasy = new Float64Array(n).fill(0.15 * k.caseload * (1 - p.hard));
    this.carriedHard = new Float64Array(n).fill(0.15 * k.caseload * p.hard * 2);
    this.bankEasy = new Float64Array(n);
    this.bankHard = new Float64Array(n);
    this.debtEasy = new Float64Array(n);
    this.debtHard = new Float64Array(n);
    this.returned = new Float64Array(n);
    this.morale = Float64Array.from(this.pop.moraleStart);
    this.shifts = Object.fromEntries(this.ratchets.map((i) => [i.name, new Float64Array(n)]));
    this.k = fixedShape(p.model);
    this.columns = Object.fromEntries(compiled.metrics.map((m) => [m, new Float64Array(K * BLOCK).fill(NaN)]));
    const outcomes = this.bindings.list.filter((b) => b.kind === "outcome");
    this.outCols = outcomes.map((b) => this.columns[b.metric]!);
    this.outIndex = Int32Array.from(outcomes.map((b) => b.index));
    this.outSupervisor = Uint8Array.from(outcomes.map((b) => (b.supervisor ? 1 : 0)));
    this.need = outcomes.reduce((need, b) => need | needOf(b.index), 0);
    this.auditCols = this.bindings.list.filter((b) => b.kind === "auditFailures").map((b) => this.columns[b.metric]!);
    for (const b of this.bindings.list) if (b.kind === "auditFailures") this.columns[b.metric]!.fill(0);
    const anyRatchet = this.ratchets.length > 0;
    this.steadyColumns = Object.fromEntries(
      compiled.metrics.map((name) => [name, anyRatchet ? new Float64Array(K * BLOCK).fill(NaN) : new Float64Array(0)]),
    );
    for (const b of this.bindings.list) if (anyRatchet && b.kind === "auditFailures") this.steadyColumns[b.metric]!.fill(0);
    this.steadyCols = outcomes.map((b) => this.steadyColumns[b.metric]!);
    this.steadyList = compiled.metrics.map((name) => this.steadyColumns[name]!);
    this.usualColumns = Object.fromEntries(compiled.metrics.map((name) => [name, new Float64Array(anyRatchet ? BLOCK : 0)]));
    this.usualList = compiled.metrics.map((name) => this.usualColumns[name]!);
    this.candidateValues = Object.fromEntries(this.ratchets.map((i) => [i.name, new Float64Array(K * BLOCK)]));
    this.nextShifts = Object.fromEntries(this.ratchets.map((i) => [i.name, new Float64Array(K * BLOCK)]));
    this.rowShifts = Object.fromEntries(this.ratchets.map((i) => [i.name, new Float64Array(K * BLOCK)]));
    this.rowShiftList = this.ratchets.map((i) => this.rowShifts[i.name]!);
    this.columnList = compiled.metrics.map((name) => this.columns[name]!);
    const falsifying = Math.max(0, FALSIFY_TO - FALSIFY_FROM) * BLOCK;
    this.caughtColumns = Object.fromEntries(compiled.metrics.map((name) => [name, new Float64Array(falsifying)]));
    this.caughtColumnList = compiled.metrics.map((name) => this.caughtColumns[name]!);
    this.caughtAuditCols = this.bindings.list.filter((b) => b.kind === "auditFailures").map((b) => this.caughtColumns[b.metric]!);
    this.caughtShifts = Object.fromEntries(this.ratchets.map((i) => [i.name, new Float64Array(falsifying)]));
    this.caughtShiftList = this.ratchets.map((i) => this.caughtShifts[i.name]!);
    this.shiftsList = this.ratchets.map((i) => this.shifts[i.name]!);
  }

  get notes(): readonly string[] {
    return this.bindings.notes;
  }

  /** Simulates period `period` (0-based) and writes this chunk's staff into `out`. */
  step(period: number, out: PeriodBuffers): void {
    for (let b0 = this.start; b0 < this.end; b0 += BLOCK) this.block(period, b0, Math.min(this.end, b0 + BLOCK), out);
  }

  private block(period: number, g0: number, g1: number, out: PeriodBuffers): void {
    const p = this.p;
    const k = this.k;
    const m = g1 - g0;
    const l0 = g0 - this.start;
    const draw = period + 1;
    const luckShare = Math.sqrt(p.luck);
    const skillShare = Math.sqrt(1 - p.luck);
    const rows = K * m;

    // The period's luck, known to the staff member before choosing.
    for (let j = 0; j < m; j++) {
      const i = g0 + j;
      const zLuck = normal(p.seed, i, draw, STREAM.luck);
      const perf = Math.max(0.2, 1 + k.abilitySpread * (skillShare * this.pop.abilityZ[l0 + j]! + luckShare * zLuck));
      this.units[j] = k.capacity * perf * (0.85 + 0.15 * this.morale[l0 + j]!);
      const usualPerf = Math.max(0.2, 1 + k.abilitySpread * skillShare * this.pop.abilityZ[l0 + j]!);
      this.usualUnits[j] = k.capacity * usualPerf * (0.85 + 0.15 * this.morale[l0 + j]!);
      const h = p.hard * (1 + 0.5 * luckShare * normal(p.seed, i, draw, STREAM.hardMix));
      this.newHard[j] = k.caseload * Math.min(1, Math.max(0, h));
      this.surveyNoise[j] = 0.06 * luckShare * normal(p.seed, i, draw, STREAM.survey);
      this.supZ[j] = normal(p.seed, i, draw, STREAM.supervisor);
    }

    // Every candidate of every staff member in this block: one row each, row = j * K + c
    // (staff-major, so one person's rows sit together in every array).
    const o = this.o;
    for (let j = 0; j < m; j++) {
      this.situation(l0 + j, j);
      const typeBase = this.pop.type[l0 + j]! * K;
      for (let c = 0; c < K; c++) {
        const row = j * K + c;
        // A way of working this type never considers needs no outcome (its row is ignored).
        if (MORAL[typeBase + c] === Infinity) {
          this.falseCount[row] = 0;
          continue;
        }
        outcome(this.s, CANDIDATES[c]!, k, p.hard, o, this.need);
        this.fill(row, j, o);
        this.trueValue[row] = o[O.trueValue]!;
        this.falseCount[row] = o[O.falseEasy]! + o[O.falseHard]!;
      }
      for (let r = 0; r < this.ratchets.length; r++) {
        const now = this.shiftsList[r]![l0 + j]!;
        const rowShift = this.rowShiftList[r]!;
        for (let c = 0; c < K; c++) rowShift[j * K + c] = now;
      }
    }
    const hasRatchet = this.ratchets.length > 0;
    const first = this.compiled.scoreColumns(this.columns, rows, hasRatchet ? { shifts: this.rowShifts, indicatorValues: this.candidateValues } : {});
    for (let row = 0; row < rows; row++) {
      this.reward0[row] = this.rewards[first.rating[row]!]!;
      this.scored[row] = Number.isNaN(first.score[row]!) ? 0 : 1;
    }

    // Becker: if an audit finds the falsification, the scheme scores the failures it records.
    const catchP = this.bindings.catchProbability;
    const lnEscape = catchP > 0 && catchP < 1 ? Math.log(1 - catchP) : catchP >= 1 ? -Infinity : 0;
    const caughtReward = this.reward1;
    caughtReward.set(this.reward0.subarray(0, rows));
    if (this.bindings.auditObserved && catchP > 0 && FALSIFY_TO > FALSIFY_FROM) {
      // Rescore only the falsifying rows, copied into a compact set of columns.
      const F = FALSIFY_TO - FALSIFY_FROM;
      const copy = (src: Float64Array, dst: Float64Array): void => {
        for (let j = 0; j < m; j++) {
          const s0 = j * K + FALSIFY_FROM;
          const d0 = j * F;
          for (let f = 0; f < F; f++) dst[d0 + f] = src[s0 + f]!;
        }
      };
      for (let mi = 0; mi < this.columnList.length; mi++) copy(this.columnList[mi]!, this.caughtColumnList[mi]!);
      for (let r = 0; r < this.ratchets.length; r++) copy(this.rowShiftList[r]!, this.caughtShiftList[r]!);
      for (let j = 0; j < m; j++) {
        for (let f = 0; f < F; f++) {
          const fc = this.falseCount[j * K + FALSIFY_FROM + f]!;
          const pAny = fc > 0 ? 1 - expDet(fc * lnEscape) : 0;
          const failures = pAny > 0 ? (catchP * fc) / pAny : 0;
          for (const col of this.caughtAuditCols) col[j * F + f] = failures;
        }
      }
      const caught = this.compiled.scoreColumns(this.caughtColumns, F * m, hasRatchet ? { shifts: this.caughtShifts } : {});
      for (let j = 0; j < m; j++) {
        for (let f = 0; f < F; f++) caughtReward[j * K + FALSIFY_FROM + f] = this.rewards[caught.rating[j * F + f]!]!;
      }
    }

    // Weitzman: over-achieving now raises every later target by the ratchet.
    let horizon = 0;
    for (let h = 1, d = k.discount; h < p.periods - period; h++, d *= k.discount) horizon += d;
    const future = this.future;
    future.fill(0, 0, rows);
    if (hasRatchet && horizon > 0) {
      for (let r = 0; r < this.ratchets.length; r++) {
        const ind = this.ratchets[r]!;
        const now = this.rowShiftList[r]!;
        const v = this.candidateValues[ind.name]!;
        const next = this.nextShifts[ind.name]!;
        for (let row = 0; row < rows; row++) next[row] = ratchetShift(ind, now[row]!, v[row]!);
      }
      // Judged on the staff member's usual output (steady work, average luck): a raised target
      // is a cost because an ordinary period will earn less against it.
      for (let j = 0; j < m; j++) {
        this.situation(l0 + j, j);
        this.s.units = this.usualUnits[j]!;
        outcome(this.s, CANDIDATES[STEADY]!, k, p.hard, o, this.need);
        for (let b = 0; b < this.outCols.length; b++) {
          const v = o[this.outIndex[b]!]!;
          const dst = this.steadyCols[b]!;
          for (let c = 0; c < K; c++) dst[j * K + c] = v;
        }
      }
      const later = this.compiled.scoreColumns(this.steadyColumns, rows, { shifts: this.nextShifts });
      // Against today's target the usual output earns the same whichever candidate is weighed:
      // one row per staff member (row j * K of the replicated columns) is enough.
      for (let mi = 0; mi < this.steadyList.length; mi++) {
        const src = this.steadyList[mi]!;
        const dst = this.usualList[mi]!;
        for (let j = 0; j < m; j++) dst[j] = src[j * K]!;
      }
      const usual = this.compiled.scoreColumns(this.usualColumns, m, { shifts: this.shiftViews(l0, m) });
      for (let j = 0; j < m; j++) {
        const now = this.rewards[usual.rating[j]!]!;
        for (let c = 0; c < K; c++) future[j * K + c] = horizon * (now - this.rewards[later.rating[j * K + c]!]!);
      }
    }

    for (let j = 0; j < m; j++) {
      const l = l0 + j;
      const type = this.pop.type[l]!;
      const mor = this.morale[l]!;
      const risk = 1 + this.pop.risk[l]!;
      const foresight = FORESIGHT[type]!;
      const care = k.intrinsic * this.pop.motivation[l]! * (0.5 + 0.5 * mor) / this.normWorth;
      const effortScale = k.effortCost / (0.5 + 0.5 * mor);
      for (let c = 0; c < K; c++) {
        const row = j * K + c;
        const moral = MORAL[type * K + c]!;
        if (moral === Infinity) {
          this.utility[row] = -Infinity;
          continue;
        }
        const r0 = this.reward0[row]!;
        const f = this.falseCount[row]!;
        let expected = r0;
        let penalty = 0;
        if (f > 0 && catchP > 0) {
          const pAny = 1 - expDet(f * lnEscape);
          expected = (1 - pAny) * r0 + pAny * caughtReward[row]!;
          penalty = pAny * k.caughtPenalty * risk;
        }
        const e = EFFORT[c]!;
        this.utility[row] = expected - penalty - foresight * future[row]! - effortScale * e * e - moral + care * this.trueValue[row]!;
      }
    }

    this.realise(period, g0, g1, out);
  }

  /** Draws the choice, realises it (audits are the only chance left), scores and updates state. */
  private realise(period: number, g0: number, g1: number, out: PeriodBuffers): void {
    const p = this.p;
    const k = this.k;
    const m = g1 - g0;
    const l0 = g0 - this.start;
    const draw = period + 1;
    const chosen = new Uint8Array(m);
    const caughtArr = new Float64Array(m);
    for (let j = 0; j < m; j++) {
      const i = g0 + j;
      const c = logitChoice(this.utility, j * K, 1, K, k.temperature, uniform(p.seed, i, draw, STREAM.choice), this.weights);
      chosen[j] = c;
      const cand = CANDIDATES[c]!;
      this.situation(l0 + j, j);
      outcome(this.s, cand, k, p.hard, this.o, this.need);
      const f = this.o[O.falseEasy]! + this.o[O.falseHard]!;
      const caught = f > 0 ? catches(p.seed, i, draw, f, this.bindings.catchProbability) : 0;
      caughtArr[j] = caught;
      this.fill(j, j, this.o);
      this.setAudit(j, caught);
      out.trueValue[i] = this.o[O.trueValue]!;
      out.gaming[i] = BITS[c]!;
      out.reported[i] = this.o[O.closedSelf]!;
      out.falsified[i] = f;
      out.caught[i] = caught;
      out.hardOpen[i] = this.o[O.openHard]!;
      out.effort[i] = cand.effort;
      this.advance(l0 + j, f, caught);
    }
    const values: Record<string, Float64Array> = {};
    const points: Record<string, Float64Array> = {};
    for (const name of Object.keys(out.indicatorValues)) {
      values[name] = out.indicatorValues[name]!.subarray(g0, g1);
      points[name] = out.indicatorPoints[name]!.subarray(g0, g1);
    }
    const res = this.compiled.scoreColumns(this.columns, m, { shifts: this.shiftViews(l0, m), indicatorValues: values, indicatorPoints: points });
    out.score.set(res.score.subarray(0, m), g0);
    out.rating.set(res.rating.subarray(0, m), g0);

    for (let j = 0; j < m; j++) {
      this.setAudit(j, 0);
      const l = l0 + j;
      for (const ind of this.ratchets) {
        const v = values[ind.name]!;
        const s = this.shifts[ind.name]!;
        s[l] = ratchetShift(ind, s[l]!, v[j]!);
      }
      // Morale: worn down when no allowed way of working earns more than the lowest band.
      const type = this.pop.type[l]!;
      let best = -Infinity;
      let anyScored = false;
      for (let c = 0; c < K; c++) {
        if (MORAL[type * K + c] === Infinity) continue;
        if (this.scored[j * K + c]) anyScored = true;
        const r = this.reward0[j * K + c]!;
        if (r > best) best = r;
      }
      let mor = this.morale[l]!;
      if (this.rewardSpread && anyScored) {
        if (best <= this.minReward) mor -= k.moraleDrop;
        else if (this.reward0[j * K + chosen[j]!]! > this.minReward && caughtArr[j] === 0) mor += k.moraleGain;
      }
      this.morale[l] = mor < 0 ? 0 : mor > 1 ? 1 : mor;
      out.morale[g0 + j] = this.morale[l]!;
    }
  }

  private situation(l: number, j: number): void {
    const s = this.s;
    s.newHard = this.newHard[j]!;
    s.newEasy = this.k.caseload - s.newHard;
    s.carriedEasy = this.carriedEasy[l]!;
    s.carriedHard = this.carriedHard[l]!;
    s.bankEasy = this.bankEasy[l]!;
    s.bankHard = this.bankHard[l]!;
    s.debtEasy = this.debtEasy[l]!;
    s.debtHard = this.debtHard[l]!;
    s.returned = this.returned[l]!;
    s.units = this.units[j]!;
    s.surveyNoise = this.surveyNoise[j]!;
    s.supervisorNoise = this.k.supervisorNoise * this.supZ[j]!;
  }

  /** Carries the realised period (still in `this.o`) into the staff member's next period. */
  private advance(l: number, falsified: number, caught: number): void {
    const o = this.o;
    const k = this.k;
    const fE = o[O.falseEasy]!;
    const fH = o[O.falseHard]!;
    const cE = o[O.closedEasy]!;
    const cH = o[O.closedHard]!;
    const back = falsified > 0 ? caught + k.complaints * (falsified - caught) : 0;
    const foundDefects = (cE + cH) * o[O.defectRate]! * k.defectsFound;
    const g = cE + cH;
    this.carriedEasy[l] = o[O.openEasy]! - fE + (falsified > 0 ? (back * fE) / falsified : 0) + (g > 0 ? (foundDefects * cE) / g : 0);
    this.carriedHard[l] = o[O.openHard]! - fH + (falsified > 0 ? (back * fH) / falsified : 0) + (g > 0 ? (foundDefects * cH) / g : 0);
    this.bankEasy[l] = o[O.withheldEasy]!;
    this.bankHard[l] = o[O.withheldHard]!;
    this.debtEasy[l] = o[O.borrowEasy]!;
    this.debtHard[l] = o[O.borrowHard]!;
    this.returned[l] = back;
  }

  /** Writes row `row` of the metric columns from outcome `o` of block staff member `j`. */
  private fill(row: number, j: number, o: Float64Array): void {
    const cols = this.outCols;
    for (let b = 0; b < cols.length; b++) {
      const v = o[this.outIndex[b]!]!;
      // A supervisor's reading of any other observable: 5% lenient, 10% noise.
      cols[b]![row] = this.outSupervisor[b] ? v * (1.05 + 0.1 * this.supZ[j]!) : v;
    }
  }

  private setAudit(row: number, value: number): void {
    const cols = this.auditCols;
    for (let b = 0; b < cols.length; b++) cols[b]![row] = value;
  }

  private shiftViews(l0: number, m: number): Record<string, Float64Array> {
    return Object.fromEntries(this.ratchets.map((i) => [i.name, this.shifts[i.name]!.subarray(l0, l0 + m)]));
  }

}

/** Next period's shift of an indicator's floor and target after measured value v. */
export function ratchetShift(ind: Indicator, shift: number, v: number): number {
  if (Number.isNaN(v)) return shift;
  const target = ind.target! + shift;
  const over = ind.better === "higher" ? v - target : target - v;
  if (over <= 0) return shift;
  return ind.better === "higher" ? shift + ind.ratchet * over : shift - ind.ratchet * over;
}

/** Falsified closures an audit finds: binomial(f, p), exact for small counts. */
function catches(seed: number, i: number, draw: number, f: number, p: number): number {
  if (p <= 0) return 0;
  const whole = Math.floor(f);
  const count = whole + (uniform(seed, i, draw, STREAM.audit) < f - whole ? 1 : 0);
  if (count <= 64) {
    let hits = 0;
    for (let r = 0; r < count; r++) if (uniform(seed, i, draw, 100 + r) < p) hits++;
    return hits;
  }
  const mean = count * p;
  const z = normal(seed, i, draw, 99);
  return Math.min(count, Math.max(0, Math.round(mean + Math.sqrt(mean * (1 - p)) * z)));
}

function needOf(index: number): number {
  if (index === O.daysTruth || index === O.daysSystem || index === O.daysSelf) return NEED_DAYS;
  if (index === O.satisfactionTruth || index === O.satisfactionSurveyed) return NEED_SATISFACTION;
  if (index === O.supervisorTruth || index === O.supervisorSeen) return NEED_SUPERVISOR;
  return 0;
}
