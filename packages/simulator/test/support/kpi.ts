/** The dsl runtime the tests simulate with. */
import { analyze, applyQuotas, compile } from "@goodhart/dsl";
import { simulateWith } from "../../src/run.ts";
import type { DslRuntime } from "../../src/prepare.ts";
import type { SimulationParamsInput } from "../../src/params.ts";
import type { SimulationResult } from "../../src/result.ts";

export const dsl: DslRuntime = { analyze, compile, applyQuotas };

export function run(text: string, params: SimulationParamsInput = {}): SimulationResult {
  return simulateWith(dsl, text, params);
}
