import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMON_METRICS, kpiText, lintsOf } from "./fixtures.ts";

const ASPECTS = ["volume", "timeliness", "quality", "satisfaction", "conduct", "cost"] as const;

describe("KPI206 outputs only", () => {
  it("warns once, on the scheme block, when nothing measures quality, satisfaction or conduct", () => {
    const text = kpiText({
      metrics: COMMON_METRICS,
      indicators: [
        { name: "count", aspect: "volume", value: "closed / received", weight: 50 },
        { name: "money", aspect: "cost", value: "closed", floor: "1", target: "9", weight: 50 },
      ],
    });
    const [d, ...rest] = lintsOf(text, "KPI206");
    expect(rest).toEqual([]);
    expect(d!.declaration?.kind).toBe("scheme");
    expect(text.slice(d!.range.start.offset, d!.range.end.offset)).toBe('"Test"');
    expect(d!.message).toMatch(/Bevan & Hood 2006/);
  });

  it("falls back to the first indicator without a scheme block", () => {
    const text = kpiText({
      schemeBlock: false,
      metrics: COMMON_METRICS,
      indicators: [{ name: "count", aspect: "volume", value: "closed / received", weight: 100 }],
    });
    expect(lintsOf(text, "KPI206")[0]?.declaration).toEqual({ kind: "indicator", name: "count" });
  });

  it("is silent when a conduct indicator (inferred from the supervisor's score) carries weight", () => {
    const text = kpiText({
      metrics: COMMON_METRICS,
      indicators: [
        { name: "count", aspect: "volume", value: "closed / received", weight: 70 },
        { name: "manner", value: "boss", floor: "50", target: "90", weight: 30 },
      ],
    });
    expect(lintsOf(text, "KPI206")).toEqual([]);
  });

  it("names indicators with no aspect, so the designer can tell the checker what they measure", () => {
    const text = kpiText({
      metrics: [{ name: "plain", type: "ratio", source: "system" }],
      indicators: [{ name: "x", value: "plain", weight: 100 }],
    });
    expect(lintsOf(text, "KPI206")[0]?.message).toContain("`x` has no aspect");
  });

  it("property: warns exactly when no weighted indicator is quality, satisfaction or conduct", () => {
    const arb = fc.array(fc.record({ aspect: fc.constantFrom(...ASPECTS), weight: fc.integer({ min: 0, max: 50 }) }), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(arb, (specs) => {
        const text = kpiText({
          metrics: COMMON_METRICS,
          indicators: specs.map((s, k) => ({ name: `i${k}`, aspect: s.aspect, value: "closed / received", weight: s.weight })),
        });
        const protectedBy = specs.some(
          (s) => s.weight > 0 && (s.aspect === "quality" || s.aspect === "satisfaction" || s.aspect === "conduct"),
        );
        // Weights all 0 give no shares at all: nothing is weighted, so nothing protects either.
        expect(lintsOf(text, "KPI206").length).toBe(protectedBy ? 0 : 1);
      }),
      { numRuns: 60 },
    );
  });
});
