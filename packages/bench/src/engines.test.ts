/**
 * Correctness half of the engine benchmark (the speed half never runs as a test: timings on a
 * shared machine are not pass/fail). Every engine's model of the benchmark scheme must give
 * Goodhart's scores (within 1e-6) and ratings on the same seeded records, or the records/s
 * the benchmark reports for it would be for a different scheme.
 */
import { describe, expect, it } from "vitest";
import { records } from "./dsl-bench.ts";
import { disagreements, makeEngines, rowsOf, type BatchInput, type EngineModel, type Scored } from "./engines.ts";

const N = 2000;
// feelin re-parses its expression on every call (tens of ms per record on a loaded machine),
// so its per-record model is checked on a prefix; its batch model evaluates the very same
// context expression and is checked on all N records.
const SLOW_PREFIX: Record<string, number> = { "feelin, per record": 200 };

const columns = records(N, 20260);
const input: BatchInput = { columns, rows: rowsOf(columns, N), n: N };
const engines = makeEngines();
const reference = engines.goodhart[0]!.run(input) as Scored;

function prefixOf(n: number): BatchInput {
  const cols: Record<string, Float64Array> = {};
  for (const [k, v] of Object.entries(columns)) cols[k] = v.subarray(0, n);
  return { columns: cols, rows: input.rows.slice(0, n), n };
}

describe("every engine's model of the benchmark scheme agrees with Goodhart", () => {
  it("the records exercise every band, the gate, and both sides of every clamp", () => {
    const seen = new Set(reference.rating);
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
    let capped = 0;
    for (let r = 0; r < N; r++) if (columns.audit_failures![r]! > 0 && reference.score[r]! >= 70) capped++;
    expect(capped).toBeGreaterThan(0);
  });

  const all: EngineModel[] = [engines.hand, ...engines.goodhart, ...engines.general];
  it.each(all.map((m) => [m.name, m] as const))("%s", async (_name, model) => {
    const n = SLOW_PREFIX[model.name] ?? N;
    const got = await model.run(prefixOf(n));
    const want: Scored = { score: reference.score.subarray(0, n), rating: reference.rating.subarray(0, n) };
    const bad = disagreements(want, got, n);
    expect(
      bad
        .map((r) => ({ record: r, score: got.score[r], want: want.score[r], rating: got.rating[r], wantRating: want.rating[r] }))
        .slice(0, 5),
    ).toEqual([]);
  });
});
