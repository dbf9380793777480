/**
 * What a trainer must be able to trust, checked on several designs and three seeds:
 * gaming means doing something; the world settles; morale is continuous in the scheme;
 * deterrence comes from what happens to those caught.
 */
import { describe, expect, it } from "vitest";
import { closureCount, DENOMINATORS, mean, onTimeShare, ratings, RUN, seeds } from "./designs.ts";
import { run } from "../support/kpi.ts";
import type { SimulationResult } from "../../src/result.ts";

const ZERO = ratings(0, 0, 0);

describe("gaming means doing something", () => {
  it.each(DENOMINATORS)(
    "with every reward at zero, on-time share of cases %s: gaming under 3 per cent, false closures under 0.2 per cent",
    (den) => {
      for (const r of seeds(onTimeShare(den, { rewards: ZERO }))) {
        expect(r.summary.gamingRate!).toBeLessThan(0.03);
        expect(r.summary.falsifiedShare!).toBeLessThan(0.002);
      }
    },
  );

  it("with every reward at 0%, a self-reported count: the same", () => {
    for (const r of seeds(closureCount(44, { rewards: ZERO }))) {
      expect(r.summary.gamingRate!).toBeLessThan(0.03);
      expect(r.summary.falsifiedShare!).toBeLessThan(0.002);
    }
  });

  it("a scheme that observes nothing sees almost no gaming, and no falsification at all", () => {
    const nothing = `metric x { type count source self }\nindicator i { aspect volume value x floor 1 target 2 weight 100 }\n${ratings()}`;
    for (const r of seeds(nothing)) {
      expect(r.summary.gamingRate!).toBeLessThan(0.02);
      expect(r.summary.gaming.falsify).toBe(0);
    }
  });

  it("amounts are reported, and an action counted as gaming changed something", () => {
    const r = run(onTimeShare("received"), RUN);
    const a = r.summary.amounts;
    expect(a.falseClosures! + a.falseTimes!).toBeGreaterThan(0);
    // Every staff-period counted as falsifying made at least 0.01 false records on average.
    expect((a.falseClosures! + a.falseTimes!) / r.summary.gaming.falsify!).toBeGreaterThan(0.01);
    expect(r.summary.falsifiedShare!).toBeGreaterThan(0);
  });
});

describe("the world settles", () => {
  it.each([
    ["a count from the records", closureCount(44, { source: "system" })],
    ["an on-time share of cases received", onTimeShare("received", { target: "90%" })],
  ])("%s: 48 periods give about the 12-period hard backlog and mean score", (_n, scheme) => {
    for (const seed of [1, 2, 3]) {
      const short = run(scheme, { staff: 800, periods: 12, seed }).summary;
      const long = run(scheme, { staff: 800, periods: 48, seed }).summary;
      expect(Math.abs(long.hardBacklog! - short.hardBacklog!)).toBeLessThan(0.25 * short.hardBacklog! + 0.5);
      expect(Math.abs(long.meanScore! - short.meanScore!)).toBeLessThan(4);
    }
  });
});

describe("the world before the scheme", () => {
  // docs/model.md §1: settlePeriods of usual work before period 1. With the uniform starting
  // backlog instead (settlePeriods 0) every case carried into period 1 is late, and on an
  // on-time share of closures 51–75% of staff-periods gamed in period 1 against 26–39% after
  // it (1,500 staff, seeds 1–3); with it the first period is within 3 points of the rest.
  const firstAndRest = (r: SimulationResult) => {
    const g = r.perPeriod.map((p) => p.summary.gamingRate!);
    return [g[0]!, mean(g.slice(1))] as const;
  };
  it.each([
    ["on-time share of closures, target 80%", onTimeShare("closed", { target: "80%" }), true],
    ["on-time share of closures, target 85%, small rewards", onTimeShare("closed", { target: "85%", rewards: ratings(8, 3, 0) }), true],
    ["on-time share of closures, floor 70%, target 80%", onTimeShare("closed", { target: "80%", floor: "70%" }), true],
    ["on-time share of cases received, target 80%", onTimeShare("received", { target: "80%" }), false],
  ] as const)("%s: the first period games like the ones after it", (_n, scheme, uniformStartShows) => {
    for (const r of seeds(scheme)) {
      const [first, rest] = firstAndRest(r);
      expect(Math.abs(first - rest)).toBeLessThan(0.05);
    }
    if (uniformStartShows) {
      for (const r of seeds(scheme, { model: { settlePeriods: 0 } })) {
        const [first, rest] = firstAndRest(r);
        expect(first).toBeGreaterThan(rest + 0.15);
      }
    }
  });
});

