import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMON_METRICS, kpiText, lintsOf } from "./fixtures.ts";

const rework = { name: "rework", aspect: "quality", value: "reopened / closed", better: "lower" as const, weight: 50 };

describe("KPI205 cliff edge", () => {
  it("warns on a lone step worth 100 points, pointing at the step", () => {
    const text = kpiText({
      metrics: COMMON_METRICS,
      indicators: [{ name: "fast", aspect: "timeliness", value: "on_time", better: "lower", steps: ["8 -> 100"], weight: 50 }, rework],
    });
    const [d, ...rest] = lintsOf(text, "KPI205");
    expect(rest).toEqual([]);
    expect(text.slice(d!.range.start.offset, d!.range.end.offset)).toBe("step 8 -> 100");
    expect(d!.message).toMatch(/Bevan & Hood 2006/);
  });

  it("warns on a step 60 above the next, not on gentle steps", () => {
    const cliff = kpiText({
      metrics: COMMON_METRICS,
      indicators: [{ name: "n", value: "closed", steps: ["8 -> 100", "6 -> 40", "4 -> 20"], weight: 50 }, rework],
    });
    expect(lintsOf(cliff, "KPI205")).toHaveLength(1);
    const gentle = kpiText({
      metrics: COMMON_METRICS,
      indicators: [{ name: "n", value: "closed", steps: ["8 -> 100", "6 -> 60", "4 -> 20"], weight: 50 }, rework],
    });
    expect(lintsOf(gentle, "KPI205")).toEqual([]);
  });

  it("takes points after the cap", () => {
    // 120 capped at 60: a 60-point step, still a cliff; capped at 40: gentle.
    const base = { name: "n", value: "closed", steps: ["8 -> 120", "6 -> 30", "4 -> 10"], weight: 50 };
    expect(lintsOf(kpiText({ metrics: COMMON_METRICS, indicators: [{ ...base, cap: 60 }, rework] }), "KPI205")).toEqual([]);
    expect(lintsOf(kpiText({ metrics: COMMON_METRICS, indicators: [{ ...base, cap: 100 }, rework] }), "KPI205")).toHaveLength(1);
  });

  it("warns when floor and target are less than 2% of the target apart, with a widening fix", () => {
    const text = kpiText({
      metrics: COMMON_METRICS,
      indicators: [{ name: "share", value: "closed / received", floor: "94%", target: "95%", weight: 50 }, rework],
    });
    const [d] = lintsOf(text, "KPI205");
    expect(d).toBeDefined();
    const edit = d!.fixes![0]!.edits[0]!;
    const fixed = text.slice(0, edit.range.start.offset) + edit.newText + text.slice(edit.range.end.offset);
    expect(lintsOf(fixed, "KPI205")).toEqual([]);
    const wide = kpiText({
      metrics: COMMON_METRICS,
      indicators: [{ name: "share", value: "closed / received", floor: "90%", target: "95%", weight: 50 }, rework],
    });
    expect(lintsOf(wide, "KPI205")).toEqual([]);
  });

  it("property: the widening fix clears the warning at any scale, and the message shows the numbers it is about", () => {
    fc.assert(
      fc.property(fc.integer({ min: -7, max: 4 }), fc.integer({ min: 100, max: 999 }), (exp, mantissa) => {
        const target = mantissa * 10 ** exp;
        const floor = target * 0.995;
        const number = (x: number) => String(Number(x.toPrecision(6)));
        const text = kpiText({
          metrics: COMMON_METRICS,
          indicators: [{ name: "n", value: "closed", floor: number(floor), target: number(target), weight: 50 }, rework],
        });
        const [d] = lintsOf(text, "KPI205");
        expect(d, text).toBeDefined();
        expect(d!.message).not.toMatch(/\((0|-0)\)|a floor of 0,/);
        const edit = d!.fixes![0]!.edits[0]!;
        expect(Number(edit.newText)).toBeGreaterThan(0);
        const fixed = text.slice(0, edit.range.start.offset) + edit.newText + text.slice(edit.range.end.offset);
        expect(lintsOf(fixed, "KPI205"), fixed).toEqual([]);
      }),
    );
  });

  it("property: a line warns exactly when |target − floor| < 2% of |target|", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 1000 }), fc.integer({ min: 1, max: 100 }), (t, gap) => {
        const text = kpiText({
          metrics: COMMON_METRICS,
          indicators: [{ name: "n", value: "closed", floor: `${t - gap}`, target: `${t}`, weight: 50 }, rework],
        });
        expect(lintsOf(text, "KPI205").length).toBe(gap < 0.02 * t ? 1 : 0);
      }),
      { numRuns: 60 },
    );
  });

  it("decides the 2% boundary on the decimals as written, not in floating point", () => {
    const at = (floor: string, target: string, better: "higher" | "lower" = "higher") =>
      lintsOf(
        kpiText({
          metrics: COMMON_METRICS,
          indicators: [{ name: "n", value: "closed / received", better, floor, target, weight: 50 }, rework],
        }),
        "KPI205",
      ).length;
    // 0.95 − 0.931 is 0.01899999… in doubles, but exactly 2% of 0.95: not closer than 2%.
    expect(at("93.1%", "95%")).toBe(0);
    expect(at("93.11%", "95%")).toBe(1);
    expect(at("9.8", "10")).toBe(0);
    expect(at("5.1", "5", "lower")).toBe(0);
    // Any target written with up to 4 decimals, in either form, and the floor exactly 2% of it
    // away (98% or 102% of it): on the boundary, so no warning; one last digit closer: a warning.
    const decimal = (digits: bigint, decimals: number, percent: boolean) => {
      const shown = percent ? decimals - 2 : decimals;
      const s = digits.toString().padStart(Math.max(shown, 0) + 1, "0");
      const text = shown <= 0 ? `${s}${"0".repeat(-shown)}` : `${s.slice(0, -shown)}.${s.slice(-shown)}`;
      return percent ? `${text}%` : text;
    };
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 1_000_000n }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        fc.constantFrom("higher" as const, "lower" as const),
        (k, d, percent, better) => {
          const target = decimal(k, d, percent);
          const edge = better === "higher" ? 98n * k : 102n * k;
          const closer = better === "higher" ? 980n * k + 1n : 1020n * k - 1n;
          expect(at(decimal(edge, d + 2, percent), target, better)).toBe(0);
          expect(at(decimal(closer, d + 3, percent), target, better)).toBe(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("property: steps warn once per drop of 50 points or more", () => {
    const arb = fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 5 }).map((ps) => [...ps].sort((a, b) => b - a));
    fc.assert(
      fc.property(arb, (points) => {
        const steps = points.map((p, k) => `${100 - k * 10} -> ${p}`);
        const text = kpiText({ metrics: COMMON_METRICS, indicators: [{ name: "n", value: "closed", steps, weight: 50 }, rework] });
        const expected = points.filter((p, k) => p - (points[k + 1] ?? 0) >= 50).length;
        expect(lintsOf(text, "KPI205").length).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
});
