import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MODEL_CONSTANTS, type ModelConstant } from "../src/model-constants.ts";
import { analyze } from "@goodhart/dsl";
import { simulationParamsSchema, SimulationParamsError, POPULATION_DEFAULTS } from "../src/params.ts";
import { resolveParams } from "../src/scenario/settings.ts";
import { run } from "./support/kpi.ts";
import { SimulationTooLargeError, estimateBytes } from "../src/memory.ts";
import { SchemeError } from "../src/prepare.ts";
import * as S from "./schemes.ts";

const scheme = (extra: string) => analyze(S.closures(40) + extra).scheme!;

describe("the model's constants", () => {
  it("are all documented in docs/model.md, with their defaults", () => {
    const doc = readFileSync(new URL("../../../docs/model.md", import.meta.url), "utf8");
    for (const c of MODEL_CONSTANTS) expect(doc, c.name).toContain(`| \`${c.name}\` | ${c.default} |`);
  });

  it("have plausible ranges around their defaults and a source", () => {
    for (const c of MODEL_CONSTANTS as readonly ModelConstant[]) {
      expect(c.low, c.name).toBeLessThanOrEqual(c.default);
      expect(c.high, c.name).toBeGreaterThanOrEqual(c.default);
      expect(c.source.length, c.name).toBeGreaterThan(0);
    }
  });
});

describe("simulation parameters", () => {
  it("take defaults, then the scheme's simulation block, then the caller's overrides", () => {
    expect(resolveParams(scheme(""))).toMatchObject(POPULATION_DEFAULTS);
    const block = `simulation default { staff 500 periods 3 saints 0% honest 50% reactive 50% maniacs 0% luck 10% }`;
    const p = resolveParams(scheme(block), { periods: 5 });
    expect(p).toMatchObject({ staff: 500, periods: 5, saints: 0, honest: 0.5, reactive: 0.5, maniacs: 0, luck: 0.1 });
  });

  it("take the sanction from the simulation block (default 5% of salary); the checker refuses a negative one", () => {
    expect(resolveParams(scheme("")).sanction).toBe(0.05);
    expect(resolveParams(scheme("simulation default { sanction 0% }")).sanction).toBe(0);
    expect(resolveParams(scheme("simulation default { sanction 20% }"), { sanction: 0.1 }).sanction).toBe(0.1);
    const bad = analyze(`${S.closures(40)}simulation default { sanction -5% }`).diagnostics.filter((d) => d.severity === "error");
    expect(bad.length).toBeGreaterThan(0);
    expect(() => resolveParams(scheme(""), { sanction: -1 })).toThrow(SimulationParamsError);
  });

  it("prefer the block named default over the first one", () => {
    const blocks = `simulation small { staff 100 } simulation default { staff 300 }`;
    expect(resolveParams(scheme(blocks)).staff).toBe(300);
  });

  it("refuse population shares that cannot make 100% with a clear message", () => {
    const four = { saints: 0.5, honest: 0.5, reactive: 0.5, maniacs: 0 };
    expect(() => resolveParams(scheme(""), four)).toThrow(SimulationParamsError);
    expect(() => resolveParams(scheme(""), four)).toThrow(/sum to 150%, not 100%/);
    expect(() => resolveParams(scheme(""), { saints: 0.7, maniacs: 0.5 })).toThrow(/more than 100%/);
  });

  it("name the setting that is wrong", () => {
    expect(() => resolveParams(scheme(""), { staff: 0 })).toThrow(/staff must be at least 1/);
    expect(() => resolveParams(scheme(""), { luck: 1.5 })).toThrow(/luck must be a share/);
    expect(() => resolveParams(scheme(""), { team: 2.5 })).toThrow(/team must be a whole number/);
    expect(simulationParamsSchema.safeParse({ ...POPULATION_DEFAULTS, model: { temperature: -1 } }).success).toBe(false);
  });

  it("refuse a population too large for the memory limit before allocating it", () => {
    expect(() => run(S.closures(40), { staff: 50_000_000 })).toThrow(SimulationTooLargeError);
    expect(() => run(S.closures(40), { staff: 50_000_000 })).toThrow(/needs about [\d,]+ MB, above the limit of 2,048 MB/);
    expect(estimateBytes(2_500_000, 4, 0)).toBeLessThan(2048 * 1024 * 1024);
  });

  it("refuse a scheme with errors, citing them", () => {
    expect(() => run("metric x { type nonsense }")).toThrow(SchemeError);
  });
});
