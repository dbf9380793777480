import { describe, expect, it } from "vitest";
import { populationFromScheme } from "./population-from-scheme.ts";
import { DEFAULT_POPULATION, MAX_STAFF } from "./population.ts";
import { toSimulatorParams } from "./population-params.ts";
import { analyze } from "@goodhart/dsl";
import { resolveParams } from "@goodhart/simulator";
import { analyzeText } from "../language/language-services.ts";

const factsOf = (text: string) => analyzeText(text).facts;

const none = {
  staff: null,
  periods: null,
  seed: null,
  team: null,
  saints: null,
  honest: null,
  reactive: null,
  maniacs: null,
  hard: null,
  luck: null,
};

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

describe("the playground's population and `goodhart simulate` resolve a scheme alike", () => {
  const base = `metric closed { type count source self observes cases.closed }
indicator done { value closed floor 10 target 40 weight 100 }
rating good { min 50 }
rating poor { }
`;
  it.each([
    ["a partial mix", "simulation default { staff 300 periods 2 saints 50% }"],
    [
      "two blocks, the default one used",
      "simulation small { staff 100 reactive 100% }\nsimulation default { staff 200 periods 3 honest 100% }",
    ],
    ["no mix at all", "simulation default { staff 150 luck 10% }"],
    ["a full mix", "simulation s { saints 0% honest 20% reactive 30% maniacs 50% hard 40% }"],
  ])("%s", (_name, block) => {
    const text = `${base}${block}\n`;
    const facts = factsOf(text);
    const panel = toSimulatorParams(populationFromScheme(DEFAULT_POPULATION, facts!.simulation!));
    const { memoryLimitMB: _m, model: _c, ...cli } = resolveParams(analyze(text).scheme!);
    const { sanction: _s, ...cliPopulation } = cli;
    for (const [k, v] of Object.entries(cliPopulation)) expect(panel[k as keyof typeof panel], k).toBeCloseTo(v, 12);
  });
});
