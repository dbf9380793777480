/**
 * The dsl's diff is the only diff: `goodhart diff --data` is the dsl's diffImpact on the same
 * staff table, and the simulated table reads the simulator's figure catalogue.
 */
import { readFileSync } from "node:fs";
import { analyze, diffImpact, diffSchemes, type Scheme } from "@goodhart/dsl";
import { figureByKey, HEADLINE_FIGURES, simulate as simulateEngine } from "@goodhart/simulator";
import { describe, expect, it } from "vitest";
import { readStaffTable } from "../csv.ts";
import { comparedFigures } from "../diff-simulation.ts";
import { runWith } from "../test-support/mem-io.ts";

const example = (name: string) => readFileSync(new URL(`../../../../examples/${name}`, import.meta.url), "utf8");
const OLD = example("balanced-casework.kpi");
const CSV = example("balanced-casework.staff.csv");
const schemeOf = (text: string): Scheme => analyze(text).scheme!;

describe("goodhart diff --data is the dsl's diffImpact", () => {
  for (const [what, edit] of [
    ["renaming a rating band", (t: string) => t.replace('rating strong "Strong"', 'rating great "Strong"')],
    [
      "renaming a band and moving its floor",
      (t: string) => t.replace('rating strong "Strong" {\n  min 70', 'rating great "Strong" {\n  min 75'),
    ],
    ["raising a weight", (t: string) => t.replace(/weight (\d+)/, (_, w) => `weight ${Number(w) + 10}`)],
  ] as const) {
    it(`on ${what}`, async () => {
      const NEW = edit(OLD);
      expect(NEW).not.toBe(OLD);
      const r = await runWith(["diff", "a.kpi", "b.kpi", "--data", "staff.csv", "--json"], {
        "a.kpi": OLD,
        "b.kpi": NEW,
        "staff.csv": CSV,
      });
      expect(r.code, r.stderr).toBe(0);
      const o = schemeOf(OLD);
      const n = schemeOf(NEW);
      const metrics = [...new Set([...o.metrics, ...n.metrics].map((m) => m.name))];
      const want = diffImpact(o, n, readStaffTable(CSV, "staff.csv", metrics, [o.pool, n.pool]), {
        diff: diffSchemes(OLD, NEW),
        table: "staff.csv",
        missingColumns: [],
      });
      expect(JSON.parse(r.stdout).impact).toEqual(JSON.parse(JSON.stringify(want)));
    });
  }

  it("a pure rename moves nobody", async () => {
    const r = await runWith(["diff", "a.kpi", "b.kpi", "--data", "staff.csv", "--json"], {
      "a.kpi": OLD,
      "b.kpi": OLD.replace('rating strong "Strong"', 'rating great "Strong"'),
      "staff.csv": CSV,
    });
    expect(JSON.parse(r.stdout).impact.moves).toEqual([]);
  });
});

describe("the simulated table reads the figure catalogue", () => {
  it("its headline rows are HEADLINE_FIGURES in order, with the catalogue's labels and formats", () => {
    const summary = simulateEngine(OLD, { staff: 40, periods: 1 }).summary;
    const sim = { old: { ...summary, bonusCost: 0 }, new: { ...summary, bonusCost: 0 } };
    const rows = comparedFigures(sim);
    const headline = rows.filter((r) => (HEADLINE_FIGURES as readonly string[]).includes(r.figure.key));
    expect(headline.map((r) => r.figure.key)).toEqual([...HEADLINE_FIGURES]);
    for (const r of rows.filter((x) => x.figure.key !== "bonusCost")) expect(r.figure).toEqual(figureByKey(r.figure.key));
    expect(rows.filter((r) => r.nested).map((r) => r.figure.key)).toEqual(Object.keys(summary.gaming).map((k) => `gaming.${k}`));
  });

  it("the text output uses the catalogue's labels", async () => {
    const r = await runWith(["diff", "a.kpi", "b.kpi", "--simulate", "--staff", "40", "--periods", "1"], {
      "a.kpi": OLD,
      "b.kpi": OLD.replace("min 70", "min 72"),
    });
    for (const key of HEADLINE_FIGURES) expect(r.stdout).toContain(figureByKey(key)!.label);
  });
});
