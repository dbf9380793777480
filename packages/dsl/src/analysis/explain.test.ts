import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import type { Scheme } from "../semantics/model.ts";
import { scoreReference } from "../scoring/reference.ts";
import type { Row } from "../scoring/types.ts";
import { explain, renderExplanation } from "./explain.ts";

function schemeOf(text: string): Scheme {
  const a = analyze(text);
  if (!a.scheme) throw new Error(a.diagnostics.map((d) => d.message).join("\n"));
  return a.scheme;
}

const TEXT = `
metric received { type count }
metric closed { type count }
metric reopened { type count }
metric sat { type ratio }
metric failures { type count }
group work { weight 60 }
indicator throughput { group work
  value closed / received
  floor 50%
  target 90%
  weight 50 }
indicator speed { group work
  value closed
  steps_here
  weight 50 }
indicator rework { value reopened / closed
  better lower
  floor 20%
  target 5%
  weight 25 }
indicator view { value sat
  floor 60%
  target 90%
  weight 15 }
gate caught { when failures > 0
  cap rating poor }
gate sloppy { when rework > 30%
  cap score 65 }
rating top { min 90 }
rating good { min 70 }
rating fair { min 50 }
rating poor { reward 0% }
`
  .replace(/\{ /g, "{\n")
  .replace(/ \}/g, "\n}")
  .replace("steps_here", "step 40 -> 100\nstep 30 -> 70\nstep 20 -> 40");

const scheme = schemeOf(TEXT);
const rank = (r: string) => scheme.ratings.findIndex((x) => x.name === r);

/** The rating with one indicator's value pinned, all else as measured. */
function ratingWith(row: Row, name: string, v: number): number {
  const pinned: Scheme = {
    ...scheme,
    indicators: scheme.indicators.map((i) =>
      i.name === name ? { ...i, value: { kind: "number", value: v, text: String(v), percent: false, range: i.value.range } } : i,
    ),
  };
  return rank(scoreReference(pinned, row).rating);
}

const rowArb = fc.record({
  received: fc.integer({ min: 1, max: 60 }),
  closed: fc.integer({ min: 1, max: 60 }),
  reopened: fc.integer({ min: 0, max: 20 }),
  sat: fc.option(fc.double({ min: 0.3, max: 1, noNaN: true }), { nil: null }),
  failures: fc.constantFrom(0, 0, 0, 1),
});

