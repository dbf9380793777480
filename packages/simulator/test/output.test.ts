import { describe, expect, it } from "vitest";
import { run } from "./support/kpi.ts";
import { runSweep } from "../src/scenario/run.ts";
import { simulationResultSchema } from "../src/result.ts";
import { GAMING_KINDS } from "../src/candidates.ts";
import { bandWidth } from "../src/reducer.ts";
import fc from "fast-check";

const QUOTA = `
metric closed { type count source system observes cases.closed }
metric ghost { type count source self }
indicator volume { value closed floor 20 target 30 weight 100 }
rating excellent { min 90 reward 15% quota 20% of good }
rating good { min 70 reward 5% }
rating not_completed { reward -10% }
`;

describe("the result document (docs/model.md §8)", () => {
  const result = run(QUOTA, { staff: 400, periods: 3, team: 20 });

  it("has every contract field, JSON-able", () => {
    const json = JSON.parse(JSON.stringify(result));
    expect(json).toMatchObject({ staff: 400, periods: 3, seed: 42 });
    for (const key of [
      "meanScore",
      "meanTrueValue",
      "gamingRate",
      "falsifiedShare",
      "scoreTruthCorrelation",
      "scoreAbilityCorrelation",
      "morale",
      "hardBacklog",
    ]) {
      expect(json.summary).toHaveProperty(key);
    }
    expect(Object.keys(json.summary.gaming).sort()).toEqual([...GAMING_KINDS].sort());
    expect(json.indicators.volume).toHaveProperty("meanValue");
    expect(json.indicators.volume).toHaveProperty("meanPoints");
    expect(json.indicators.volume).toHaveProperty("bunching");
    expect(json.perPeriod.map((p: { period: number }) => p.period)).toEqual([1, 2, 3]);
    expect(json.perPeriod[0].summary).toHaveProperty("gamingRate");
  });

  it("reports ratings after quotas: excellent at most 20% of good in every team", () => {
    const shares = result.summary.ratings;
    expect(shares.excellent! + shares.good! + shares.not_completed!).toBeCloseTo(1, 9);
    // Quotas per team of 20: excellent ≤ 20% of good after the surplus moved down.
    expect(shares.excellent!).toBeLessThanOrEqual(0.2 * shares.good! + 1e-9);
    const last = result.lastPeriod!;
    for (let t = 0; t < 400; t += 20) {
      const team = last.rating.slice(t, t + 20);
      const ex = team.filter((r) => r === "excellent").length;
      const good = team.filter((r) => r === "good").length;
      expect(ex).toBeLessThanOrEqual(0.2 * good);
    }
  });

  it("says which metrics it cannot simulate and treats them as missing", () => {
    expect(result.notes.join("\n")).toMatch(/ghost has no `observes`/);
  });

  it("keeps shares in 0..1 and morale in 0..1", () => {
    const s = result.summary;
    for (const v of [s.gamingRate, s.falsifiedShare, s.morale, ...Object.values(s.gaming)]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });
});

describe("the bunching bands", () => {
  it("are 2% of the threshold, at least 0.02, never more than a quarter of it; none at 0", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e7, noNaN: true }), fc.boolean(), (t, negative) => {
        const w = bandWidth(negative ? -t : t);
        expect(w).toBeLessThanOrEqual(t / 4 + 1e-12);
        expect(w).toBeCloseTo(Math.min(Math.max(0.02, 0.02 * t), t / 4), 12);
      }),
    );
    expect(bandWidth(0)).toBeNaN();
  });

  it("do not count a rework rate's honest level, or zero, as bunching at a low target", () => {
    // Nobody is paid, so nothing bunches; with a band of 0.02 around 3% the honest 1.5% (and
    // every zero) fell in "just meeting" and bunching read in the thousands.
    const text = `
metric closed { type count source system observes cases.closed }
metric reopened { type count source system observes cases.reopened }
indicator rework { aspect quality value reopened / closed better lower floor 10% target 3% weight 100 }
rating good { min 70 reward 0% }
rating poor { reward 0% }`;
    const r = run(text, { staff: 600, periods: 3 });
    const b = r.indicators.rework!;
    expect(b.bandWidth).toBeCloseTo(0.0075, 9);
    // Of 1,800 staff-periods, those counted near the target are few, on either side.
    expect(b.justMeeting! + b.justMissing!).toBeLessThan(90);
    if (b.bunching !== null) expect(b.bunching).toBeLessThan(10);
  });
});

describe("sweeps", () => {
  it("run once per grid point with the scheme's literals edited", async () => {
    const points = await runSweep(
      QUOTA,
      [
        { path: "volume.target", values: [25, 60] },
        { path: "excellent.reward", values: [0.15, 0.3] },
      ],
      { staff: 200, periods: 2 },
    );
    expect(points.map((p) => p.values)).toEqual([
      { "volume.target": 25, "excellent.reward": 0.15 },
      { "volume.target": 25, "excellent.reward": 0.3 },
      { "volume.target": 60, "excellent.reward": 0.15 },
      { "volume.target": 60, "excellent.reward": 0.3 },
    ]);
    // A target of 60 closures is out of reach: lower scores than a target of 25.
    expect(points[2]!.summary!.meanScore!).toBeLessThan(points[0]!.summary!.meanScore!);
    expect(points[0]!.value).toEqual({ "volume.target": 25, "excellent.reward": 0.15 });
    // Each point is exactly the run of its edited scheme.
    expect(points[3]!.summary).toEqual(
      run(QUOTA.replace("target 30", "target 60").replace("reward 15%", "reward 30%"), { staff: 200, periods: 2 }).summary,
    );
  });
});

describe("the result schema", () => {
  it("is the document: parsing a run's result keeps every field (no key the schema does not know)", () => {
    const result = run(QUOTA, { staff: 120, periods: 2, team: 20 });
    expect(simulationResultSchema.parse(JSON.parse(JSON.stringify(result)))).toEqual(JSON.parse(JSON.stringify(result)));
  });
});
