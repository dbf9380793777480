/**
 * Holding back is weighed only where it can pay (docs/model.md §3, hold-back.ts): under a
 * ratchet, under a threshold on a record (a step, a gate), or where the scheme pays more for
 * fewer cases reported this period on a grid of months. Elsewhere its rows are left out, so no
 * staff-period holds back; where it pays, some do. The grid is held to months between and
 * around its points on random schemes.
 */
import { analyze, compile } from "@goodhart/dsl";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holdingBackCanPay, holdingBackGains, type Month } from "../src/hold-back.ts";
import { ratingRewards, rewardBands } from "../src/hope.ts";
import { bind } from "../src/observables.ts";
import { resolveParams } from "../src/scenario/settings.ts";
import { run } from "./support/kpi.ts";

const RATINGS = `
rating excellent { min 90 reward 10% }
rating good { min 70 reward 3% }
rating poor { reward -5% }`;

function parts(text: string) {
  const analysis = analyze(text);
  if (!analysis.scheme) throw new Error(analysis.diagnostics.map((d) => d.message).join("; "));
  const scheme = analysis.scheme;
  const compiled = compile(scheme);
  const p = resolveParams(scheme, {});
  const rewards = ratingRewards(scheme, compiled);
  return { scheme, compiled, p, rewards, bindings: bind(scheme.metrics) };
}

const canPay = (text: string): boolean => {
  const { scheme, compiled, p, rewards, bindings } = parts(text);
  return holdingBackCanPay(scheme, compiled, bindings, rewards, rewardBands(scheme, compiled), p.model, p.hard);
};

/** Records a random scheme may read: [name, observes, source]. */
const RECORDS = [
  ["closed_self", "cases.closed", "self"],
  ["closed_sys", "cases.closed", "system"],
  ["on_time_self", "cases.closed_on_time", "self"],
  ["on_time_sys", "cases.closed_on_time", "system"],
  ["hard_self", "cases.closed_hard", "self"],
  ["backlog_sys", "cases.backlog", "system"],
  ["received", "cases.received", "system"],
  ["reopened_sys", "cases.reopened", "system"],
] as const;
const METRICS = RECORDS.map(([name, observes, source]) => `metric ${name} { type count source ${source} observes ${observes} }`).join("\n");

const indicator = fc.record({
  num: fc.integer({ min: 0, max: RECORDS.length - 1 }),
  den: fc.option(fc.integer({ min: 0, max: RECORDS.length - 1 }), { nil: null }),
  lower: fc.boolean(),
  a: fc.integer({ min: 0, max: 100 }),
  b: fc.integer({ min: 1, max: 100 }),
  weight: fc.integer({ min: 1, max: 100 }),
});
/** Random schemes over those records: shares and counts either way up, an optional gate, bands that pay more higher up. */
const randomScheme = fc
  .record({
    indicators: fc.array(indicator, { minLength: 1, maxLength: 3 }),
    gate: fc.option(fc.record({ metric: fc.integer({ min: 0, max: RECORDS.length - 1 }), limit: fc.integer({ min: 5, max: 90 }) }), {
      nil: null,
    }),
    mins: fc.tuple(fc.integer({ min: 40, max: 70 }), fc.integer({ min: 71, max: 98 })),
    rewards: fc.tuple(fc.integer({ min: -10, max: 0 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 10 })),
  })
  .map(({ indicators, gate, mins, rewards }) => {
    const lines = indicators.map((ind, i) => {
      const value = ind.den === null || ind.den === ind.num ? RECORDS[ind.num]![0] : `${RECORDS[ind.num]![0]} / ${RECORDS[ind.den]![0]}`;
      // Shares run 0..1, counts 0..100 cases; floor and target either way up.
      const scale = value.includes("/") ? 0.01 : 1;
      const lo = Math.min(ind.a, ind.b - 1 >= ind.a ? ind.a : ind.b - 1);
      const hi = Math.max(lo + 1, ind.b);
      const [floor, target] = ind.lower ? [hi * scale, lo * scale] : [lo * scale, hi * scale];
      return `indicator i${i} { aspect volume value ${value} ${ind.lower ? "better lower " : ""}floor ${floor} target ${target} weight ${ind.weight} }`;
    });
    const gateLine = gate === null ? "" : `gate g { when ${RECORDS[gate.metric]![0]} > ${gate.limit} cap rating poor }`;
    return `${METRICS}
${lines.join("\n")}
${gateLine}
rating excellent { min ${mins[1]} reward ${rewards[0] + rewards[1] + rewards[2]}% }
rating good { min ${mins[0]} reward ${rewards[0] + rewards[1]}% }
rating poor { reward ${rewards[0]}% }`;
  });

/** Any month a run can give, between and around the grid's points (default constants). */
const month = fc
  .record({
    units: fc.double({ min: 0.17, max: 2.5, noNaN: true }),
    inflow: fc.double({ min: 0.5, max: 2.5, noNaN: true }),
    hardShare: fc.double({ min: 0, max: 0.4, noNaN: true }),
    carried: fc.double({ min: 0, max: 12, noNaN: true }),
  })
  .map(
    ({ units, inflow, hardShare, carried }): Month => ({
      units: units * 70,
      newEasy: inflow * 40 * (1 - hardShare),
      newHard: inflow * 40 * hardShare,
      carriedEasy: carried * 6 * (1 - hardShare),
      carriedHard: carried * 6 * hardShare * 2,
    }),
  );

