import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMON_METRICS, kpiText, lintsOf, type IndicatorSpec } from "./fixtures.ts";

const ASPECTS = ["volume", "timeliness", "quality", "satisfaction", "conduct", "cost"] as const;

describe("KPI202 unpaired volume", () => {
  it("warns once, on the heaviest output indicator, when nothing pays for quality", () => {
    const text = kpiText({
      metrics: COMMON_METRICS,
      indicators: [
        { name: "count", aspect: "volume", value: "closed / received", weight: 30 },
        { name: "speed", aspect: "timeliness", value: "on_time / closed", weight: 60 },
        { name: "manner", aspect: "conduct", value: "boss", floor: "50", target: "90", weight: 10 },
      ],
    });
    const ds = lintsOf(text, "KPI202");
    expect(ds).toHaveLength(1);
    expect(ds[0]!.declaration).toEqual({ kind: "indicator", name: "speed" });
    expect(ds[0]!.message).toMatch(/Kerr 1975/);
  });

  it("is silent when a quality indicator carries weight, also inside a nested group", () => {
    const text = kpiText({
      metrics: COMMON_METRICS,
      groups: [
        { name: "outer", weight: 40 },
        { name: "inner", weight: 100, group: "outer" },
      ],
      indicators: [
        { name: "count", aspect: "volume", value: "closed / received", weight: 60 },
        { name: "rework", value: "reopened / closed", better: "lower", group: "inner", weight: 100 },
      ],
    });
    expect(lintsOf(text, "KPI202")).toEqual([]);
  });

  it("does not count a quality indicator at weight 0 as a pair", () => {
    const text = kpiText({
      metrics: COMMON_METRICS,
      indicators: [
        { name: "count", aspect: "volume", value: "closed / received", weight: 100 },
        { name: "rework", aspect: "quality", value: "reopened / closed", better: "lower", weight: 0 },
      ],
    });
    expect(lintsOf(text, "KPI202")).toHaveLength(1);
  });

  it("infers aspects from `observes`, and an unobserved metric pairs nothing", () => {
    const metrics = [...COMMON_METRICS, { name: "plain", type: "ratio", source: "system" }];
    const inferred = kpiText({
      metrics,
      indicators: [
        { name: "count", value: "closed / received", weight: 50 },
        { name: "x", value: "plain", weight: 50 },
      ],
    });
    expect(lintsOf(inferred, "KPI202")).toHaveLength(1);
    const none = kpiText({ metrics, indicators: [{ name: "x", value: "plain", weight: 100 }] });
    expect(lintsOf(none, "KPI202")).toEqual([]);
  });

  it("property: warns exactly when an output carries weight and no quality or satisfaction does", () => {
    const arb = fc.array(fc.record({ aspect: fc.constantFrom(...ASPECTS), weight: fc.integer({ min: 0, max: 60 }) }), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(arb, (specs) => {
        fc.pre(specs.some((s) => s.weight > 0));
        const indicators: IndicatorSpec[] = specs.map((s, k) => ({
          name: `i${k}`,
          aspect: s.aspect,
          value: "closed / received",
          weight: s.weight,
        }));
        const text = kpiText({ metrics: COMMON_METRICS, indicators });
        const weighted = specs.filter((s) => s.weight > 0);
        const expected =
          weighted.some((s) => s.aspect === "volume" || s.aspect === "timeliness") &&
          !weighted.some((s) => s.aspect === "quality" || s.aspect === "satisfaction");
        expect(lintsOf(text, "KPI202").length).toBe(expected ? 1 : 0);
      }),
      { numRuns: 60 },
    );
  });
});
