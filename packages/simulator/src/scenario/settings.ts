/**
 * Where a run's settings come from, in one place (the CLI, the playground's worker and the
 * lessons all resolve them here):
 *
 * 1. the defaults (POPULATION_DEFAULTS, the model-constant table);
 * 2. the scheme's `simulation` block — the one named `default`, else the first;
 * 3. the caller's overrides (command-line flags, the playground's panel, a lesson).
 *
 * A partly given type mix is completed by the dsl's rule (`completeMix`): the shares not given
 * split what is left in proportion to the layer below — the defaults under the block, the
 * block's mix under the overrides. The checker reports the same mixes as errors that this
 * module refuses, so `check` and `simulate` never disagree.
 */
import { completeMix, MIX_KEYS, type Mix, type PartialMix, type Scheme, type SimulationSettings } from "@goodhart/dsl";
import {
  POPULATION_DEFAULTS,
  SimulationParamsError,
  simulationParamsSchema,
  stripUndefined,
  type PopulationSetting,
  type SimulationParams,
  type SimulationParamsInput,
} from "../params.ts";

export const SETTINGS_RULE = "defaults, then the scheme's simulation block named `default` (else its first), then the overrides";

/** The `simulation` block a run starts from: the one named `default`, else the first. */
export function chooseSimulation(scheme: Pick<Scheme, "simulations">): SimulationSettings | null {
  return scheme.simulations.find((s) => s.name === "default") ?? scheme.simulations[0] ?? null;
}

const DEFAULT_MIX: Mix = {
  saints: POPULATION_DEFAULTS.saints,
  honest: POPULATION_DEFAULTS.honest,
  reactive: POPULATION_DEFAULTS.reactive,
  maniacs: POPULATION_DEFAULTS.maniacs,
};
const SETTING_KEYS = Object.keys(POPULATION_DEFAULTS) as PopulationSetting[];

function mixOf(values: Partial<Record<PopulationSetting, number | null | undefined>>): PartialMix {
  return Object.fromEntries(MIX_KEYS.map((k) => [k, values[k]]));
}

function filled(given: PartialMix, base: Mix, where: string): Mix {
  const outcome = completeMix(given, base);
  if (!outcome.ok) throw new SimulationParamsError(`Invalid simulation settings (${where}): ${outcome.message}.`);
  return outcome.mix;
}

/** The population settings a scheme's chosen block gives, over the defaults (mix completed). */
export function blockSettings(block: SimulationSettings | null): Record<PopulationSetting, number> {
  const out: Record<PopulationSetting, number> = { ...POPULATION_DEFAULTS };
  if (!block) return out;
  // Read by key so a setting the language gains later (e.g. `sanction`) is picked up unchanged.
  const values = block as unknown as Record<string, number | null | undefined>;
  for (const key of SETTING_KEYS) {
    const v = values[key];
    if (typeof v === "number") out[key] = v;
  }
  return { ...out, ...filled(mixOf(values), DEFAULT_MIX, `simulation ${block.name}`) };
}

/** Defaults ← the scheme's chosen `simulation` block ← the caller's overrides, then validated. */
export function resolveParams(scheme: Pick<Scheme, "simulations">, overrides: SimulationParamsInput = {}): SimulationParams {
  const base = blockSettings(chooseSimulation(scheme));
  const given = stripUndefined(overrides);
  const mix = filled(
    mixOf(given),
    { saints: base.saints, honest: base.honest, reactive: base.reactive, maniacs: base.maniacs },
    "the overrides",
  );
  const parsed = simulationParamsSchema.safeParse({ ...base, ...given, ...mix });
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.length ? `${i.path.join(".")} ` : ""}${i.message}`).join("; ");
    throw new SimulationParamsError(`Invalid simulation settings: ${msg}.`);
  }
  return parsed.data;
}
