import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import type { Scheme } from "../semantics/model.ts";
import { edges, renderEdges, scoreWidth } from "./edges.ts";

function schemeOf(text: string): Scheme {
  const a = analyze(text);
  if (!a.scheme) throw new Error(a.diagnostics.map((d) => d.message).join("\n"));
  return a.scheme;
}

// `minutes` scores by a step (lower is better); `share` by a line to 90%. One indicator each
// lets the score equal the indicator's points, which makes expected counts easy to state.
const STEP_TEXT = `metric minutes { type number }
indicator response {
  value minutes
  better lower
  step 8 -> 100
  step 12 -> 40
  weight 100
}
rating fast { min 90 }
rating slow { reward 0% }
`;
const STEP = schemeOf(STEP_TEXT);

describe("edges", () => {
  it("counts just-met and just-missed on both step thresholds of a `lower` indicator", () => {
    // Width at 8 is max(2% of 8, 2% of the spread 4) = 0.16.
    const rows = [7.9, 7.95, 8, 8, 8.1, 8.5, 11.9].map((m) => ({ minutes: m }));
    const report = edges(STEP, rows);
    const at8 = report.edges.find((e) => e.kind === "step" && e.threshold === 8)!;
    expect(at8.width).toBeCloseTo(0.16, 12);
    expect(at8).toMatchObject({ above: 4, below: 1, ratio: 4 });
    const at12 = report.edges.find((e) => e.kind === "step" && e.threshold === 12)!;
    expect(at12).toMatchObject({ above: 1, below: 0, ratio: Infinity });
    expect(report.staff).toBe(7);
    expect(renderEdges(report)).toContain("Bunching");
  });

  it("counts band minimums on the score with the documented width", () => {
    // Scores are 100 or 40 here: no one sits within 1.8 points of 90.
    const band = edges(STEP, [{ minutes: 5 }, { minutes: 10 }]).edges.find((e) => e.kind === "band")!;
    expect(band).toMatchObject({ name: "fast", threshold: 90, width: 1.8, above: 0, below: 0, ratio: null });
    expect(scoreWidth(10)).toBe(0.5);
    // Exactly 2% of 70, not 1.4000000000000001; and the report names its scheme like the others.
    expect(scoreWidth(70)).toBe(1.4);
    expect(edges(schemeOf(`scheme "Ambulance" { period month }\n${STEP_TEXT}`), []).scheme).toBe("Ambulance");
  });

  it("property: every staff member is counted at most once per threshold, and only within the band", () => {
    const line = schemeOf(`metric a { type count }
metric b { type count }
indicator share {
  value a / b
  floor 50%
  target 90%
  weight 100
}
rating good { min 70 }
rating poor { reward 0% }
`);
    fc.assert(
      fc.property(
        fc.array(fc.record({ a: fc.integer({ min: 0, max: 100 }), b: fc.integer({ min: 1, max: 100 }) }), { maxLength: 40 }),
        (rows) => {
          const r = edges(line, rows);
          for (const e of r.edges) {
            expect(e.above + e.below).toBeLessThanOrEqual(rows.length);
            const values =
              e.kind === "band" ? rows.map((x) => Math.min(100, Math.max(0, ((x.a / x.b - 0.5) / 0.4) * 100))) : rows.map((x) => x.a / x.b);
            const near = values.filter((v) => Math.abs(v - e.threshold) < e.width).length;
            expect(e.above + e.below).toBe(near);
            expect(e.above).toBe(values.filter((v) => v >= e.threshold && v < e.threshold + e.width).length);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("edges on the scorer's rounded numbers", () => {
  it("57 on a 0–100 line counts as just meeting `min 57`, not just missing it", () => {
    const s = schemeOf(`metric x { type number }
indicator i { value x floor 0 target 100 weight 100 }
rating ok { min 57 }
rating short { reward 0% }
`);
    const band = edges(s, [{ x: 57 }]).edges.find((e) => e.kind === "band")!;
    expect(band).toMatchObject({ above: 1, below: 0 });
  });
});
