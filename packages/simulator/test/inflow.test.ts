/**
 * Busy and quiet months (docs/model.md §1): the cases a person receives vary with luck, so a
 * share of cases received is not a count in disguise. An indicator that pays only above the
 * usual inflow (floor 40, target 44 cases received) reads that spread: nobody reaches it in a
 * world without luck, some do with luck, more with more luck; the mean stays at the caseload.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "./support/kpi.ts";

const SCHEME = `
metric received { type count source system observes cases.received }
metric closed { type count source system observes cases.closed }
indicator busy { aspect volume value received floor 40 target 44 weight 1 }
indicator volume { aspect volume value closed floor 30 target 40 weight 99 }
rating good { min 70 reward 5% }
rating poor { reward 0% }
`;

const points = (luck: number, seed: number) => run(SCHEME, { staff: 400, periods: 3, luck, seed }).indicators.busy!;

describe("the cases received", () => {
  it("are the caseload for everyone without luck, and spread above it with luck, on any seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        expect(points(0, seed).meanPoints).toBe(0);
        const some = points(0.3, seed);
        const more = points(1, seed);
        expect(some.meanPoints!).toBeGreaterThan(0);
        expect(more.meanPoints!).toBeGreaterThan(some.meanPoints!);
        // Symmetric about the caseload (never under half of it): the mean stays within a case.
        expect(Math.abs(more.meanValue! - 40)).toBeLessThan(1);
      }),
      { numRuns: 5 },
    );
  });
});
