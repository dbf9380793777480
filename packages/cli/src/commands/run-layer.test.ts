/**
 * The CLI against the simulator's scenario layer and the checker: each pair of places gives
 * the same answer (the reproductions of the "one scenario layer" issue), and the flags of
 * replicates and model constants behave as documented.
 */
import { analyze } from "@goodhart/dsl";
import { combineResults, MODEL_CONSTANTS, POPULATION_DEFAULTS, resolveParams, simulate as simulateEngine } from "@goodhart/simulator";
import { describe, expect, it } from "vitest";
import { runWith } from "../test-support/mem-io.ts";

const BASE = `metric closed { type count source self observes cases.closed }
metric received { type count source system observes cases.received }
indicator done { value closed / received floor 50% target 100% weight 100 }
rating good { min 70 reward 10% }
rating poor { reward 0% }
`;
const TWO_BLOCKS = `${BASE}simulation small { staff 80 periods 2 reactive 100% }\nsimulation default { staff 60 periods 2 honest 100% }\n`;
const json = (r: { stdout: string }) => JSON.parse(r.stdout);

describe("the simulation block and the flags", () => {
  it("flags fill the rest of the mix from the block that is used (default), not from the first", async () => {
    const r = await runWith(["simulate", "s.kpi", "--json", "--maniacs", "50%"], { "s.kpi": TWO_BLOCKS });
    expect(r.code).toBe(0);
    expect(json(r).settings).toMatchObject({ honest: 0.5, maniacs: 0.5, reactive: 0, saints: 0 });
    expect(json(r).staff).toBe(60);
  });

  it("a partial mix in a block: check passes it and simulate runs it, both by the same rule", async () => {
    const text = `${BASE}simulation default { staff 60 periods 2 saints 50% }\n`;
    expect(analyze(text).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const r = await runWith(["simulate", "s.kpi", "--json"], { "s.kpi": text });
    expect(r.code).toBe(0);
    const s = json(r).settings;
    expect(s.saints).toBe(0.5);
    expect(s.honest / s.reactive).toBeCloseTo(0.6 / 0.25, 12);
    expect(s.saints + s.honest + s.reactive + s.maniacs).toBeCloseTo(1, 12);
  });

  it("a partial mix over 100%: check reports KPI004 and simulate refuses it too", async () => {
    const text = `${BASE}simulation default { staff 60 periods 2 saints 70% maniacs 40% }\n`;
    expect(analyze(text).diagnostics.map((d) => d.code)).toContain("KPI004");
    const c = await runWith(["check", "s.kpi"], { "s.kpi": text });
    const r = await runWith(["simulate", "s.kpi"], { "s.kpi": text });
    expect(c.code).toBe(1);
    expect(r.code).toBe(1);
  });
});

describe("--replicates", () => {
  it("adds replicates, seeds and intervals; the summary is the mean of the N single runs", async () => {
    const r = await runWith(["simulate", "s.kpi", "--json", "--replicates", "3", "--staff", "60", "--periods", "2", "--seed", "5"], {
      "s.kpi": BASE,
    });
    expect(r.code).toBe(0);
    const doc = json(r);
    expect(doc.replicates).toBe(3);
    expect(doc.seeds).toEqual([5, 6, 7]);
    const singles = [5, 6, 7].map((seed) => simulateEngine(BASE, { staff: 60, periods: 2, seed }));
    expect(doc.summary).toEqual(JSON.parse(JSON.stringify(combineResults(singles, [5, 6, 7]).summary)));
    expect(doc.summary.meanScore).toBeCloseTo(singles.reduce((a, s) => a + s.summary.meanScore!, 0) / 3, 9);
    const i = doc.intervals.meanScore;
    expect(i.low).toBeLessThanOrEqual(doc.summary.meanScore);
    expect(i.high).toBeGreaterThanOrEqual(doc.summary.meanScore);
    expect(doc.intervals.gaming.rush).toHaveProperty("low");
  });

  it("--replicates 1 has the plain run's figures, in the replicated document's shape", async () => {
    const a = await runWith(["simulate", "s.kpi", "--json", "--staff", "60", "--periods", "2"], { "s.kpi": BASE });
    const b = await runWith(["simulate", "s.kpi", "--json", "--staff", "60", "--periods", "2", "--replicates", "1"], { "s.kpi": BASE });
    const { lastPeriod: _detail, ...plain } = JSON.parse(a.stdout);
    const { replicates, seeds, intervals, ...same } = JSON.parse(b.stdout);
    expect(same).toEqual(plain);
    expect({ replicates, seeds }).toEqual({ replicates: 1, seeds: [plain.seed] });
    expect(intervals.meanScore).toEqual({ low: null, high: null });
  });

  it("the text shows each figure with its interval", async () => {
    const r = await runWith(["simulate", "s.kpi", "--replicates", "4", "--staff", "60", "--periods", "2"], { "s.kpi": BASE });
    expect(r.stdout).toMatch(/mean score +\d+(\.\d)? \(\d+(\.\d)?–\d+(\.\d)?\)/);
  });

  it("a sweep point carries its own intervals", async () => {
    const r = await runWith(
      ["sweep", "s.kpi", "--json", "--set", "done.target=90%..100%:2", "--replicates", "2", "--staff", "60", "--periods", "2"],
      { "s.kpi": BASE },
    );
    expect(r.code).toBe(0);
    const points = json(r);
    expect(points).toHaveLength(2);
    for (const p of points) expect(p.intervals.falsifiedShare).toHaveProperty("high");
  });

  it.each([["0"], ["-1"], ["2.5"], ["many"]])("--replicates %s is a usage error naming the flag", async (n) => {
    const r = await runWith(["simulate", "s.kpi", "--replicates", n], { "s.kpi": BASE });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--replicates");
  });
});

describe("--model and --sanction", () => {
  it("--model NAME=VALUE sets the constant (the run equals the engine's with that constant)", async () => {
    const r = await runWith(
      ["simulate", "s.kpi", "--json", "--staff", "60", "--periods", "2", "--model", "capacity=80", "--model", "temperature=2"],
      { "s.kpi": BASE },
    );
    expect(r.code).toBe(0);
    expect(json(r)).toEqual(
      JSON.parse(JSON.stringify(simulateEngine(BASE, { staff: 60, periods: 2, model: { capacity: 80, temperature: 2 } }))),
    );
  });

  it("an unknown constant is a usage error listing the known ones; a non-number names the flag", async () => {
    const r = await runWith(["simulate", "s.kpi", "--model", "nonsense=1"], { "s.kpi": BASE });
    expect(r.code).toBe(2);
    for (const c of MODEL_CONSTANTS) expect(r.stderr).toContain(c.name);
    const bad = await runWith(["simulate", "s.kpi", "--model", "capacity=abc"], { "s.kpi": BASE });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--model capacity=abc");
    const out = await runWith(["simulate", "s.kpi", "--model", "capacity=-5"], { "s.kpi": BASE });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("model.capacity");
  });

  it("--sanction sets the population setting", () => {
    expect(resolveParams(analyze(BASE).scheme!, { sanction: 0 }).sanction).toBe(0);
    expect(resolveParams(analyze(BASE).scheme!).sanction).toBe(POPULATION_DEFAULTS.sanction);
  });

  it("sweep --set model.NAME varies a constant; an unknown one is a usage error", async () => {
    const r = await runWith(["sweep", "s.kpi", "--json", "--set", "model.capacity=60..80:2", "--staff", "60", "--periods", "2"], {
      "s.kpi": BASE,
    });
    expect(r.code).toBe(0);
    const points = json(r);
    expect(points[1].summary).toEqual(
      JSON.parse(JSON.stringify(simulateEngine(BASE, { staff: 60, periods: 2, model: { capacity: 80 } }).summary)),
    );
    const bad = await runWith(["sweep", "s.kpi", "--set", "model.nope=1..2:2"], { "s.kpi": BASE });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("capacity");
  });
});
