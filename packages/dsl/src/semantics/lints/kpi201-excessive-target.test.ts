import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMON_METRICS, kpiText, lintsOf } from "./fixtures.ts";

const quality = { name: "rework", aspect: "quality", value: "reopened / closed", better: "lower" as const, weight: 50 };

describe("KPI201 excessive target", () => {
  it("warns on a 100% target of a share the staff member records, and offers 95%", () => {
    const text = kpiText({
      metrics: [...COMMON_METRICS, { name: "mine", source: "self", observes: "cases.closed", audit: "10%" }],
      indicators: [{ name: "share", aspect: "volume", value: "mine / received", floor: "80%", target: "100%", weight: 50 }, quality],
    });
    const [d, ...rest] = lintsOf(text, "KPI201");
    expect(rest).toEqual([]);
    expect(d!.declaration).toEqual({ kind: "indicator", name: "share" });
    expect(text.slice(d!.range.start.offset, d!.range.end.offset)).toBe("target 100%");
    expect(d!.message).toMatch(/Schweitzer|Goodhart/);
    expect(d!.fixes?.[0]?.edits[0]?.newText).toBe("95%");
  });

  it("counts system metrics as controlled: the staff member's clicks make them", () => {
    const text = kpiText({
      metrics: COMMON_METRICS,
      indicators: [{ name: "share", value: "closed / received", target: "100%", weight: 50 }, quality],
    });
    const [d, ...rest] = lintsOf(text, "KPI201");
    expect(rest).toEqual([]);
    // A system record is not falsified, so nobody overstates it: the message names only what the source allows.
    expect(d!.message).toContain("cannot be falsified");
    expect(d!.message).not.toMatch(/overstate|marking records done/);
  });

  it("is silent on a survey, which the staff member does not control", () => {
    const text = kpiText({ metrics: COMMON_METRICS, indicators: [{ name: "view", value: "sat", target: "100%", weight: 50 }, quality] });
    expect(lintsOf(text, "KPI201")).toEqual([]);
  });

  it("treats a metric with no stated source as controlled", () => {
    const text = kpiText({
      metrics: [{ name: "done", type: "ratio" }],
      indicators: [{ name: "share", value: "done", target: "100%", weight: 100 }],
    });
    const [d, ...rest] = lintsOf(text, "KPI201");
    expect(rest).toEqual([]);
    // Nothing declares it a system metric: the message says it has no stated source.
    expect(d!.message).toContain("`done` has no stated source");
    expect(d!.message).not.toContain("counted by the system from their own work,");
  });

  it("leaves a plain number on a share (`target 95`) to KPI102: one finding, not two", () => {
    const text = kpiText({
      metrics: COMMON_METRICS,
      indicators: [{ name: "share", value: "closed / received", floor: "70", target: "95", weight: 50 }, quality],
    });
    expect(lintsOf(text, "KPI201")).toEqual([]);
    expect(lintsOf(text, "KPI102").length).toBeGreaterThan(0);
  });

  it("is silent on 100 of a plain number: only shares can be complete", () => {
    const text = kpiText({
      metrics: COMMON_METRICS,
      indicators: [{ name: "count", value: "closed", floor: "50", target: "100", weight: 50 }, quality],
    });
    expect(lintsOf(text, "KPI201")).toEqual([]);
  });

  it("warns on a `lower` target of 0, with a small positive target as the fix", () => {
    const text = kpiText({
      metrics: COMMON_METRICS,
      indicators: [
        { name: "errors", aspect: "quality", value: "reopened / closed", better: "lower", floor: "30%", target: "0%", weight: 100 },
      ],
    });
    const ds = lintsOf(text, "KPI201");
    expect(ds).toHaveLength(1);
    expect(ds[0]!.fixes?.[0]?.edits[0]?.newText).toBe("2%");
  });

  it("warns on a step at 100% and on a `lower` step at 0, not on a step below 100%", () => {
    const warn = kpiText({
      metrics: COMMON_METRICS,
      indicators: [
        { name: "s", value: "closed / received", steps: ["100% -> 100", "95% -> 80", "90% -> 60", "80% -> 30"], weight: 50 },
        quality,
      ],
    });
    expect(lintsOf(warn, "KPI201")).toHaveLength(1);
    const lower = kpiText({
      metrics: COMMON_METRICS,
      indicators: [
        { name: "s", aspect: "quality", value: "reopened", better: "lower", steps: ["0 -> 100", "2 -> 80", "4 -> 40"], weight: 50 },
        quality,
      ],
    });
    expect(lintsOf(lower, "KPI201")).toHaveLength(1);
    const fine = kpiText({
      metrics: COMMON_METRICS,
      indicators: [{ name: "s", value: "closed / received", steps: ["95% -> 100", "90% -> 70", "80% -> 40"], weight: 50 }, quality],
    });
    expect(lintsOf(fine, "KPI201")).toEqual([]);
  });

  it("follows an indicator that reads another indicator", () => {
    const text = kpiText({
      metrics: COMMON_METRICS,
      indicators: [
        { name: "base", value: "closed / received", weight: 50 },
        { name: "again", aspect: "volume", value: "base", target: "100%", weight: 20 },
        quality,
      ],
    });
    expect(lintsOf(text, "KPI201").map((d) => d.declaration?.name)).toEqual(["again"]);
  });

  it("property: a higher share target warns exactly when it is 100% or more", () => {
    fc.assert(
      fc.property(fc.integer({ min: 51, max: 120 }), (t) => {
        const text = kpiText({
          metrics: COMMON_METRICS,
          indicators: [{ name: "share", value: "closed / received", floor: "50%", target: `${t}%`, weight: 50 }, quality],
        });
        expect(lintsOf(text, "KPI201").length).toBe(t >= 100 ? 1 : 0);
      }),
      { numRuns: 40 },
    );
  });
});
