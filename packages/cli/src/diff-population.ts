/**
 * The ONE population `goodhart diff --simulate` runs both schemes on: the flags, else the OLD
 * scheme's `simulation` block, else the defaults — resolved to every setting, so neither run
 * falls back on its own scheme's block (a change that also made the simulated staff saints
 * would otherwise look like less gaming). Kept apart so it can move to the shared run layer.
 */
import type { Lang, Scheme } from "@goodhart/dsl";
import { settingsError } from "./settings-error.ts";
import { POPULATION_DEFAULTS, resolveParams, SimulationParamsError, type PopulationSetting } from "@goodhart/simulator";
import type { z } from "zod";
import { UsageError } from "./errors.ts";
import { overridesOf, type simulationFlags } from "./simulation-flags.ts";

/** The settings a population flag or a `simulation` block sets (the simulator's one table), each resolved for both runs. */
const POPULATION_KEYS = Object.keys(POPULATION_DEFAULTS) as PopulationSetting[];

export type Population = Record<PopulationSetting, number>;

export function diffPopulation(oldScheme: Scheme, opts: z.infer<typeof simulationFlags>, lang: Lang = "en"): Population {
  const overrides = overridesOf(opts, oldScheme, "diff", lang);
  try {
    const p = resolveParams(oldScheme, overrides);
    const out = {} as Population;
    for (const key of POPULATION_KEYS) out[key] = p[key];
    return out;
  } catch (e) {
    if (e instanceof SimulationParamsError) throw new UsageError(settingsError(e), "diff");
    throw e;
  }
}
