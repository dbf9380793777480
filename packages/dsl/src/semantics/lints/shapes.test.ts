/**
 * Each gaming-risk lint on the scheme shapes that trip up naive checks: nested groups,
 * weights that do not sum to 100, metrics without `observes`, indicators without an aspect.
 * Each case states the codes it must raise and the codes it must not.
 */
import { describe, expect, it } from "vitest";
import { analyzeClean, kpiText, type SchemeSpec } from "./fixtures.ts";

const UNOBSERVED = [
  { name: "received", source: "system" },
  { name: "log", source: "self" },
  { name: "errors", source: "system" },
  { name: "grade", type: "points", source: "supervisor" },
];

// Weights 30 + 20 at the top (KPI101), nested two deep, nothing observed, no aspect written.
const NESTED: SchemeSpec = {
  metrics: UNOBSERVED,
  groups: [
    { name: "work", weight: 30 },
    { name: "inner", weight: 3, group: "work" },
    { name: "care", weight: 20 },
  ],
  indicators: [
    { name: "share", group: "inner", value: "log / received", floor: "80%", target: "100%", weight: 7 },
    { name: "slip", group: "work", value: "errors / received", better: "lower", floor: "10%", target: "9.9%", weight: 1 },
    { name: "manner", group: "care", value: "grade", steps: ["90 -> 100", "60 -> 20"], weight: 10 },
  ],
};

function codes(spec: SchemeSpec): string[] {
  return [
    ...new Set(
      analyzeClean(kpiText(spec))
        .diagnostics.filter((d) => !d.suppressed)
        .map((d) => d.code),
    ),
  ].sort();
}

describe("lints on awkward shapes", () => {
  it("nested, unobserved, weights off 100: every lint judges by effective weight and source", () => {
    // share: 60% × 3/4 = 45%; slip: 60% × 1/4 = 15%; manner: 40%.
    // KPI201 (100% of a self-logged share), KPI204 (log feeds 45%), KPI205 (slip's floor and
    // target 0.1 points apart; manner's step 90 → 100 is 80 above the next), KPI206 (no aspect
    // anywhere: unobserved metrics give none). Not KPI202 (no volume or timeliness aspect) and
    // not KPI203 (no share above 50%).
    expect(codes(NESTED)).toEqual(["KPI101", "KPI201", "KPI204", "KPI205", "KPI206"]);
  });

  it("writing the aspects turns outputs-only into a paired scheme", () => {
    const spec: SchemeSpec = {
      ...NESTED,
      indicators: NESTED.indicators.map((i) => ({
        ...i,
        aspect: i.name === "share" ? "volume" : i.name === "slip" ? "quality" : "conduct",
      })),
    };
    const got = codes(spec);
    expect(got).not.toContain("KPI202");
    expect(got).not.toContain("KPI206");
    expect(got).toContain("KPI201");
  });

  it("an audited log, a reachable target and gentle steps leave only the weights warning", () => {
    const spec: SchemeSpec = {
      metrics: UNOBSERVED.map((m) => (m.name === "log" ? { ...m, audit: "5%" } : m)),
      groups: NESTED.groups!,
      indicators: [
        { name: "share", group: "inner", aspect: "volume", value: "log / received", floor: "80%", target: "95%", weight: 7 },
        {
          name: "slip",
          group: "work",
          aspect: "quality",
          value: "errors / received",
          better: "lower",
          floor: "10%",
          target: "2%",
          weight: 1,
        },
        { name: "manner", group: "care", aspect: "conduct", value: "grade", steps: ["90 -> 100", "75 -> 60", "60 -> 20"], weight: 10 },
      ],
    };
    expect(codes(spec)).toEqual(["KPI101"]);
  });

  it("a group at weight 0 takes its indicators' weight away, and the lints follow", () => {
    const spec: SchemeSpec = {
      metrics: UNOBSERVED,
      groups: [
        { name: "main", weight: 100 },
        { name: "ignored", weight: 0 },
      ],
      indicators: [
        { name: "accuracy", group: "main", aspect: "quality", value: "errors / received", better: "lower", weight: 50 },
        { name: "fine", group: "main", aspect: "conduct", value: "grade", floor: "50", target: "90", weight: 50 },
        { name: "logged", group: "ignored", aspect: "volume", value: "log / received", weight: 100 },
      ],
    };
    // `logged` is self-reported and unaudited but weighs 0: no KPI204, no KPI202.
    expect(codes(spec)).toEqual([]);
  });
});
