import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODEL_CONSTANTS } from "../src/model-constants.ts";
import { oneAtATime, swingOf } from "../src/sensitivity/oat.ts";
import { saltelliPlan, sobolIndices } from "../src/sensitivity/sobol.ts";
import { run } from "./support/kpi.ts";
import * as S from "./schemes.ts";

describe("Sobol' indices by the Saltelli scheme", () => {
  // Ishigami (a = 7, b = 0.1) on [−π, π]³: known first-order and total indices.
  const ishigami = ([x1, x2, x3]: number[]) => Math.sin(x1!) + 7 * Math.sin(x2!) ** 2 + 0.1 * x3! ** 4 * Math.sin(x1!);
  const FIRST = [0.3139, 0.4424, 0];
  const TOTAL = [0.5576, 0.4424, 0.2437];

  it("recover the Ishigami function's indices", () => {
    const plan = saltelliPlan(3, 20000, 7);
    const values = plan.points.map((u) => ishigami(u.map((x) => -Math.PI + 2 * Math.PI * x)));
    const idx = sobolIndices(plan, values);
    idx.forEach((s, i) => {
      expect(s.first, `S${i + 1}`).toBeCloseTo(FIRST[i]!, 1);
      expect(Math.abs(s.first - FIRST[i]!), `S${i + 1}`).toBeLessThan(0.04);
      expect(Math.abs(s.total - TOTAL[i]!), `ST${i + 1}`).toBeLessThan(0.04);
    });
  });

  it("give an input the function ignores indices near zero, and an additive one first = total", () => {
    const plan = saltelliPlan(2, 4000, 3);
    const idx = sobolIndices(
      plan,
      plan.points.map(([a]) => 3 * a!),
    );
    expect(idx[1]!.total).toBeLessThan(1e-9);
    expect(idx[0]!.first).toBeCloseTo(1, 1);
    expect(idx[0]!.total).toBeCloseTo(1, 1);
  });

  it("do not move when the figure is shifted by a constant (its level is not its variance)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (k, seed, shift) => {
          const plan = saltelliPlan(k, 64, seed);
          const f = (u: number[]) => u.reduce((a, x, j) => a + (j + 1) * x + x * u[0]!, 0);
          const base = sobolIndices(plan, plan.points.map(f));
          const moved = sobolIndices(
            plan,
            plan.points.map((u) => f(u) + shift),
          );
          base.forEach((b, i) => {
            expect(Math.abs(moved[i]!.first - b.first)).toBeLessThan(1e-6);
            expect(Math.abs(moved[i]!.total - b.total)).toBeLessThan(1e-6);
          });
        },
      ),
    );
  });

  it("keep first-order indices near their range at a small N when the figure sits far from 0", () => {
    // The case that gave 1.5: a figure near 80 whose spread is a few points, 32 samples.
    const plan = saltelliPlan(6, 32, 3);
    const idx = sobolIndices(
      plan,
      plan.points.map((u) => 80 + 3 * u[0]! + u[1]! * u[2]!),
    );
    for (const s of idx) expect(Math.abs(s.first)).toBeLessThan(1.1);
    expect(idx[0]!.first).toBeGreaterThan(idx[3]!.first);
  });

  it("refuse a plan too small to estimate from", () => {
    expect(() => saltelliPlan(3, 1)).toThrow(/at least 2/);
    expect(() => sobolIndices(saltelliPlan(2, 4), [1, 2])).toThrow(/expected 16 values/);
  });
});

describe("one-at-a-time sensitivity", () => {
  const P = { staff: 120, periods: 2 };
  const some = MODEL_CONSTANTS.filter((c) => ["caseload", "capacity", "caseValue"].includes(c.name));

  it("runs each constant at both ends, ranks by swing, and each end is that run's figure", async () => {
    const r = await oneAtATime(S.closures(40), P, "gamingRate", { constants: some });
    expect(r.constants.map((c) => c.name).sort()).toEqual(["capacity", "caseValue", "caseload"]);
    expect(r.base).toBe(run(S.closures(40), P).summary.gamingRate);
    const cap = r.constants.find((c) => c.name === "capacity")!;
    expect(cap.figureAtHigh).toBe(run(S.closures(40), { ...P, model: { capacity: cap.high } }).summary.gamingRate);
    const swings = r.constants.map((c) => c.swing!);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    // caseValue only prices cases.value, which this scheme does not observe.
    expect(r.constants.find((c) => c.name === "caseValue")!.swing).toBe(0);
  });

  it("the swing is the spread over low, default and high", () => {
    expect(swingOf([1, 3, 2])).toBe(2);
    expect(swingOf([1, null, 2])).toBeNull();
  });
});
