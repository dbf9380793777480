import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { modelConstantsSchema } from "./model-constants.ts";
import { knobsOf, NEED_ALL, outcomeTable, report, situations, work, workTable } from "./world.ts";

const K = modelConstantsSchema.parse({});
const HARD = 0.2;
const honest = { effort: 0.85, rush: 0, defer: 0, falsify: 0, pressure: 0, timing: 0, holdBack: 0 };

/** One person's reported period under each way of working, from the world's own equations. */
function periods(
  queue: { newEasy: number; newHard: number; carriedEasy: number; carriedHard: number; units: number },
  ways: (typeof honest)[],
) {
  const s = situations(ways.length);
  const who = new Int32Array(ways.length);
  for (let r = 0; r < ways.length; r++) {
    s.newEasy[r] = queue.newEasy;
    s.newHard[r] = queue.newHard;
    s.carriedEasy[r] = queue.carriedEasy;
    s.carriedHard[r] = queue.carriedHard;
    s.units[r] = queue.units;
    who[r] = r;
  }
  const cand = Uint8Array.from(ways, (_, r) => r);
  const w = workTable(ways.length);
  const out = outcomeTable(ways.length);
  const knobs = knobsOf(ways);
  work(s, s.units, who, cand, ways.length, K, HARD, NEED_ALL, w, knobs);
  report(s, who, cand, who, ways.length, K, HARD, NEED_ALL, w, out, knobs);
  return out;
}

/** Days a way of working adds to the self-reported total, per false closure. */
function daysPerFalseClosure(out: ReturnType<typeof periods>): number {
  const total = (r: number) => out.daysSelf[r]! * out.closedSelf[r]!;
  const falseClosures = out.closedSelf[1]! - out.closedSelf[0]!;
  return (total(1) - total(0)) / falseClosures;
}

describe("cases.days in the self-report", () => {
  it("a carried case marked done keeps the period it has waited", () => {
    // Nothing arrived this period: every open case is carried, so already a period old.
    const out = periods({ newEasy: 0, newHard: 0, carriedEasy: 30, carriedHard: 10, units: 5 }, [honest, { ...honest, falsify: 0.25 }]);
    expect(out.closedSelf[1]! - out.closedSelf[0]!).toBeGreaterThan(1);
    expect(daysPerFalseClosure(out)).toBeCloseTo(K.daysFalse + K.daysPeriod, 9);
  });

  it("a false closure adds its own days and the wait of the carried share, never less than a fresh case's", () => {
    const queue = fc.record({
      newEasy: fc.double({ min: 1, max: 60, noNaN: true }),
      newHard: fc.double({ min: 0, max: 20, noNaN: true }),
      carriedEasy: fc.double({ min: 0, max: 40, noNaN: true }),
      carriedHard: fc.double({ min: 0, max: 20, noNaN: true }),
      units: fc.double({ min: 1, max: 30, noNaN: true }),
    });
    fc.assert(
      fc.property(queue, fc.double({ min: 0.025, max: 0.5, noNaN: true }), (q, dose) => {
        const out = periods(q, [honest, { ...honest, falsify: dose }]);
        if (out.closedSelf[1]! - out.closedSelf[0]! < 1e-6) return;
        const days = daysPerFalseClosure(out);
        expect(days).toBeGreaterThanOrEqual(K.daysFalse - 1e-6);
        expect(days).toBeLessThanOrEqual(K.daysFalse + K.daysPeriod + 1e-6);
        // The more of the queue is carried, the more days each false closure reports.
        const carried = (q.carriedEasy + q.carriedHard) / (q.newEasy + q.newHard + q.carriedEasy + q.carriedHard);
        if (carried === 0) expect(days).toBeCloseTo(K.daysFalse, 6);
      }),
    );
  });
});