const CLOSED = "metric closed { type count source self observes cases.closed }";
const ON_TIME = "metric on_time_n { type count source self observes cases.closed_on_time }";
const RECEIVED = "metric received { type count source system observes cases.received }";
const HARD = "metric hard_n { type count source self observes cases.closed_hard }";

/** Schemes that pay for more (or the same) reported, whatever the month. */
const NEVER = {
  "a count of closures": `${CLOSED}\nindicator volume { aspect volume value closed floor 30 target 44 weight 1 }${RATINGS}`,
  "a completion share": `${CLOSED}\n${RECEIVED}\nindicator completion { aspect volume value closed / received floor 60% target 100% weight 1 }${RATINGS}`,
  "a count cliff (holding back only moves a count away from it)": `${CLOSED}\nindicator volume { aspect volume value closed step 38 -> 100 weight 1 }${RATINGS}`,
  "an on-time share of closures": `${CLOSED}\n${ON_TIME}\nindicator on_time { aspect timeliness value on_time_n / closed floor 60% target 95% weight 1 }${RATINGS}`,
};

/** Schemes under which reporting fewer cases this period can raise the pay. */
const SOMETIMES = {
  "a recorded share of hard cases, lower better (the police example's serious-crime rate)": `${HARD}\n${RECEIVED}
indicator serious { aspect quality value hard_n / received better lower floor 30% target 0% weight 1 }${RATINGS}`,
  "a gate on too many closures": `${CLOSED}\nindicator volume { aspect volume value closed floor 20 target 30 weight 1 }
gate suspicious { when closed > 48 cap rating poor }${RATINGS}`,
  "a step on an on-time share (a threshold on a record, taken to pay)": `${CLOSED}\n${ON_TIME}\nindicator on_time { aspect timeliness value on_time_n / closed step 90% -> 100 weight 1 }${RATINGS}`,
  "a step on a count of closures, lower better": `${CLOSED}\nindicator calm { aspect volume value closed better lower step 30 -> 100 weight 1 }${RATINGS}`,
  "bands that pay less higher up": `${CLOSED}\nindicator volume { aspect volume value closed floor 30 target 48 weight 1 }
rating flagged { min 90 reward 0% }
rating good { min 50 reward 5% }
rating poor { reward 0% }`,
};

describe("holding back", () => {
  it.each(Object.entries(NEVER))("cannot pay under %s: no staff-period holds back, on three seeds", (_, text) => {
    expect(canPay(text)).toBe(false);
    for (const seed of [1, 2, 3]) expect(run(text, { staff: 600, periods: 4, seed }).summary.gaming.holdBack).toBe(0);
  });

  it.each(Object.entries(SOMETIMES))("can pay under %s", (_, text) => {
    expect(canPay(text)).toBe(true);
  });

  it("where the grid finds no gain, other months a run can give almost never find one: a measured miss rate on random schemes", () => {
    // The grid is a sample of months, not a proof: a line whose floor and target sit a hair
    // apart acts as a threshold, and a very weak month with a long queue can cross it where
    // no grid point does. Fixed seeds: the rate is a measurement of this grid, not a draw —
    // 1 miss in the 76 of 800 random schemes (the rest have a gate) where the grid finds none.
    const schemes = fc.sample(randomScheme, { seed: 42, numRuns: 800 });
    let silent = 0;
    let missed = 0;
    for (const [i, text] of schemes.entries()) {
      const { scheme, compiled, p, rewards, bindings } = parts(text);
      if (scheme.gates.length > 0) expect(canPay(text)).toBe(true);
      if (canPay(text)) continue;
      silent++;
      const months = fc.sample(month, { seed: 1000 + i, numRuns: 40 });
      if (holdingBackGains(compiled, bindings, rewards, months, p.model, p.hard)) missed++;
    }
    // The generator makes both kinds of scheme.
    expect(silent).toBeGreaterThan(50);
    expect(silent).toBeLessThan(schemes.length - 10);
    expect(missed / silent).toBeLessThan(0.03);
  });

  it("is weighed under a ratchet even where it cannot pay this period, and then chosen", () => {
    const ratchet = NEVER["a count of closures"].replace("target 44", "target 44 ratchet 50%");
    for (const seed of [1, 2, 3]) expect(run(ratchet, { staff: 600, periods: 6, seed }).summary.gaming.holdBack!).toBeGreaterThan(0);
  });

  it("is chosen where a gate on too many closures makes it pay, far more than where the gate is out of reach", () => {
    // Busy months (luck 100%) take some past 48 closures: 2.5–3.1% of staff-periods then hold
    // back (seeds 1–3, 1,000 staff, 6 periods). With the gate at 480 the rows are still weighed
    // (a gate on a record is taken to pay) but only choice noise picks them: 0.08–0.17%.
    const text = SOMETIMES["a gate on too many closures"];
    for (const seed of [1, 2, 3]) {
      const params = { staff: 1000, periods: 6, seed, luck: 1 };
      const reachable = run(text, params).summary.gaming.holdBack!;
      const unreachable = run(text.replace("closed > 48", "closed > 480"), params).summary.gaming.holdBack!;
      expect(reachable).toBeGreaterThan(0.015);
      expect(reachable).toBeGreaterThan(10 * unreachable);
    }
  });
});
