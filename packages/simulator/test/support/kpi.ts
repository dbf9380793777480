/** One simulation in this thread, as the tests run it. */
import { simulateWith } from "../../src/run.ts";
import type { SimulationParamsInput } from "../../src/params.ts";
import type { SimulationResult } from "../../src/result.ts";

export function run(text: string, params: SimulationParamsInput = {}): SimulationResult {
  return simulateWith(text, params);
}
