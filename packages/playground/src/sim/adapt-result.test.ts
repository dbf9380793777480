import { describe, expect, it } from "vitest";
import { adaptResult, type SimulatorOutput } from "./adapt-result.ts";
import type { Summary } from "./result.ts";

const summary: Summary = {
  meanScore: 70,
  meanTrueValue: 40,
  gamingRate: 0.1,
  gaming: { falsify: 0.01, rush: 0.05, cherryPick: 0, pressure: 0, timing: 0.02, holdBack: null },
  falsifiedShare: 0.01,
  scoreTruthCorrelation: 0.6,
  scoreAbilityCorrelation: 0.5,
  ratings: { good: 0.7, poor: 0.3 },
  morale: 0.8,
  hardBacklog: 2,
  meanEffort: 0.9,
  auditFailures: 0,
  meanReported: 38,
  amounts: { falseClosures: 0, falseTimes: 0, rushed: 0, deferred: 0, borrowed: 0, withheld: 0, abandoned: 0 },
};

const output: SimulatorOutput = {
  staff: 3,
  periods: 2,
  seed: 1,
  summary,
  indicators: {
    on_time: { meanValue: 0.9, meanPoints: 80, bunching: 2, threshold: 0.95, bandWidth: 0.01, justMeeting: 4, justMissing: 2 },
  },
  perPeriod: [
    { period: 1, summary },
    { period: 2, summary },
  ],
  lastPeriod: {
    score: [80, null, 40],
    trueValue: [50, 45, null],
    type: ["saint", "maniac", "reactive"],
    rating: ["good", "poor", "unknown-band"],
    indicators: { on_time: [0.96, null, 0.5] },
  },
};

const facts = {
  indicators: [{ name: "on_time", label: "On time", better: "higher" as const, floor: 0.8, target: 0.95, steps: [], percent: true }],
  bands: [
    { name: "good", label: null, min: 70 },
    { name: "poor", label: null, min: null },
  ],
};

describe("adaptResult", () => {
  const view = adaptResult(output, facts);

  it("turns missing per-staff values into NaN, never into zero", () => {
    expect(Array.from(view.perStaff.score)).toEqual([80, Number.NaN, 40]);
    expect(Number.isNaN(view.perStaff.trueValue[2])).toBe(true);
    expect(Array.from(view.perStaff.indicatorValues.on_time!)).toEqual([0.96, Number.NaN, 0.5]);
  });

  it("maps the simulator's staff types and bands to indices; an unknown band falls back to the last", () => {
    expect(Array.from(view.perStaff.type)).toEqual([0, 3, 2]);
    expect(Array.from(view.perStaff.rating)).toEqual([0, 1, 1]);
  });

  it("keeps the §5 figures and the bunching evidence as they came", () => {
    expect(view.summary).toBe(summary);
    expect(view.indicators.on_time).toMatchObject({ bunching: 2, threshold: 0.95, justMeeting: 4, justMissing: 2 });
    expect(view.perPeriod).toHaveLength(2);
  });
});
