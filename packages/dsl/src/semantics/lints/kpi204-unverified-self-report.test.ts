import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMON_METRICS, kpiText, lintsOf, type MetricSpec } from "./fixtures.ts";

const rework = { name: "rework", aspect: "quality", value: "reopened / closed", better: "lower" as const, weight: 50 };

function withLog(audit?: string): MetricSpec[] {
  return [...COMMON_METRICS, { name: "log", source: "self", observes: "cases.closed", ...(audit ? { audit } : {}) }];
}

describe("KPI204 unverified self-report", () => {
  it("warns on the metric's source line and offers an audit line", () => {
    const text = kpiText({ metrics: withLog(), indicators: [{ name: "share", value: "log / received", weight: 50 }, rework] });
    const [d, ...rest] = lintsOf(text, "KPI204");
    expect(rest).toEqual([]);
    expect(d!.declaration).toEqual({ kind: "metric", name: "log" });
    expect(text.slice(d!.range.start.offset, d!.range.end.offset)).toBe("source self");
    expect(d!.message).toMatch(/Becker 1968/);
    const edit = d!.fixes![0]!.edits[0]!;
    const fixed = text.slice(0, edit.range.start.offset) + edit.newText + text.slice(edit.range.end.offset);
    expect(fixed).toContain("observes cases.closed\n  audit 5%\n}");
    expect(lintsOf(fixed, "KPI204")).toEqual([]);
  });

  it("is silent when audited, and treats `audit 0%` as no audit", () => {
    const audited = kpiText({ metrics: withLog("5%"), indicators: [{ name: "share", value: "log / received", weight: 50 }, rework] });
    expect(lintsOf(audited, "KPI204")).toEqual([]);
    const zero = kpiText({ metrics: withLog("0%"), indicators: [{ name: "share", value: "log / received", weight: 50 }, rework] });
    expect(lintsOf(zero, "KPI204")).toHaveLength(1);
  });

  it("adds up every indicator it feeds, also through other indicators, each once", () => {
    // 9 + 6 of 100 directly, + 5 through `twice` reading `a.points`: 20%; without `twice`, 15 of 95.
    const text = kpiText({
      metrics: withLog(),
      indicators: [
        { name: "a", value: "log / received", weight: 9 },
        { name: "b", value: "log", floor: "1", target: "50", weight: 6 },
        { name: "twice", aspect: "volume", value: "a.points", floor: "0", target: "100", weight: 5 },
        { name: "rest", aspect: "quality", value: "reopened / closed", better: "lower", weight: 80 },
      ],
    });
    expect(lintsOf(text, "KPI204")[0]?.message).toContain("20%");
    expect(lintsOf(text.replace("weight 5\n", "weight 0\n"), "KPI204")).toEqual([]);
  });

  it("is silent on an unused self-reported metric", () => {
    const text = kpiText({ metrics: withLog(), indicators: [rework] });
    expect(lintsOf(text, "KPI204")).toEqual([]);
  });

  it("property: warns exactly when the exposure reaches 20%", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 }), (w, other) => {
        const text = kpiText({
          metrics: withLog(),
          indicators: [
            { name: "share", value: "log / received", weight: w },
            { ...rework, weight: other },
          ],
        });
        expect(lintsOf(text, "KPI204").length).toBe(w / (w + other) >= 0.2 ? 1 : 0);
      }),
      { numRuns: 60 },
    );
  });
});
