import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMON_METRICS, kpiText, lintsOf } from "./fixtures.ts";

describe("KPI203 dominant indicator", () => {
  it("warns on the weight line of an indicator above 50%, not at exactly 50%", () => {
    const text = kpiText({
      metrics: COMMON_METRICS,
      indicators: [
        { name: "big", aspect: "volume", value: "closed / received", weight: 51 },
        { name: "rework", aspect: "quality", value: "reopened / closed", better: "lower", weight: 49 },
      ],
    });
    const [d, ...rest] = lintsOf(text, "KPI203");
    expect(rest).toEqual([]);
    expect(text.slice(d!.range.start.offset, d!.range.end.offset)).toBe("weight 51");
    expect(d!.message).toContain("51%");
    const even = text.replace("weight 51", "weight 50").replace("weight 49", "weight 50");
    expect(lintsOf(even, "KPI203")).toEqual([]);
  });

  it("uses the effective weight when weights do not sum to 100", () => {
    // 30 of 50 is 60%, although 30 looks small.
    const text = kpiText({
      metrics: COMMON_METRICS,
      indicators: [
        { name: "big", aspect: "volume", value: "closed / received", weight: 30 },
        { name: "rework", aspect: "quality", value: "reopened / closed", better: "lower", weight: 20 },
      ],
    });
    expect(lintsOf(text, "KPI203").map((d) => d.declaration?.name)).toEqual(["big"]);
  });

  it("multiplies through nested groups", () => {
    const text = kpiText({
      metrics: COMMON_METRICS,
      groups: [
        { name: "outer", weight: 80 },
        { name: "inner", weight: 80, group: "outer" },
        { name: "side", weight: 20, group: "outer" },
      ],
      indicators: [
        { name: "deep", aspect: "volume", value: "closed / received", group: "inner", weight: 100 },
        { name: "side_one", aspect: "quality", value: "reopened / closed", better: "lower", group: "side", weight: 100 },
        { name: "view", aspect: "satisfaction", value: "sat", weight: 20 },
      ],
    });
    // deep = 0.8 × 0.8 × 1 = 64%.
    expect(lintsOf(text, "KPI203").map((d) => d.declaration?.name)).toEqual(["deep"]);
  });

  it("property: warns exactly for indicators with more than half the weight", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }), (ws) => {
        const text = kpiText({
          metrics: COMMON_METRICS,
          indicators: ws.map((w, k) => ({ name: `i${k}`, aspect: "quality", value: "reopened / closed", better: "lower", weight: w })),
        });
        const sum = ws.reduce((a, b) => a + b, 0);
        const expected = ws.flatMap((w, k) => (w / sum > 0.5 ? [`i${k}`] : []));
        expect(lintsOf(text, "KPI203").map((d) => d.declaration?.name)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
