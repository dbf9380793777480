/**
 * The scenario layer against the checker: a mix the checker lets through is one the simulator
 * runs, and one it reports (KPI004) the simulator refuses — on any partial mix.
 */
import { analyze } from "@goodhart/dsl";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SimulationParamsError } from "../src/params.ts";
import { applyPoint, grid } from "../src/scenario/run.ts";
import { chooseSimulation, resolveParams } from "../src/scenario/settings.ts";
import * as S from "./schemes.ts";

const MIX = ["saints", "honest", "reactive", "maniacs"] as const;

describe("which simulation block", () => {
  it("the one named default, else the first; overrides fill the mix from that block", () => {
    const s = analyze(`${S.closures(40)}\nsimulation small { staff 100 reactive 100% }\nsimulation default { staff 300 honest 100% }`)
      .scheme!;
    expect(chooseSimulation(s)!.name).toBe("default");
    expect(resolveParams(s, { maniacs: 0.5 })).toMatchObject({ staff: 300, honest: 0.5, maniacs: 0.5, reactive: 0, saints: 0 });
    const first = analyze(`${S.closures(40)}\nsimulation a { staff 100 }\nsimulation b { staff 300 }`).scheme!;
    expect(resolveParams(first).staff).toBe(100);
  });
});

describe("a partial mix: the checker and the simulator agree", () => {
  const percent = fc.integer({ min: 0, max: 120 });
  const partial = fc.record({
    saints: fc.option(percent),
    honest: fc.option(percent),
    reactive: fc.option(percent),
    maniacs: fc.option(percent),
  });

  it("KPI004 exactly when resolving the block fails; otherwise the named shares are kept and the sum is 100%", () => {
    fc.assert(
      fc.property(partial, (mix) => {
        const props = MIX.filter((k) => mix[k] !== null && mix[k]! <= 100).map((k) => `${k} ${mix[k]}%`);
        const analysis = analyze(`${S.closures(40)}\nsimulation default { staff 50 ${props.join(" ")} }`);
        const flagged = analysis.diagnostics.some((d) => d.code === "KPI004");
        if (!analysis.scheme) {
          expect(flagged).toBe(true);
          return;
        }
        expect(flagged).toBe(false);
        const p = resolveParams(analysis.scheme);
        expect(p.saints + p.honest + p.reactive + p.maniacs).toBeCloseTo(1, 9);
        for (const k of MIX) if (mix[k] !== null && mix[k]! <= 100) expect(p[k]).toBeCloseTo(mix[k]! / 100, 12);
      }),
      { numRuns: 60 },
    );
  });

  it("`saints 50%` alone: the others split the rest in the defaults' proportions", () => {
    const p = resolveParams(analyze(`${S.closures(40)}\nsimulation default { saints 50% }`).scheme!);
    expect(p.saints).toBe(0.5);
    expect(p.honest).toBeCloseTo((0.5 * 0.6) / 0.9, 12);
    expect(p.maniacs).toBeCloseTo((0.5 * 0.05) / 0.9, 12);
  });

  it("overrides that leave staff without a type are refused, naming the shares", () => {
    const s = analyze(`${S.closures(40)}\nsimulation default { honest 100% }`).scheme!;
    expect(() => resolveParams(s, { honest: 0.5 })).toThrow(SimulationParamsError);
    expect(() => resolveParams(s, { honest: 0.5 })).toThrow(/without a type; give saints, reactive, maniacs too/);
  });
});

describe("sweep points", () => {
  it("edit scheme literals, set model constants and population settings", () => {
    const at = applyPoint(S.closures(40), { staff: 10, model: { temperature: 2 } }, { "model.capacity": 80, "population.luck": 0.5 });
    expect(at.text).toBe(S.closures(40));
    expect(at.overrides).toEqual({ staff: 10, luck: 0.5, model: { temperature: 2, capacity: 80 } });
    expect(() => applyPoint(S.closures(40), {}, { "model.nope": 1 })).toThrow(/no model constant named nope \(known: caseload/);
    expect(
      grid([
        { path: "a.b", values: [1, 2] },
        { path: "c.d", values: [3] },
      ]),
    ).toEqual([
      { "a.b": 1, "c.d": 3 },
      { "a.b": 2, "c.d": 3 },
    ]);
  });
});
