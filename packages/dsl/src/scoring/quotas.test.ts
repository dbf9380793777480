import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import { applyQuotas } from "./quotas.ts";

function scheme(ratings: string) {
  const a = analyze(`metric x { type number }\nindicator i { value x floor 0 target 100 weight 100 }\n${ratings}`);
  expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return a.scheme!;
}

describe("quotas (5.4)", () => {
  const decree = scheme(`
rating excellent { min 90 quota 20% of good }
rating good { min 70 }
rating completed { min 50 }
rating not_completed { }`);

  it("quota 20% of good: 10 excellent and 20 good give 5 excellent (5 ≤ 0.2 × 25)", () => {
    const ratings = [...Array(10).fill(0), ...Array(20).fill(1)];
    const scores = ratings.map((r, i) => (r === 0 ? 99 - i : 80));
    const out = applyQuotas(decree, scores, ratings);
    expect(out.filter((r) => r === 0).length).toBe(5);
    expect(out.filter((r) => r === 1).length).toBe(25);
    // The five with the highest scores keep the band.
    expect([...out.slice(0, 5)]).toEqual([0, 0, 0, 0, 0]);
  });

  it("quota arithmetic is exact on the decimal as written: 57% of 100 is 57", () => {
    const s = scheme(`rating top { min 50 quota 57% }\nrating rest { }`);
    const out = applyQuotas(
      s,
      Array.from({ length: 100 }, (_, i) => 100 - i),
      Array(100).fill(0),
    );
    expect(out.filter((r) => r === 0).length).toBe(57);
  });

  it("ties are broken by input order: the earlier keeps the band", () => {
    const s = scheme(`rating top { min 50 quota 50% }\nrating rest { }`);
    expect([...applyQuotas(s, [80, 80, 80, 80], [0, 0, 0, 0])]).toEqual([0, 0, 1, 1]);
  });

  it("surplus moves one band down, then the next band's quota applies", () => {
    const s = scheme(`rating a { min 80 quota 25% }\nrating b { min 60 quota 25% }\nrating c { }`);
    // 4 staff all in a: a keeps 1; b receives 3 but keeps 1; c gets 2.
    expect([...applyQuotas(s, [90, 89, 88, 87], [0, 0, 0, 0])]).toEqual([0, 1, 2, 2]);
  });

  it("property: the allowance of `quota q of B` is the largest k with k ≤ q × (B + surplus)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 100 }),
        (nTop, nGood, pct) => {
          const s = scheme(`rating excellent { min 90 quota ${pct}% of good }\nrating good { min 70 }\nrating rest { }`);
          const ratings = [...Array(nTop).fill(0), ...Array(nGood).fill(1)];
          const out = applyQuotas(
            s,
            ratings.map((r) => (r === 0 ? 95 : 75)),
            ratings,
          );
          const k = out.filter((r) => r === 0).length;
          const good = out.filter((r) => r === 1).length;
          expect(k * 100 <= pct * good).toBe(true);
          // k is the largest such: one more would break the rule (or there is nobody left to keep).
          if (k < nTop) expect((k + 1) * 100 <= pct * (good - 1)).toBe(false);
        },
      ),
    );
  });
});