describe("explain", () => {
  it("property: contributions add up to the score before gates, and the rating is the scorer's", () => {
    fc.assert(
      fc.property(rowArb, (row) => {
        const e = explain(scheme, row);
        const r = scoreReference(scheme, row);
        expect(e.rating).toBe(r.rating);
        expect(e.score).toBe(r.score);
        const sum = e.indicators.reduce((s, i) => s + i.contribution, 0);
        expect(sum).toBeCloseTo(e.scoreBeforeGates ?? 0, 9);
      }),
      { numRuns: 100 },
    );
  });

  it("property: a lift reaches the next band, and a slightly smaller change does not", () => {
    fc.assert(
      fc.property(rowArb, (row) => {
        const e = explain(scheme, row);
        const goal = rank(e.rating) - 1;
        for (const i of e.indicators) {
          if (i.lift.kind !== "lift") continue;
          expect(ratingWith(row, i.name, i.lift.to)).toBeLessThanOrEqual(goal);
          if (i.value === null) continue;
          const back = i.lift.to - (i.lift.to - i.value) * 1e-6 - Math.sign(i.lift.to - i.value) * 1e-9;
          expect(ratingWith(row, i.name, back)).toBeGreaterThan(goal);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("property: 'cannot' means no value tried reaches the band", () => {
    fc.assert(
      fc.property(rowArb, (row) => {
        const e = explain(scheme, row);
        const goal = rank(e.rating) - 1;
        for (const i of e.indicators) {
          if (i.lift.kind !== "cannot") continue;
          for (const v of [-1000, -1, 0, 0.05, 0.2, 0.5, 0.9, 1, 20, 30, 40, 1000])
            expect(ratingWith(row, i.name, v)).toBeGreaterThan(goal);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("says when a gate holds the rating down whatever the indicator does", () => {
    const e = explain(scheme, { received: 40, closed: 30, reopened: 1, sat: 0.8, failures: 1 });
    expect(e.rating).toBe("poor");
    expect(e.gates.map((g) => g.name)).toContain("caught");
    for (const i of e.indicators) expect(i.lift).toMatchObject({ kind: "cannot", reason: expect.stringContaining("caught") });
  });

  it("finds the exact step threshold, and a step lift from below", () => {
    // Score 63.9 (fair): `speed` at 30 earns 70; only the step at 40 (100 points) reaches good.
    const row = { received: 40, closed: 30, reopened: 3, sat: 0.75, failures: 0 };
    const e = explain(scheme, row);
    const speed = e.indicators.find((i) => i.name === "speed")!;
    expect(e.rating).toBe("fair");
    expect(speed.lift).toMatchObject({ kind: "lift", from: 30, to: 40, change: 10, rating: "good" });
    expect(renderExplanation(e)).toContain(`Rating: ${e.rating}`);
  });

  it("does not ask a share to go past 100%", () => {
    // Points run on past the target up to 300, so 250 points sit at a share of 125%.
    const stretched = schemeOf(`metric a { type count }
metric b { type count }
indicator share {
  value a / b
  floor 0%
  target 50%
  cap 300
  weight 100
}
rating star { min 250 }
rating good { min 150 }
rating base { reward 0% }
`);
    const low = explain(stretched, { a: 10, b: 20 }).indicators[0]!;
    expect(low.lift).toMatchObject({ kind: "lift", rating: "good" });
    expect((low.lift as { to: number }).to).toBeCloseTo(0.75, 9);
    const high = explain(stretched, { a: 16, b: 20 }).indicators[0]!;
    expect(high.lift).toMatchObject({ kind: "cannot", reason: expect.stringContaining("above 100%") });
  });

  it("property: every finite value, however large, is printed as a number (never Infinity or NaN)", () => {
    const big = fc.oneof(
      fc.double({ min: 1e300, max: Number.MAX_VALUE, noNaN: true }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(rowArb, big, big, (row, sat, closed) => {
        const text = renderExplanation(explain(scheme, { ...row, sat, closed }));
        expect(text).not.toMatch(/Infinity|NaN/);
      }),
      { numRuns: 60 },
    );
    // 1e306 as a share is 1e308%: the decimal point moves, the digits stay.
    expect(renderExplanation(explain(scheme, { received: 10, closed: 5, reopened: 0, sat: 1.5e306, failures: 0 }))).toContain(
      "view: 1.5e+308%",
    );
  });

  it("renders the quota outcome when the pool moved the staff member down", () => {
    const row = { received: 40, closed: 40, reopened: 0, sat: 0.95, failures: 0 };
    const e = explain(scheme, row, { ratingAfterQuota: "good" });
    expect(e.rating).toBe("top");
    const text = renderExplanation(e);
    expect(text).toContain("After quotas: good");
    // The best band was reached and taken away by the quota: not "already in the best band".
    expect(text).not.toContain("Already in the best band.");
    expect(text).toContain("The score reaches the best band, top, but the quota in pool (whole table) moved this person down to good");
    expect(renderExplanation(explain(scheme, row, { ratingAfterQuota: "top" }))).toContain("Already in the best band.");
    expect(renderExplanation(e, "vi", (b) => `«${b}»`)).toContain(
      "Điểm số đạt mức xếp loại cao nhất, «top», nhưng tỷ lệ khống chế trong nhóm (toàn bảng) đã hạ người này xuống «good»",
    );
  });
});

describe("explain works on the scorer's rounded numbers (exact at the boundary)", () => {
  it("19 of 20 on two 90%–100% lines: score 50 meets `completed`, with nothing left to reach", () => {
    const s = schemeOf(`
metric done { type count }
metric total { type count }
metric other { type ratio }
indicator a { value done / total floor 90% target 100% weight 50 }
indicator b { value other floor 90% target 100% weight 50 }
rating good { min 70 }
rating completed { min 50 }
rating not_completed { reward -5% }
`);
    const e = explain(s, { done: 19, total: 20, other: 0.95 });
    expect(e.score).toBe(50);
    expect(e.rating).toBe("completed");
    expect(e.indicators.map((i) => i.points)).toEqual([50, 50]);
    const text = renderExplanation(e);
    expect(text).toContain("Score: 50 → completed");
    expect(text).not.toContain("not_completed");
    // The lift to `good` is a number a person would write: (50 + 90) / 2 = 70 wants b at 99%.
    const lift = e.indicators[1]!.lift;
    expect(lift).toMatchObject({ kind: "lift", rating: "good" });
    expect((lift as { to: number }).to).toBe(0.99);
  });
});
