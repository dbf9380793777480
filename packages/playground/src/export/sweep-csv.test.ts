import { describe, expect, it } from "vitest";
import { sweepCsv } from "./results.ts";
import type { SweepPoint } from "../sim/result.ts";
import type { Summary } from "@goodhart/simulator";

const summary = (gamingRate: number, morale: number) => ({ gamingRate, morale }) as unknown as Summary;

describe("a sweep as CSV", () => {
  it("gives each figure's mean and its interval's ends, empty where there is none", () => {
    const points: SweepPoint[] = [
      {
        value: 0.8,
        summary: summary(0.1, 0.7),
        replicates: 5,
        intervals: { gamingRate: { low: 0.08, high: 0.12 }, morale: { low: 0.65, high: 0.75 } },
      },
      { value: 1, summary: summary(0.2, 0.5), replicates: 1 },
    ];
    const lines = sweepCsv(points, ["gamingRate", "morale"]).trimEnd().split("\r\n");
    expect(lines[0]).toBe("value,gamingRate,gamingRate_low,gamingRate_high,morale,morale_low,morale_high,replicates");
    expect(lines[1]).toBe("0.8,0.1,0.08,0.12,0.7,0.65,0.75,5");
    expect(lines[2]).toBe("1,0.2,,,0.5,,,1");
  });
});
