/**
 * Population settings the user controls in the population panel (docs/model.md §2). Shares
 * are 0..1. The schema guards everything that arrives from a share link.
 */
import { POPULATION_DEFAULTS } from "@goodhart/simulator";
import { z } from "zod";

export const MAX_STAFF = 100_000;
export const MAX_PERIODS = 60;

const share = z.number().finite().min(0).max(1);

export const populationSchema = z.object({
  staff: z.number().int().min(1).max(MAX_STAFF),
  periods: z.number().int().min(1).max(MAX_PERIODS),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  team: z.number().int().min(1).max(1000),
  mix: z.object({ saints: share, honest: share, reactive: share, maniacs: share }),
  hard: share,
  luck: share,
});

export type Population = z.infer<typeof populationSchema>;
export type StaffType = keyof Population["mix"];
export const STAFF_TYPES: readonly StaffType[] = ["saints", "honest", "reactive", "maniacs"];

/** The simulator's defaults (one source), in the panel's shape; small enough to re-run while the user types. */
export const DEFAULT_POPULATION: Population = {
  staff: POPULATION_DEFAULTS.staff,
  periods: POPULATION_DEFAULTS.periods,
  seed: POPULATION_DEFAULTS.seed,
  team: POPULATION_DEFAULTS.team,
  mix: {
    saints: POPULATION_DEFAULTS.saints,
    honest: POPULATION_DEFAULTS.honest,
    reactive: POPULATION_DEFAULTS.reactive,
    maniacs: POPULATION_DEFAULTS.maniacs,
  },
  hard: POPULATION_DEFAULTS.hard,
  luck: POPULATION_DEFAULTS.luck,
};

/** The four shares rescaled to sum to 1 (all-zero falls back to the default mix). */
export function normalisedMix(mix: Population["mix"]): Population["mix"] {
  const total = mix.saints + mix.honest + mix.reactive + mix.maniacs;
  if (!(total > 0)) return { ...DEFAULT_POPULATION.mix };
  return {
    saints: mix.saints / total,
    honest: mix.honest / total,
    reactive: mix.reactive / total,
    maniacs: mix.maniacs / total,
  };
}
