/** Results of scoring one staff member, the shape `goodhart score --json` prints per row. */
export interface IndicatorResult {
  value: number | null;
  points: number | null;
}

export interface RowResult {
  score: number | null;
  /** Rating before quotas. */
  rating: string;
  /** Names of the gates whose `when` held. */
  gates: string[];
  groups: Record<string, number | null>;
  indicators: Record<string, IndicatorResult>;
}

/** A staff record: metric name → value; null or absent means missing. */
export type Row = Record<string, number | null | undefined>;

export interface ScoreColumnsResult {
  score: Float64Array;
  /** Index into `ratings`, before quotas. */
  rating: Uint8Array;
}

/** Optional extras the simulator asks of the fast path. */
export interface ScoreColumnsOptions {
  /**
   * Per-row shift of an indicator's floor and target (the simulator's `ratchet`), keyed by
   * indicator name. Ignored for step indicators.
   */
  shifts?: Record<string, Float64Array>;
  /** When given, filled with each indicator's value and points per row (NaN = undefined). */
  indicatorValues?: Record<string, Float64Array>;
  indicatorPoints?: Record<string, Float64Array>;
  /** When given, gate i's bit is set in gates[row] when it held (first 32 gates). */
  gates?: Uint32Array;
  /**
   * Buffers of at least n rows to write the result into (returned as they are), so a caller
   * scoring block after block allocates nothing per call.
   */
  into?: ScoreColumnsResult;
}

export interface CompiledScheme {
  metrics: string[];
  /** Band names, best first. */
  ratings: string[];
  indicators: string[];
  gates: string[];
  score(row: Row): RowResult;
  scoreColumns(columns: Record<string, Float64Array>, n: number, options?: ScoreColumnsOptions): ScoreColumnsResult;
}
