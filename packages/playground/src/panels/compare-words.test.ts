import { describe, expect, it } from "vitest";
import { compareWords } from "./ComparePanel.tsx";
import { DEFAULT_POPULATION } from "../sim/population.ts";
import type { SimulationView } from "../sim/result.ts";

const run = (staff: number, periods: number, seed: number) => ({ staff, periods, seed }) as SimulationView;
const population = { ...DEFAULT_POPULATION, staff: 5000, periods: 12, seed: 42, team: 20 };

describe("what the compare panel says it compares", () => {
  it("claims the same population only when both runs are on it and the draft's is current", () => {
    expect(compareWords(run(5000, 12, 42), run(5000, 12, 42), false, population)).toMatch(
      /^Both columns are one run each on the same simulated population — 5,000 staff × 12 periods, seed 42, teams of 20/,
    );
    // The draft's figures are the quick first look on 500 staff: not the same population.
    const quick = compareWords(run(5000, 12, 42), run(500, 12, 42), true, population);
    expect(quick).toMatch(/^Not yet like for like/);
    expect(quick).toContain("500 staff × 12 periods");
    expect(compareWords(run(5000, 12, 42), run(5000, 12, 42), true, population)).not.toMatch(/same simulated population/);
    expect(compareWords(run(5000, 12, 42), run(5000, 12, 42), false, population, true)).toMatch(/being simulated again/);
    expect(compareWords(null, run(5000, 12, 42), false, population)).toMatch(/will be one run/);
  });
});
