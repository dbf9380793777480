/**
 * Holding back is weighed only where it can pay (docs/model.md §3, hold-back.ts): under a
 * ratchet, or where the scheme pays more for fewer cases reported this period. Elsewhere its
 * rows are left out, so no staff-period holds back; where it pays, some do.
 */
import { analyze, compile } from "@goodhart/dsl";
import { describe, expect, it } from "vitest";
import { holdingBackCanPay } from "../src/hold-back.ts";
import { rewardBands } from "../src/hope.ts";
import { bind } from "../src/observables.ts";
import { resolveParams } from "../src/scenario/settings.ts";
import { run } from "./support/kpi.ts";

const RATINGS = `
rating excellent { min 90 reward 10% }
rating good { min 70 reward 3% }
rating poor { reward -5% }`;

const canPay = (text: string): boolean => {
  const scheme = analyze(text).scheme!;
  const compiled = compile(scheme);
  const p = resolveParams(scheme, {});
  const byName = new Map(scheme.ratings.map((r) => [r.name, r.reward * 100]));
  const rewards = Float64Array.from(compiled.ratings.map((r) => byName.get(r) ?? 0));
  return holdingBackCanPay(compiled, bind(scheme.metrics), rewards, rewardBands(scheme, compiled), p.model, p.hard);
};

const CLOSED = "metric closed { type count source self observes cases.closed }";
const ON_TIME = "metric on_time_n { type count source self observes cases.closed_on_time }";
const RECEIVED = "metric received { type count source system observes cases.received }";
const HARD = "metric hard_n { type count source self observes cases.closed_hard }";

/** Schemes that pay for more (or the same) reported, whatever the month. */
const NEVER = {
  "a count of closures": `${CLOSED}\nindicator volume { aspect volume value closed floor 30 target 44 weight 1 }${RATINGS}`,
  "a completion share": `${CLOSED}\n${RECEIVED}\nindicator completion { aspect volume value closed / received floor 60% target 100% weight 1 }${RATINGS}`,
  "an on-time share of closures": `${CLOSED}\n${ON_TIME}\nindicator on_time { aspect timeliness value on_time_n / closed floor 60% target 95% weight 1 }${RATINGS}`,
  "a count cliff": `${CLOSED}\nindicator volume { aspect volume value closed step 38 -> 100 weight 1 }${RATINGS}`,
};

/** Schemes under which reporting fewer cases this period can raise the pay. */
const SOMETIMES = {
  "a recorded share of hard cases, lower better (the police example's serious-crime rate)": `${HARD}\n${RECEIVED}
indicator serious { aspect quality value hard_n / received better lower floor 30% target 0% weight 1 }${RATINGS}`,
  "a gate on too many closures": `${CLOSED}\nindicator volume { aspect volume value closed floor 20 target 30 weight 1 }
gate suspicious { when closed > 48 cap rating poor }${RATINGS}`,
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

  it("is weighed under a ratchet even where it cannot pay this period, and then chosen", () => {
    const ratchet = NEVER["a count of closures"].replace("target 44", "target 44 ratchet 50%");
    for (const seed of [1, 2, 3]) expect(run(ratchet, { staff: 600, periods: 6, seed }).summary.gaming.holdBack!).toBeGreaterThan(0);
  });

  it("is chosen where a gate on too many closures makes it pay, and not where the gate is out of reach", () => {
    // Busy months (luck 100%) take some past 48 closures: 2.5–3.1% of staff-periods then hold
    // back (seeds 1–3, 1,000 staff, 6 periods); with the gate at 480 none can, and none do.
    const text = SOMETIMES["a gate on too many closures"];
    for (const seed of [1, 2, 3]) {
      const params = { staff: 1000, periods: 6, seed, luck: 1 };
      expect(run(text, params).summary.gaming.holdBack!).toBeGreaterThan(0.015);
      expect(run(text.replace("closed > 48", "closed > 480"), params).summary.gaming.holdBack).toBe(0);
    }
  });
});
