/**
 * The metric columns a chunk hands to `scoreColumns`. A metric that reads an outcome as it is
 * uses that outcome's column of the row table itself (no copy); a supervisor's reading of it,
 * audit failures and metrics nothing fills (NaN, missing) get columns of their own.
 */
import type { CompiledScheme } from "@goodhart/dsl";
import type { Bindings } from "./observables.ts";
import type { ModelConstants } from "./model-constants.ts";
import type { OutcomeColumn, Outcomes } from "./world.ts";

export class SchemeColumns {
  /** Metric name → its column, as `scoreColumns` takes them. */
  readonly byName: Record<string, Float64Array> = Object.create(null); // metric names are the user's
  /** Metrics that read a supervisor's lenient, noisy reading of an outcome, and that outcome. */
  private readonly supervised: { column: Float64Array; from: Float64Array }[] = [];
  private readonly audit: Float64Array[] = [];

  /** Audit failures start at 0. */
  constructor(compiled: CompiledScheme, bindings: Bindings, table: Outcomes, size: number) {
    for (const name of compiled.metrics) this.byName[name] = new Float64Array(size).fill(NaN);
    for (const b of bindings.list) {
      if (b.kind === "outcome" && !b.supervisor) this.byName[b.metric] = table[b.column];
      else if (b.kind === "outcome") this.supervised.push({ column: this.byName[b.metric]!.fill(0), from: table[b.column] });
      else if (b.kind === "auditFailures") this.audit.push(this.byName[b.metric]!.fill(0));
    }
  }

  /** A supervisor's reading of rows 0 … n − 1: lenient and noisy (z: person who[r]'s draw). */
  supervise(n: number, who: Int32Array, z: Float64Array, k: ModelConstants): void {
    const bias = 1 + k.supervisedLeniency;
    const noise = k.supervisedNoise;
    for (const { column, from } of this.supervised) {
      for (let r = 0; r < n; r++) column[r] = from[r]! * (bias + noise * z[who[r]!]!);
    }
  }

  setAudit(row: number, value: number): void {
    for (let b = 0; b < this.audit.length; b++) this.audit[b]![row] = value;
  }
}

/**
 * Metric columns of the scheme held in one buffer (metric i's row r at flat[i * size + r]),
 * for rows a chunk assembles itself: falsifying rows rescored as caught, a ratchet's usual output.
 * Metrics nothing fills are NaN (missing); audit failures start at 0.
 */
export class MetricColumns {
  readonly byName: Record<string, Float64Array>;
  readonly flat: Float64Array;
  /** Where each outcome-bound metric's column starts in `flat`, in binding order. */
  readonly outcome: Int32Array;
  /** The outcome each of those reads, as measured (no supervisor's reading). */
  readonly outcomeOf: OutcomeColumn[];
  readonly audit: Int32Array;

  constructor(
    compiled: CompiledScheme,
    bindings: Bindings,
    readonly size: number,
  ) {
    this.flat = new Float64Array(compiled.metrics.length * size).fill(NaN);
    const start = new Map(compiled.metrics.map((name, i) => [name, i * size]));
    this.byName = Object.fromEntries(compiled.metrics.map((name, i) => [name, this.flat.subarray(i * size, (i + 1) * size)]));
    const outcomes = bindings.list.flatMap((b) => (b.kind === "outcome" ? [b] : []));
    this.outcome = Int32Array.from(outcomes.map((b) => start.get(b.metric)!));
    this.outcomeOf = outcomes.map((b) => b.column);
    this.audit = Int32Array.from(bindings.list.filter((b) => b.kind === "auditFailures").map((b) => start.get(b.metric)!));
    for (const at of this.audit) this.flat.fill(0, at, at + size);
  }

  setAudit(row: number, value: number): void {
    for (let b = 0; b < this.audit.length; b++) this.flat[this.audit[b]! + row] = value;
  }
}
