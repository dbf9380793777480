/**
 * `goodhart diff --simulate --replicates N`: both sides on the same N seeds, each figure's
 * mean and interval held to `simulate --replicates N` of that side, and the mark "changed"
 * held to the paired interval of the per-seed differences.
 */
import { estimate, figureByKey, figureValue, simulate as simulateEngine } from "@goodhart/simulator";
import { describe, expect, it } from "vitest";
import { runWith, SCHEME } from "../test-support/mem-io.ts";

const SIM = SCHEME.replace(
  'metric done "Done" {\n  type count\n  source system\n',
  'metric done "Done" {\n  type count\n  source system\n  observes cases.closed\n',
);
// A change large enough that several figures move beyond the noise of a small population.
const NEW = SIM.replace("target 50", "target 80");
const SMALL = ["--staff", "60", "--periods", "2", "--seed", "7", "--workers", "1"];
const files = { "a.kpi": SIM, "b.kpi": NEW };

interface Diff {
  mean: number | null;
  low: number | null;
  high: number | null;
  changed: boolean;
}

async function json(args: string[], f: Record<string, string> = files) {
  const r = await runWith(["diff", "a.kpi", "b.kpi", "--simulate", "--json", ...args], f);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout).simulation;
}

describe("goodhart diff --simulate --replicates N", () => {
  it("runs both sides on the same N seeds; each side is what simulate --replicates N says of it", async () => {
    const sim = await json([...SMALL, "--replicates", "3"]);
    expect(sim.replicates).toBe(3);
    expect(sim.seeds).toEqual([7, 8, 9]);
    for (const [side, file] of [
      ["old", "a.kpi"],
      ["new", "b.kpi"],
    ] as const) {
      const r = await runWith(["simulate", file, "--json", ...SMALL, "--replicates", "3"], files);
      const alone = JSON.parse(r.stdout);
      const { bonusCost, ...summary } = sim[side];
      expect(summary).toEqual(alone.summary);
      const { bonusCost: costInterval, ...intervals } = sim.intervals[side];
      expect(intervals).toEqual(alone.intervals);
      expect(typeof bonusCost).toBe("number");
      expect(costInterval.low).toBeLessThanOrEqual(bonusCost);
    }
  });

  it("the difference is the paired t-interval of new − old seed by seed, and 'changed' means it excludes 0", async () => {
    const sim = await json([...SMALL, "--replicates", "4"]);
    const settings = sim.settings;
    const keys = Object.keys(sim.difference);
    expect(keys).toEqual(expect.arrayContaining(["meanScore", "falsifiedShare", "gaming.rush", "bonusCost", "ratings.good"]));
    for (const key of ["meanScore", "gamingRate", "scoreTruthCorrelation", "ratings.good"]) {
      const deltas = sim.seeds.map((seed: number) => {
        const a = figureValue(simulateEngine(SIM, { ...settings, seed }), key);
        const b = figureValue(simulateEngine(NEW, { ...settings, seed }), key);
        return a === null || b === null ? null : b - a;
      });
      const want = estimate(deltas);
      const got: Diff = sim.difference[key];
      expect(got.mean).toBeCloseTo(want.mean!, 12);
      expect(got.low).toBeCloseTo(want.low!, 12);
      expect(got.high).toBeCloseTo(want.high!, 12);
      expect(got.changed).toBe(got.low! > 0 || got.high! < 0);
    }
    // This change moves the mean score on every seed: the interval of the difference says so.
    expect(sim.difference.meanScore.changed).toBe(true);
  });

  it("a change that changes nothing marks nothing, however noisy each side is", async () => {
    const same = { "a.kpi": SIM, "b.kpi": `// only a comment\n${SIM}` };
    const sim = await json([...SMALL, "--replicates", "3"], same);
    for (const d of Object.values(sim.difference) as Diff[]) {
      expect(d.changed).toBe(false);
      if (d.mean !== null) expect(d.mean).toBe(0);
    }
    // Each side still carries the noise between seeds.
    expect(sim.intervals.old.meanScore.high).toBeGreaterThan(sim.intervals.old.meanScore.low);
    const text = (await runWith(["diff", "a.kpi", "b.kpi", "--simulate", ...SMALL, "--replicates", "3"], same)).stdout;
    expect(text).not.toMatch(/ changed$/m);
  });

  it("text shows old → new with intervals, the difference and the mark; Markdown names what moved", async () => {
    const r = await runWith(["diff", "a.kpi", "b.kpi", "--simulate", ...SMALL, "--replicates", "4"], files);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("4 replicates, seeds 7–10");
    const label = figureByKey("meanScore")!.label;
    const score = r.stdout.split("\n").find((l) => l.trim().startsWith(label))!;
    expect(score.trim().slice(label.length)).toMatch(
      /^\s+\d+(\.\d)? \([\d.]+–[\d.]+\)\s+→ \d+(\.\d)? \([\d.]+–[\d.]+\)\s+[+−][\d.]+ \([+−]?[\d.]+ to [+−]?[\d.]+\)\s+changed$/,
    );
    expect(r.stdout).toContain("excludes 0");
    const md = (await runWith(["diff", "a.kpi", "b.kpi", "--simulate", "--markdown", ...SMALL, "--replicates", "4"], files)).stdout;
    expect(md).toContain(`- ${label} `);
    expect(md).toMatch(/^- .* → .*, difference [+−]/m);
    expect(md).toContain("Within the noise between seeds");
  });

  it("runs the same on worker threads as in one thread", async () => {
    const one = await json([...SMALL, "--replicates", "3"]);
    const pool = await json([...SMALL.slice(0, -2), "--workers", "2", "--replicates", "3"]);
    expect(pool).toEqual(one);
  });

  it("bad values are usage errors naming the flag", async () => {
    for (const bad of ["0", "abc", "2.5", "-1"]) {
      const r = await runWith(["diff", "a.kpi", "b.kpi", "--simulate", "--replicates", bad], files);
      expect(r.code, bad).toBe(2);
      expect(r.stderr, bad).toContain("--replicates");
      expect(r.stdout).toBe("");
    }
    const alone = await runWith(["diff", "a.kpi", "b.kpi", "--replicates", "3"], files);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("--replicates needs --simulate");
  });

  it("the section follows --lang: Vietnamese words, the same numbers and the same JSON", async () => {
    const args = ["diff", "a.kpi", "b.kpi", "--simulate", ...SMALL, "--replicates", "3"];
    const en = (await runWith(args, files)).stdout;
    const vi = (await runWith([...args, "--lang", "vi"], files)).stdout;
    expect(vi).toContain("Mô phỏng, cả hai bộ tiêu chí trên cùng một tập nhân sự (60 người × 2 kỳ, hạt giống 7");
    expect(vi).toContain("3 lần lặp, hạt giống 7–9");
    expect(vi).toMatch(/trung bình \(khoảng tin cậy 95%\) qua các hạt giống/);
    expect(vi).toContain(figureByKey("falsifiedShare", "vi")!.label);
    for (const english of ["Simulated, both schemes", "replicates, seeds", "mean (95% interval)", " changed", "Bonus cost", " pts"])
      expect(vi).not.toContain(english);
    expect(en).toContain("Simulated, both schemes on one population (60 staff × 2 periods, seed 7");
    // Each row's figures are the same in both languages: only the words change.
    const numbers = (s: string) => s.match(/[−+]?\d+(\.\d+)?%?/g);
    expect(numbers(vi.slice(vi.indexOf("Mô phỏng")))).toEqual(numbers(en.slice(en.indexOf("Simulated"))));
    const md = (await runWith([...args, "--markdown", "--lang", "vi"], files)).stdout;
    expect(md).toContain("**Mô phỏng**");
    expect(md).not.toMatch(/Within the noise|No figure moves|, difference /);
    const j = (lang: string) =>
      runWith(["diff", "a.kpi", "b.kpi", "--simulate", "--json", ...SMALL, "--lang", lang], files).then(
        (r) => JSON.parse(r.stdout).simulation,
      );
    expect(await j("vi")).toEqual(await j("en"));
  });
});
