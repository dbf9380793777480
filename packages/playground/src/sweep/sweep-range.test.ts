import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defaultRange, gridValues, niceStep, rangeProblem } from "./sweep-range.ts";

const share = (name: string, floor: number, target: number) => ({ name, floor, target, better: "higher" as const, percent: true });

describe("sweep range", () => {
  it("keeps a 100% share target between its floor and 100%", () => {
    const r = defaultRange({ value: 1, percent: true, path: "on_time.target" }, [share("on_time", 0.8, 1)]);
    expect(r.from).toBeGreaterThan(0.8);
    expect(r.to).toBe(1);
    expect(gridValues(r.from, r.to, r.step)).toContain(1);
  });
  it("starts above the floor when the floor is near the value", () => {
    const r = defaultRange({ value: 0.95, percent: true, path: "x.target" }, [share("x", 0.9, 0.95)]);
    expect(r.from).toBeGreaterThan(0.9);
    expect(r.to).toBeLessThanOrEqual(1);
  });
  it("uses round steps for a weight, never 42.777778", () => {
    const r = defaultRange({ value: 35, percent: false, path: "x.weight" }, []);
    for (const v of gridValues(r.from, r.to, r.step)) expect(Number.isInteger(v * 4)).toBe(true);
    expect(gridValues(r.from, r.to, r.step)).toContain(35);
  });
  it("property: every default value is possible and round, and the grid holds the value now", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 20 }), (f, gap) => {
        const floor = f / 100;
        const target = Math.min(1, floor + gap / 100);
        fc.pre(target > floor);
        const r = defaultRange({ value: target, percent: true, path: "i.target" }, [share("i", floor, target)]);
        const values = gridValues(r.from, r.to, r.step);
        expect(values.length).toBeGreaterThanOrEqual(1);
        expect(values.length).toBeLessThanOrEqual(21);
        for (const v of values) {
          expect(v).toBeGreaterThan(floor);
          expect(v).toBeLessThanOrEqual(1);
        }
        expect(rangeProblem(r, true)).toBeNull();
      }),
    );
  });
  it("picks 1, 2, 2.5 or 5 times a power of ten", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e6, noNaN: true }), (span) => {
        const s = niceStep(span);
        const m = s / 10 ** Math.floor(Math.log10(s) + 1e-12);
        expect([1, 2, 2.5, 5, 10].some((x) => Math.abs(x - m) < 1e-6)).toBe(true);
        expect(span / s).toBeLessThanOrEqual(10 + 1e-6);
      }),
    );
  });
  it("says why a range outside the possible values cannot run", () => {
    const r = defaultRange({ value: 1, percent: true, path: "on_time.target" }, [share("on_time", 0.8, 1)]);
    expect(rangeProblem({ ...r, to: 1.2 }, true)).toMatch(/100%/);
    expect(rangeProblem({ ...r, from: 0.8 }, true)).toMatch(/above 80%/);
  });
});
