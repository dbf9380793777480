import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulate, startRun } from "../src/index.ts";
import * as S from "./schemes.ts";

describe("the simulate API", () => {
  it("reports progress once per period and stops when its signal is aborted", () => {
    const seen: number[] = [];
    const controller = new AbortController();
    expect(() =>
      simulate(
        S.CLIFF,
        { staff: 100, periods: 5 },
        {
          signal: controller.signal,
          onProgress: (p) => {
            seen.push(p.period);
            if (p.period === 2) controller.abort(new Error("stop"));
          },
        },
      ),
    ).toThrow("stop");
    expect(seen).toEqual([1, 2]);
  });

  it("can be stepped period by period with the same result as one call", () => {
    const run = startRun(S.AUDITED, { staff: 300, periods: 3 });
    let steps = 0;
    while (run.step()) steps++;
    expect(steps).toBe(3);
    expect(JSON.stringify(run.result())).toBe(JSON.stringify(simulate(S.AUDITED, { staff: 300, periods: 3 })));
  });

  it("accepts a resolved scheme as well as text", async () => {
    const { analyze } = await import("@goodhart/dsl");
    const scheme = analyze(S.VOLUME_ONLY).scheme!;
    expect(JSON.stringify(simulate(scheme, { staff: 200, periods: 2 }))).toBe(
      JSON.stringify(simulate(S.VOLUME_ONLY, { staff: 200, periods: 2 })),
    );
  });

  it("keeps every share within 0..1 for any population mix, luck and seed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: -1000, max: 1000 }),
        (a, b, c, luck, hard, seed) => {
          const total = a + b + c + 1;
          const mix = { saints: a / total, honest: b / total, reactive: c / total, maniacs: 1 / total };
          const s = simulate(S.AUDITED, { staff: 60, periods: 2, luck, hard, seed, ...mix }).summary;
          for (const v of [s.gamingRate, s.falsifiedShare, s.morale, ...Object.values(s.gaming), ...Object.values(s.ratings)]) {
            expect(v).not.toBeNull();
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
          }
          expect(Number.isFinite(s.meanTrueValue)).toBe(true);
          expect(s.hardBacklog).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 25 },
    );
  });
});
