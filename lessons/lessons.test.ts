/**
 * A lesson may never show the opposite of what it says: each lesson's scenario is simulated
 * here exactly as the presentation builds it (same scheme edits, same population, same seed)
 * and its claim is asserted on the numbers.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../packages/dsl/src/index.ts";
import { runPoint, type SimulationResult } from "../packages/simulator/src/index.ts";
import { toSimulatorParams } from "../packages/playground/src/sim/population-params.ts";
import { checkClaim, type Evidence } from "../packages/playground/src/lessons/claim.ts";
import { figureOf } from "../packages/playground/src/lessons/metric.ts";
import { controlOf, pairRuns, sweepPoints, type Run } from "../packages/playground/src/lessons/scenario.ts";
import { lessonFiles, loadLesson, resolveScheme } from "./load.ts";

const files = lessonFiles();

/** Through the simulator's scenario layer, as the playground's worker runs it. */
async function run(r: Run): Promise<SimulationResult> {
  const errors = analyze(r.text).diagnostics.filter((d) => d.severity === "error");
  expect(errors.map((d) => d.message)).toEqual([]);
  return (await runPoint(r.text, toSimulatorParams(r.population))) as SimulationResult;
}

describe("lesson files", () => {
  it("there are at least eight, each named after its id", () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) expect(`${loadLesson(f).id}.json`).toBe(f);
  });

  it("cover the topics the trainers asked for", () => {
    const sources = files.map((f) => loadLesson(f).source.cite).join(" | ");
    for (const s of ["Khánh Hòa", "Bevan & Hood", "Holmström & Milgrom", "Becker", "Weitzman", "Deming", "Wells Fargo", "Decree 335"])
      expect(sources).toContain(s);
  });

  it.each(files)("%s: its control starts inside its range and its chart exists in the scheme", (file) => {
    const lesson = loadLesson(file);
    const control = controlOf(lesson, resolveScheme);
    expect(control.initial).toBeGreaterThanOrEqual(control.min);
    expect(control.initial).toBeLessThanOrEqual(control.max);
    if (lesson.chart.startsWith("indicator:")) {
      const name = lesson.chart.slice("indicator:".length);
      expect(analyze(resolveScheme(lesson.scheme)).scheme?.indicators.map((i) => i.name)).toContain(name);
    }
  });
});

describe("lesson claims hold in the simulator", () => {
  it.each(files)("%s", async (file) => {
    const lesson = loadLesson(file);
    let evidence: Evidence;
    if (lesson.sweep) {
      const watch = lesson.claim.metric;
      const points = [];
      for (const p of sweepPoints(lesson, resolveScheme)) points.push({ value: p.value, figure: figureOf(await run(p.run), watch) });
      evidence = { kind: "sweep", points };
    } else {
      const { before, after } = pairRuns(lesson, resolveScheme);
      evidence = {
        kind: "pair",
        before: figureOf(await run(before), lesson.claim.metric),
        after: figureOf(await run(after), lesson.claim.metric),
      };
    }
    const verdict = checkClaim(lesson.claim, evidence);
    // The detail carries the numbers, so a failure says by how much the lesson is wrong.
    expect(verdict, verdict.detail).toMatchObject({ holds: true });
  });
});
