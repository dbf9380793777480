import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import { compile } from "./compile.ts";
import { scoreReference } from "./reference.ts";
import { rowArb, schemeArb } from "../../test/index.ts";

/** Bit-for-bit equality: Object.is distinguishes -0 and compares NaN to itself. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Object.is(a, b);
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

describe("compiled scorer vs reference evaluator", () => {
  it("agree bit for bit on random schemes and records (score)", () => {
    fc.assert(
      fc.property(
        schemeArb.chain((g) => fc.tuple(fc.constant(g), fc.array(rowArb(g.metrics), { minLength: 1, maxLength: 8 }))),
        ([g, rows]) => {
          const a = analyze(g.text);
          expect(a.diagnostics.filter((d) => d.severity === "error").map((d) => d.message)).toEqual([]);
          const compiled = compile(a.scheme!);
          for (const row of rows) {
            const ref = scoreReference(a.scheme!, row);
            const got = compiled.score(row);
            if (!same(ref, got)) expect(got).toEqual(ref);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("scoreColumns agrees with score row by row, with and without detail outputs", () => {
    fc.assert(
      fc.property(
        schemeArb.chain((g) => fc.tuple(fc.constant(g), fc.array(rowArb(g.metrics), { minLength: 1, maxLength: 12 }))),
        ([g, rows]) => {
          const scheme = analyze(g.text).scheme!;
          const compiled = compile(scheme);
          const n = rows.length;
          const columns: Record<string, Float64Array> = {};
          for (const m of g.metrics) columns[m] = Float64Array.from(rows, (r) => r[m] ?? NaN);
          const fast = compiled.scoreColumns(columns, n);
          // Written into the caller's buffers (longer than n, as a block's are), the same result.
          const into = { score: new Float64Array(n + 3).fill(7), rating: new Uint8Array(n + 3).fill(9) };
          const given = compiled.scoreColumns(columns, n, { into });
          expect(given).toBe(into);
          expect(Array.from(into.score.subarray(n))).toEqual([7, 7, 7]);
          for (let r = 0; r < n; r++) {
            expect(Object.is(into.score[r], fast.score[r])).toBe(true);
            expect(into.rating[r]).toBe(fast.rating[r]);
          }
          const values: Record<string, Float64Array> = {};
          const points: Record<string, Float64Array> = {};
          for (const i of compiled.indicators) {
            values[i] = new Float64Array(n);
            points[i] = new Float64Array(n);
          }
          const zeroShift: Record<string, Float64Array> = Object.fromEntries(compiled.indicators.map((i) => [i, new Float64Array(n)]));
          const detail = compiled.scoreColumns(columns, n, {
            indicatorValues: values,
            indicatorPoints: points,
            shifts: zeroShift,
            gates: new Uint32Array(n),
          });
          rows.forEach((row, r) => {
            const ref = scoreReference(scheme, row);
            expect(Object.is(fast.score[r], ref.score ?? NaN)).toBe(true);
            expect(Object.is(detail.score[r], ref.score ?? NaN)).toBe(true);
            expect(compiled.ratings[fast.rating[r]!]).toBe(ref.rating);
            expect(detail.rating[r]).toBe(fast.rating[r]);
            for (const i of compiled.indicators) {
              expect(Object.is(values[i]![r], ref.indicators[i]!.value ?? NaN)).toBe(true);
              expect(Object.is(points[i]![r], ref.indicators[i]!.points ?? NaN)).toBe(true);
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("hostile names never reach generated code", () => {
  const hostile = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype", "eval", "Function"];
  it.each(hostile)("a metric, indicator and rating named %s score correctly", (name) => {
    const text = `metric ${name} { type number }
indicator ${name}_i "*/ \`\${process.exit(1)}\` </script> \\" \\\\" { value ${name} floor 0 target 10 weight 100 }
rating ${name}_top { min 50 }
rating fallback { reward 0% }`;
    const a = analyze(text);
    expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const c = compile(a.scheme!);
    const row = JSON.parse(`{"${name}": 7}`) as Record<string, number>;
    const r = c.score(row);
    expect(r.score).toBe(70);
    expect(r.rating).toBe(`${name}_top`);
    expect(Object.keys(r.indicators)).toEqual([`${name}_i`]);
    expect(c.metrics).toEqual([name]);
  });
});
