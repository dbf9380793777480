/**
 * Per-period outputs for the whole population, one typed array per quantity. The parent owns
 * them; each chunk (in this thread or a worker) writes its own staff range, so any split of the
 * population fills them with the same bytes. With `shared`, they live in SharedArrayBuffers a
 * worker can map without copying.
 */
export interface PeriodBuffers {
  score: Float64Array;
  /** Rating index before quotas. */
  rating: Uint8Array;
  trueValue: Float64Array;
  /** Bit i: GAMING_KINDS[i] used this period. */
  gaming: Uint8Array;
  /** Closures reported by the staff member (genuine + false + borrowed). */
  reported: Float64Array;
  /** False closures; late closures recorded as on time; rushed; set aside and left open; borrowed; withheld; abandoned. */
  falsified: Float64Array;
  falseTimes: Float64Array;
  rushed: Float64Array;
  deferred: Float64Array;
  borrowed: Float64Array;
  withheld: Float64Array;
  abandoned: Float64Array;
  caught: Float64Array;
  hardOpen: Float64Array;
  morale: Float64Array;
  effort: Float64Array;
  indicatorValues: Record<string, Float64Array>;
  indicatorPoints: Record<string, Float64Array>;
}

/** Raw buffers, for posting to a worker. */
export interface BufferSet {
  n: number;
  f64: Record<string, ArrayBufferLike>;
  u8: Record<string, ArrayBufferLike>;
  indicatorValues: Record<string, ArrayBufferLike>;
  indicatorPoints: Record<string, ArrayBufferLike>;
}

const F64 = [
  "score",
  "trueValue",
  "reported",
  "falsified",
  "falseTimes",
  "rushed",
  "deferred",
  "borrowed",
  "withheld",
  "abandoned",
  "caught",
  "hardOpen",
  "morale",
  "effort",
] as const;
const U8 = ["rating", "gaming"] as const;

/** Bytes per staff member held in period buffers. */
export function bufferBytesPerStaff(indicatorCount: number): number {
  return F64.length * 8 + U8.length + indicatorCount * 16;
}

export function allocateBuffers(n: number, indicators: readonly string[], shared: boolean): BufferSet {
  const alloc = (bytes: number): ArrayBufferLike => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  // Indicator names are the user's: null-prototype records keep `__proto__` an ordinary key.
  const set: BufferSet = { n, f64: {}, u8: {}, indicatorValues: Object.create(null), indicatorPoints: Object.create(null) };
  for (const k of F64) set.f64[k] = alloc(n * 8);
  for (const k of U8) set.u8[k] = alloc(n);
  for (const i of indicators) {
    set.indicatorValues[i] = alloc(n * 8);
    set.indicatorPoints[i] = alloc(n * 8);
  }
  return set;
}

export function viewBuffers(set: BufferSet): PeriodBuffers {
  const f = (k: string): Float64Array => new Float64Array(set.f64[k]!, 0, set.n);
  const u = (k: string): Uint8Array => new Uint8Array(set.u8[k]!, 0, set.n);
  const map = (r: Record<string, ArrayBufferLike>): Record<string, Float64Array> =>
    Object.fromEntries(Object.entries(r).map(([k, b]) => [k, new Float64Array(b, 0, set.n)]));
  return {
    score: f("score"),
    rating: u("rating"),
    trueValue: f("trueValue"),
    gaming: u("gaming"),
    reported: f("reported"),
    falsified: f("falsified"),
    falseTimes: f("falseTimes"),
    rushed: f("rushed"),
    deferred: f("deferred"),
    borrowed: f("borrowed"),
    withheld: f("withheld"),
    abandoned: f("abandoned"),
    caught: f("caught"),
    hardOpen: f("hardOpen"),
    morale: f("morale"),
    effort: f("effort"),
    indicatorValues: map(set.indicatorValues),
    indicatorPoints: map(set.indicatorPoints),
  };
}