describe("morale is continuous in the scheme", () => {
  it.each([
    ["a count target", (t: number) => closureCount(t, { source: "system" }), [44, 45, 90]],
    ["an on-time target", (t: number) => onTimeShare("closed", { target: `${t}%` }), [90, 91, 100]],
  ] as const)("%s: one point moves morale a little; an unreachable one wears it down", (_n, scheme, [a, b, far]) => {
    const at = (t: number) => mean(seeds(scheme(t)).map((r) => r.summary.morale!));
    const ma = at(a);
    const mb = at(b);
    // "A little": under a twelfth of morale's level (the first model halved it over half a
    // point). On the on-time share a point moves it about 0.035 of 0.51 (6.8%): the goal
    // shortfall (docs/model.md §3) makes behaviour, and the queues hopes are judged on,
    // follow the target a little more closely.
    expect(Math.abs(mb - ma)).toBeLessThan(Math.max(ma, mb) / 12);
    expect(at(far)).toBeLessThan(Math.max(ma, mb));
  });
});

describe("deterrence comes from what happens to those caught", () => {
  it.each(DENOMINATORS)("on-time share of cases %s at sanction 0: an audit deters little without a gate, most with one", (den) => {
    const p = { sanction: 0 };
    const open = seeds(onTimeShare(den), p).map((r) => r.summary.falsifiedShare!);
    const noGate = seeds(onTimeShare(den, { audit: "10%" }), p).map((r) => r.summary.falsifiedShare!);
    const gate = seeds(onTimeShare(den, { audit: "10%", gate: true }), p).map((r) => r.summary.falsifiedShare!);
    for (let s = 0; s < 3; s++) {
      expect(noGate[s]!).toBeGreaterThan(0.7 * open[s]!);
      // "Most": at sanction 0 the gate removes about 75% (÷ closed) to 98% (÷ received) of
      // false closures; the disheartened still tell small lies a 10% audit rarely finds.
      expect(gate[s]!).toBeLessThan(0.3 * open[s]!);
    }
  });

  it("the sanction deters on its own when audits find falsification", () => {
    const scheme = onTimeShare("received", { audit: "10%" });
    const none = mean(seeds(scheme, { sanction: 0 }).map((r) => r.summary.falsifiedShare!));
    const heavy = mean(seeds(scheme, { sanction: 0.3 }).map((r) => r.summary.falsifiedShare!));
    expect(heavy).toBeLessThan(0.5 * none);
  });
});

describe("excessive targets on the system record", () => {
  it.each(DENOMINATORS)(
    "on-time share of cases %s from the records, target 100 per cent: cherry-picking, rushing and timing, nothing falsified",
    (den) => {
      for (const seed of [1, 2, 3]) {
        const zero = run(onTimeShare(den, { source: "system", rewards: ZERO }), { ...RUN, seed }).summary;
        const top = run(onTimeShare(den, { source: "system" }), { ...RUN, seed }).summary;
        expect(top.falsifiedShare).toBe(0);
        expect(top.gaming.falsify).toBe(0);
        const soft = (s: typeof top) => s.gaming.cherryPick! + s.gaming.rush! + s.gaming.timing!;
        expect(soft(top)).toBeGreaterThan(0.05);
        expect(soft(top)).toBeGreaterThan(5 * soft(zero));
      }
    },
  );
});
