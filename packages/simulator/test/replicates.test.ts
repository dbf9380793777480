import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { combineResults, combineSummaries } from "../src/replicates/combine.ts";
import { estimate, t975 } from "../src/replicates/interval.ts";
import { runPoint } from "../src/scenario/run.ts";
import { nodeRunner } from "../src/replicates/pool-node.ts";
import { inThreadRunner } from "../src/scenario/run.ts";
import { uniform } from "../src/rng.ts";
import { run } from "./support/kpi.ts";
import * as S from "./schemes.ts";

describe("the t quantile", () => {
  it("matches the tables at small and large degrees of freedom", () => {
    expect(t975(1)).toBeCloseTo(12.7062, 4);
    expect(t975(4)).toBeCloseTo(2.7764, 4);
    expect(t975(40)).toBeCloseTo(2.021075, 4);
    expect(t975(100)).toBeCloseTo(1.983972, 4);
    expect(t975(1e6)).toBeCloseTo(1.959964, 4);
  });

  it("falls as the degrees of freedom grow", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (df) => {
        expect(t975(df + 1)).toBeLessThan(t975(df));
      }),
    );
  });
});

describe("estimate", () => {
  it("is the mean ± t·s/√n; one value or none gives no interval", () => {
    const e = estimate([1, 2, 3, 4]);
    const s = Math.sqrt(((1.5 ** 2 + 0.5 ** 2) * 2) / 3);
    expect(e.mean).toBe(2.5);
    expect(e.high! - e.mean!).toBeCloseTo((t975(3) * s) / 2, 12);
    expect(estimate([3])).toEqual({ mean: 3, low: null, high: null, n: 1 });
    expect(estimate([null, null])).toEqual({ mean: null, low: null, high: null, n: 0 });
    expect(estimate([2, null, 4]).n).toBe(2);
  });

  it("covers the true mean about 95% of the time (normal draws, n = 5)", () => {
    // Counter-based normals (Box–Muller over the simulator's hash), the same on every run.
    const u = (i: number) => uniform(3, i, 0, 0);
    let hit = 0;
    const trials = 4000;
    for (let t = 0; t < trials; t++) {
      const xs = Array.from({ length: 5 }, (_, j) => {
        const a = u(t * 10 + 2 * j) || 1e-12;
        const b = u(t * 10 + 2 * j + 1);
        return Math.sqrt(-2 * Math.log(a)) * Math.cos(2 * Math.PI * b);
      });
      const e = estimate(xs);
      if (e.low! <= 0 && 0 <= e.high!) hit++;
    }
    expect(hit / trials).toBeGreaterThan(0.92);
    expect(hit / trials).toBeLessThan(0.98);
  });
});

describe("replicates", () => {
  const P = { staff: 150, periods: 2, seed: 11 };

  it("N replicates are the single runs at seeds seed … seed+N−1, averaged", async () => {
    const r = await runPoint(S.closures(40), P, { replicates: 3 });
    const singles = [11, 12, 13].map((seed) => run(S.closures(40), { ...P, seed }));
    expect(r).toEqual(combineResults(singles, [11, 12, 13]));
    expect("replicates" in r && r.replicates).toBe(3);
    const mean = (singles[0]!.summary.gamingRate! + singles[1]!.summary.gamingRate! + singles[2]!.summary.gamingRate!) / 3;
    expect(r.summary.gamingRate).toBeCloseTo(mean, 12);
  });

  it("one replicate is the plain run", async () => {
    expect(await runPoint(S.closures(40), P, { replicates: 1 })).toEqual(run(S.closures(40), P));
  });

  it("every interval holds its mean, nested figures included", async () => {
    const r = await runPoint(S.closures(40), P, { replicates: 4 });
    const { summary, intervals } = "intervals" in r ? r : combineSummaries([r.summary]);
    for (const [k, v] of Object.entries(summary)) {
      if (typeof v !== "number") continue;
      const i = intervals[k] as { low: number; high: number };
      expect(i.low, k).toBeLessThanOrEqual(v + 1e-12);
      expect(i.high, k).toBeGreaterThanOrEqual(v - 1e-12);
    }
    expect(intervals.gaming).toHaveProperty("falsify");
  });

  it("keeps each interval within the values its figure can take (a share never below 0)", async () => {
    // Zero rewards: gaming is rare and uneven over seeds, so a plain t-interval dips below 0.
    const text = S.rewards("0%", "0%", "0%");
    const at = { ...P, staff: 60 };
    const singles = [11, 12, 13].map((seed) => run(text, { ...at, seed }).summary);
    expect(estimate(singles.map((x) => x.falsifiedShare)).low!).toBeLessThan(0);
    expect(estimate(singles.map((x) => x.gaming.cherryPick)).low!).toBeLessThan(0);
    const r = await runPoint(text, at, { replicates: 3 });
    if (!("intervals" in r)) throw new Error("expected replicates");
    type Bounds = { low: number | null; high: number | null };
    const iv = r.intervals as unknown as { [k in "falsifiedShare" | "gamingRate" | "morale" | "scoreTruthCorrelation"]: Bounds } & {
      gaming: Record<string, Bounds>;
    };
    const shares: Record<string, Bounds> = {
      falsifiedShare: iv.falsifiedShare,
      gamingRate: iv.gamingRate,
      morale: iv.morale,
      ...iv.gaming,
    };
    for (const [key, i] of Object.entries(shares)) {
      if (i.low !== null) expect(i.low, key).toBeGreaterThanOrEqual(0);
      if (i.high !== null) expect(i.high, key).toBeLessThanOrEqual(1);
    }
    expect(iv.falsifiedShare.low).toBe(0);
    const corr = iv.scoreTruthCorrelation;
    if (corr.low !== null) expect(corr.low).toBeGreaterThanOrEqual(-1);
  });

  it("refuses a replicate count that is not a whole number of at least 1", async () => {
    await expect(runPoint(S.closures(40), P, { replicates: 0 })).rejects.toThrow(/replicates must be a whole number/);
  });

  it("refuses a first seed whose replicates would run past 2^53 − 1, naming the highest it takes", async () => {
    const top = Number.MAX_SAFE_INTEGER;
    await expect(runPoint(S.closures(40), { ...P, staff: 20, seed: top - 1 }, { replicates: 3 })).rejects.toThrow(
      `Invalid simulation settings: seed must be at most ${top - 2}.`,
    );
    const r = await runPoint(S.closures(40), { ...P, staff: 20, seed: top - 2 }, { replicates: 3 });
    expect("replicates" in r && r.replicates).toBe(3);
  });

  it("on worker threads give the same document as in one thread", async () => {
    // 4,100 staff: the third run, alone in its round, is split by staff over both workers.
    const jobs = [11, 12, 13].map((seed) => ({ scheme: S.closures(40), params: { ...P, staff: 4100, periods: 1, seed } }));
    const pooled = await nodeRunner({ workers: 2 })(jobs);
    const alone = await inThreadRunner()(jobs);
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(alone));
  });
});
