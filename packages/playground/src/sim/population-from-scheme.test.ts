import { describe, expect, it } from "vitest";
import { populationFromScheme } from "./population-from-scheme.ts";
import { DEFAULT_POPULATION, MAX_STAFF } from "./population.ts";

const none = { staff: null, periods: null, seed: null, team: null, saints: null, honest: null, reactive: null, maniacs: null, hard: null, luck: null };

describe("populationFromScheme", () => {
  it("takes what the simulation block sets and keeps the rest", () => {
    const p = populationFromScheme(DEFAULT_POPULATION, { ...none, staff: 500, saints: 1 });
    expect(p.staff).toBe(500);
    expect(p.periods).toBe(DEFAULT_POPULATION.periods);
    expect(p.mix).toEqual({ saints: 1, honest: 0, reactive: 0, maniacs: 0 });
  });

  it("clamps a whole civil service to what the browser simulates interactively", () => {
    expect(populationFromScheme(DEFAULT_POPULATION, { ...none, staff: 2_500_000 }).staff).toBe(MAX_STAFF);
  });
});
