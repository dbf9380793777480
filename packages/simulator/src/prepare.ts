/** From scheme text (or a resolved scheme) to everything a run needs. */
import { analyze, compile, type CompiledScheme, type Scheme } from "@goodhart/dsl";
import { assertFits } from "./memory.ts";
import type { SimulationParams, SimulationParamsInput } from "./params.ts";
import { resolveParams } from "./scenario/settings.ts";

export class SchemeError extends Error {
  constructor(readonly diagnostics: readonly { message: string }[]) {
    super(`The scheme has errors and cannot be simulated: ${diagnostics.map((d) => d.message).join("; ")}`);
    this.name = "SchemeError";
  }
}

export interface Prepared {
  scheme: Scheme;
  compiled: CompiledScheme;
  params: SimulationParams;
}

export function schemeOf(input: string | Scheme): Scheme {
  if (typeof input !== "string") return input;
  const analysis = analyze(input);
  if (!analysis.scheme) throw new SchemeError(analysis.diagnostics);
  return analysis.scheme;
}

export function prepare(input: string | Scheme, overrides?: SimulationParamsInput, bufferSets = 1): Prepared {
  const scheme = schemeOf(input);
  const params = resolveParams(scheme, overrides);
  const ratchets = scheme.indicators.filter((i) => i.ratchet > 0).length;
  assertFits(params.staff, scheme.indicators.length, ratchets, params.memoryLimitMB, bufferSets);
  return { scheme, compiled: compile(scheme), params };
}
