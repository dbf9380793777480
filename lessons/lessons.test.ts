/**
 * A lesson may never show the opposite of what it says: each lesson's scenario is simulated
 * here exactly as the presentation builds it (same scheme edits, same population, same seed)
 * and its claim is asserted on the numbers.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../packages/dsl/src/index.ts";
import { simulate } from "../packages/simulator/src/index.ts";
import { toSimulatorParams } from "../packages/playground/src/sim/population-params.ts";
import { checkClaim, type Evidence } from "../packages/playground/src/lessons/claim.ts";
import { figureOf } from "../packages/playground/src/lessons/metric.ts";
import { controlOf, pairRuns, sweepPoints, type Run } from "../packages/playground/src/lessons/scenario.ts";
import { lessonFiles, loadLesson, resolveScheme } from "./load.ts";

const files = lessonFiles();

function run(r: Run) {
  const errors = analyze(r.text).diagnostics.filter((d) => d.severity === "error");
  expect(errors.map((d) => d.message)).toEqual([]);
  return simulate(r.text, toSimulatorParams(r.population));
}

describe("lesson files", () => {
  it("there are at least eight, each named after its id", () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) expect(`${loadLesson(f).id}.json`).toBe(f);
  });

  it("cover the topics the trainers asked for", () => {
    const sources = files.map((f) => loadLesson(f).source.cite).join(" | ");
    for (const s of ["Khánh Hòa", "Bevan & Hood", "Holmström & Milgrom", "Becker", "Weitzman", "Deming", "Wells Fargo", "Decree 335"]) expect(sources).toContain(s);
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
  it.each(files)("%s", (file) => {
    const lesson = loadLesson(file);
    let evidence: Evidence;
    if (lesson.sweep) {
      const watch = lesson.claim.metric;
      evidence = { kind: "sweep", points: sweepPoints(lesson, resolveScheme).map((p) => ({ value: p.value, figure: figureOf(run(p.run), watch) })) };
    } else {
      const { before, after } = pairRuns(lesson, resolveScheme);
      evidence = { kind: "pair", before: figureOf(run(before), lesson.claim.metric), after: figureOf(run(after), lesson.claim.metric) };
    }
    const verdict = checkClaim(lesson.claim, evidence);
    // The detail carries the numbers, so a failure says by how much the lesson is wrong.
    expect(verdict, verdict.detail).toMatchObject({ holds: true });
  });
});
