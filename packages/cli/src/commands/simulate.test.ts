import { resolveParams, simulate as simulateEngine } from "@goodhart/simulator";
import { analyze } from "@goodhart/dsl";
import { describe, expect, it } from "vitest";
import { overridesOf } from "../simulation-flags.ts";
import { runWith, SCHEME } from "../test-support/mem-io.ts";

const SIM = SCHEME.replace(
  'metric done "Done" {\n  type count\n  source system\n',
  'metric done "Done" {\n  type count\n  source system\n  observes cases.closed\n',
).replace(
  'metric errors "Errors" {\n  type count\n  source system\n',
  'metric errors "Errors" {\n  type count\n  source system\n  observes cases.reopened\n',
);
const SMALL = ["--staff", "60", "--periods", "2", "--seed", "7"];

describe("goodhart simulate", () => {
  it("--json prints the simulator's document for the flags given", async () => {
    const r = await runWith(["simulate", "s.kpi", "--json", ...SMALL], { "s.kpi": SIM });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toEqual(JSON.parse(JSON.stringify(simulateEngine(SIM, { staff: 60, periods: 2, seed: 7 }))));
  });

  it("--replicates 1 keeps the replicated shape: replicates 1, its seed, every interval with null ends; sweep points too", async () => {
    const keysOf = (x: unknown): unknown =>
      x && typeof x === "object" ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, keysOf(v)])) : "leaf";
    const one = JSON.parse((await runWith(["simulate", "s.kpi", "--json", ...SMALL, "--replicates", "1"], { "s.kpi": SIM })).stdout);
    const two = JSON.parse((await runWith(["simulate", "s.kpi", "--json", ...SMALL, "--replicates", "2"], { "s.kpi": SIM })).stdout);
    expect(Object.keys(one)).toEqual(Object.keys(two));
    expect(one.replicates).toBe(1);
    expect(one.seeds).toEqual([7]);
    expect(Object.keys(one.intervals)).toEqual(Object.keys(two.intervals));
    expect(JSON.stringify(one.intervals)).not.toMatch(/"(low|high)":(?!null)/);
    // Replicate 1 is the single run: the same figures.
    const plain = JSON.parse((await runWith(["simulate", "s.kpi", "--json", ...SMALL], { "s.kpi": SIM })).stdout);
    expect(one.summary).toEqual(plain.summary);
    const text = await runWith(["simulate", "s.kpi", ...SMALL, "--replicates", "1"], { "s.kpi": SIM });
    expect(text.stderr + text.stdout).toContain("1 replicate (seed 7; one run measures no spread, so no interval)");
    const sweep = (n: string) =>
      runWith(["sweep", "s.kpi", "--json", ...SMALL, "--set", "population.luck=10%..20%:2", "--replicates", n], { "s.kpi": SIM });
    const [p1, p2] = [JSON.parse((await sweep("1")).stdout)[0], JSON.parse((await sweep("2")).stdout)[0]];
    expect(Object.keys(p1)).toEqual(Object.keys(p2));
    expect(keysOf(p1.intervals)).toEqual(keysOf(p2.intervals));
    expect(p1.replicates).toBe(1);
  });

  it("shares are read as 25% or 0.25 alike", async () => {
    const a = await runWith(
      ["simulate", "s.kpi", "--json", ...SMALL, "--saints", "25%", "--honest", "25%", "--reactive", "25%", "--maniacs", "25%"],
      { "s.kpi": SIM },
    );
    const b = await runWith(
      ["simulate", "s.kpi", "--json", ...SMALL, "--saints", "0.25", "--honest", ".25", "--reactive", "0.25", "--maniacs", "25%"],
      { "s.kpi": SIM },
    );
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it("prints a readable summary without --json", async () => {
    const r = await runWith(["simulate", "s.kpi", ...SMALL], { "s.kpi": SIM });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("60 staff × 2 periods, seed 7");
    expect(r.stdout).toContain("gaming rate");
    expect(r.stderr).toBe("");
  });

  it("type shares given beyond 100% are a usage error saying so", async () => {
    const r = await runWith(["simulate", "s.kpi", ...SMALL, "--saints", "90%", "--honest", "20%"], { "s.kpi": SIM });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--saints, --honest add up to more than 100%");
  });

  it("--saints 100% alone is a population of saints, who never game", async () => {
    const r = await runWith(["simulate", "s.kpi", "--json", ...SMALL, "--saints", "100%"], { "s.kpi": SIM });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.gamingRate).toBe(0);
    const explicit = await runWith(
      ["simulate", "s.kpi", "--json", ...SMALL, "--saints", "100%", "--honest", "0", "--reactive", "0", "--maniacs", "0"],
      { "s.kpi": SIM },
    );
    expect(explicit.stdout).toBe(r.stdout);
  });

  it("the type shares not given keep their proportions and fill the rest", () => {
    const o = resolveParams(analyze(SIM).scheme!, overridesOf({ saints: 0.4 }));
    expect(o.saints).toBe(0.4);
    expect(o.honest / o.reactive).toBeCloseTo(0.6 / 0.25, 12);
    expect(o.reactive / o.maniacs).toBeCloseTo(0.25 / 0.05, 12);
    expect(o.saints + o.honest + o.reactive + o.maniacs).toBeCloseTo(1, 12);
    const fromBlock = resolveParams(
      analyze(`${SIM}\nsimulation default {\n  saints 0%\n  honest 50%\n  reactive 50%\n  maniacs 0%\n}\n`).scheme!,
      overridesOf({ maniacs: 0.5 }),
    );
    expect(fromBlock).toMatchObject({ maniacs: 0.5, saints: 0, honest: 0.25, reactive: 0.25 });
  });

  it("a scheme with errors exits 1 with its diagnostics", async () => {
    const r = await runWith(["simulate", "s.kpi", ...SMALL], { "s.kpi": "metric a { type count }\n" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error KPI006");
  });
});

describe("goodhart sweep", () => {
  it("--json with one --set prints [{value, summary}] with numeric values", async () => {
    const r = await runWith(["sweep", "s.kpi", "--set", "volume.target=40..60:3", "--json", ...SMALL], { "s.kpi": SIM });
    expect(r.code).toBe(0);
    const points = JSON.parse(r.stdout) as { value: number; summary: Record<string, unknown> }[];
    expect(points.map((p) => p.value)).toEqual([40, 50, 60]);
    const middle = simulateEngine(SIM, { staff: 60, periods: 2, seed: 7 });
    expect(points[1]!.summary).toEqual(JSON.parse(JSON.stringify(middle.summary)));
  });

  it("several --set make a grid whose values are objects keyed by path", async () => {
    const r = await runWith(
      ["sweep", "s.kpi", "--set", "volume.target=40..60:2", "--set", "quality.floor=15%..20%:2", "--json", ...SMALL],
      { "s.kpi": SIM },
    );
    const points = JSON.parse(r.stdout) as { value: Record<string, number> }[];
    expect(points.map((p) => p.value)).toEqual([
      { "volume.target": 40, "quality.floor": 0.15 },
      { "volume.target": 40, "quality.floor": 0.2 },
      { "volume.target": 60, "quality.floor": 0.15 },
      { "volume.target": 60, "quality.floor": 0.2 },
    ]);
  });

  it("a point where the scheme does not check has a null summary and its errors", async () => {
    const r = await runWith(["sweep", "s.kpi", "--set", "volume.target=10..20:2", "--json", ...SMALL], { "s.kpi": SIM });
    expect(r.code).toBe(0);
    const points = JSON.parse(r.stdout) as { value: number; summary: unknown; errors?: string[] }[];
    expect(points[0]!.summary).toBeNull();
    expect(points[0]!.errors!.join(" ")).toContain("KPI007");
    expect(points[1]!.summary).not.toBeNull();
    expect(r.stderr).toContain("volume.target=10: the scheme does not check");
  });

  it("prints a table without --json", async () => {
    const r = await runWith(["sweep", "s.kpi", "--set", "quality.floor=15%..20%:2", ...SMALL], { "s.kpi": SIM });
    expect(r.stdout.split("\n")[0]).toMatch(/quality\.floor\s+score/);
    expect(r.stdout).toContain("15%");
  });
});

describe("goodhart score --explain / --edges", () => {
  const csv = "id,done,errors\na,50,0\nb,30,2\nc,12,1\n";
  it("--explain ID explains one staff member", async () => {
    const r = await runWith(["score", "s.kpi", "--data", "s.csv", "--explain", "b"], { "s.kpi": SIM, "s.csv": csv });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("volume");
    const j = await runWith(["score", "s.kpi", "--data", "s.csv", "--explain", "b", "--json"], { "s.kpi": SIM, "s.csv": csv });
    expect(JSON.parse(j.stdout).indicators.length).toBe(2);
  });

  it("--explain with an unknown id names it", async () => {
    const r = await runWith(["score", "s.kpi", "--data", "s.csv", "--explain", "zz"], { "s.kpi": SIM, "s.csv": csv });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no staff member with id "zz"');
  });

  it("--edges reports thresholds", async () => {
    const r = await runWith(["score", "s.kpi", "--data", "s.csv", "--edges", "--json"], { "s.kpi": SIM, "s.csv": csv });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).staff).toBe(3);
  });

  it("names like __proto__ are ordinary keys in every part of the result", async () => {
    const schemes = [
      "metric __proto__ { type count observes cases.closed }\nindicator toString { value __proto__ floor 0 target 10 weight 100 }\nrating constructor { min 50 }\nrating rest { }\n",
      "metric closed { type count observes cases.closed }\nindicator __proto__ { value closed floor 0 target 10 weight 100 }\nrating top { min 50 }\nrating __defineGetter__ { }\n",
    ];
    for (const text of schemes) {
      const r = await runWith(["simulate", "s.kpi", "--json", "--staff", "50", "--periods", "2"], { "s.kpi": text });
      expect(r.code, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout);
      const scheme = analyze(text).scheme!;
      expect(Object.keys(doc.indicators)).toEqual(scheme.indicators.map((x) => x.name));
      expect(Object.keys(doc.lastPeriod.indicators)).toEqual(scheme.indicators.map((x) => x.name));
      expect(Object.keys(doc.summary.ratings).sort()).toEqual(scheme.ratings.map((x) => x.name).sort());
    }
  });
});
