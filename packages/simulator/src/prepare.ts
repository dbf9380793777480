/**
 * From scheme text (or a resolved scheme) to everything a run needs, with the dsl's functions
 * injected so this module stays free of any particular build of the language package.
 */
import type { CompiledScheme, Diagnostic, Scheme } from "@goodhart/dsl";
import { assertFits } from "./memory.ts";
import type { SimulationParams, SimulationParamsInput } from "./params.ts";
import { resolveParams } from "./scenario/settings.ts";
import type { ApplyQuotas } from "./reducer.ts";

export interface DslRuntime {
  analyze(text: string): { scheme: Scheme | null; diagnostics: readonly Pick<Diagnostic, "message">[] | readonly { message: string }[] };
  compile(scheme: Scheme): CompiledScheme;
  applyQuotas: ApplyQuotas;
}

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

export function schemeOf(dsl: Pick<DslRuntime, "analyze">, input: string | Scheme): Scheme {
  if (typeof input !== "string") return input;
  const analysis = dsl.analyze(input);
  if (!analysis.scheme) throw new SchemeError(analysis.diagnostics);
  return analysis.scheme;
}

export function prepare(dsl: DslRuntime, input: string | Scheme, overrides?: SimulationParamsInput, bufferSets = 1): Prepared {
  const scheme = schemeOf(dsl, input);
  const params = resolveParams(scheme, overrides);
  const ratchets = scheme.indicators.filter((i) => i.ratchet > 0).length;
  assertFits(params.staff, scheme.indicators.length, ratchets, params.memoryLimitMB, bufferSets);
  return { scheme, compiled: dsl.compile(scheme), params };
}
