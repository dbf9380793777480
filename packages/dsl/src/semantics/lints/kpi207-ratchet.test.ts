import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMON_METRICS, kpiText, lintsOf } from "./fixtures.ts";

describe("KPI207 ratchet", () => {
  it("is an info on the ratchet line, citing Weitzman, with a fix to 0%", () => {
    const text = kpiText({
      metrics: COMMON_METRICS,
      indicators: [{ name: "out", aspect: "quality", value: "closed / received", weight: 100, ratchet: "50%" }],
    });
    const [d, ...rest] = lintsOf(text, "KPI207");
    expect(rest).toEqual([]);
    expect(d!.severity).toBe("info");
    expect(text.slice(d!.range.start.offset, d!.range.end.offset)).toBe("ratchet 50%");
    expect(d!.message).toMatch(/Weitzman 1980/);
    expect(d!.fixes?.[0]?.edits[0]?.newText).toBe("0%");
  });

  it("property: only a ratchet above 0% is reported", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (r) => {
        const text = kpiText({
          metrics: COMMON_METRICS,
          indicators: [{ name: "out", aspect: "quality", value: "closed / received", weight: 100, ratchet: `${r}%` }],
        });
        expect(lintsOf(text, "KPI207").length).toBe(r > 0 ? 1 : 0);
      }),
      { numRuns: 30 },
    );
  });
});
