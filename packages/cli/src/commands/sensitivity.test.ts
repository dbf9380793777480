import { MODEL_CONSTANTS, oneAtATime } from "@goodhart/simulator";
import { describe, expect, it } from "vitest";
import { runWith } from "../test-support/mem-io.ts";

const BASE = `metric closed { type count source self observes cases.closed }
metric received { type count source system observes cases.received }
indicator done { value closed / received floor 50% target 100% weight 100 }
rating good { min 70 reward 10% }
rating poor { reward 0% }
`;
const SMALL = ["--staff", "40", "--periods", "2"];

describe("goodhart sensitivity", () => {
  it("--json: every constant, largest swing first, equal to the simulator's one-at-a-time analysis", async () => {
    const r = await runWith(["sensitivity", "s.kpi", "--figure", "gamingRate", "--json", ...SMALL], { "s.kpi": BASE });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(["figure", "base", "constants"]);
    expect(doc.figure).toBe("gamingRate");
    expect(doc.constants.map((c: { name: string }) => c.name).sort()).toEqual(MODEL_CONSTANTS.map((c) => c.name).sort());
    for (const c of doc.constants)
      expect(Object.keys(c)).toEqual(["name", "default", "low", "high", "figureAtLow", "figureAtHigh", "swing"]);
    const swings = doc.constants.map((c: { swing: number }) => c.swing);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    const { replicates: _r, ...direct } = await oneAtATime(BASE, { staff: 40, periods: 2 }, "gamingRate");
    expect(doc).toEqual(JSON.parse(JSON.stringify(direct)));
  });

  it("the text is a table and a tornado chart", async () => {
    const r = await runWith(["sensitivity", "s.kpi", "--figure", "falsifiedShare", ...SMALL], { "s.kpi": BASE });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("constant");
    expect(r.stdout).toContain("swing");
    expect(r.stdout).toContain("tornado");
  });

  it("asks for a figure it knows", async () => {
    const none = await runWith(["sensitivity", "s.kpi"], { "s.kpi": BASE });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--figure");
    const bad = await runWith(["sensitivity", "s.kpi", "--figure", "happiness"], { "s.kpi": BASE });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("falsifiedShare");
  });

  it("refuses a band or an indicator the scheme does not have, naming those it has", async () => {
    const band = await runWith(["sensitivity", "s.kpi", "--figure", "ratings.nosuch", "--json"], { "s.kpi": BASE });
    expect(band.code).toBe(2);
    expect(band.stdout).toBe("");
    expect(band.stderr).toMatch(/no rating 'nosuch'; its ratings: \S/);
    const ind = await runWith(["sensitivity", "s.kpi", "--figure", "indicators.nosuch.meanValue"], { "s.kpi": BASE });
    expect(ind.code).toBe(2);
    expect(ind.stderr).toMatch(/no indicator 'nosuch'; its indicators: \S/);
  });

  it("--method sobol gives first and total indices per constant", async () => {
    const r = await runWith(
      [
        "sensitivity",
        "s.kpi",
        "--figure",
        "meanTrueValue",
        "--method",
        "sobol",
        "--samples",
        "2",
        "--json",
        "--staff",
        "20",
        "--periods",
        "1",
      ],
      { "s.kpi": BASE },
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.method).toBe("sobol");
    expect(doc.runs).toBe(2 * (MODEL_CONSTANTS.length + 2));
    expect(doc.constants[0]).toHaveProperty("total");
  });
});
