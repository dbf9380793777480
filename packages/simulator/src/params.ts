/**
 * Simulation parameters: the population settings of docs/model.md §2 (each with a default) and
 * the model's constants (docs/model.md explains every one). External input, so zod checks it
 * and a wrong value gets a message naming the setting.
 */
import { z } from "zod";
import { SIMULATION_LIMITS } from "@goodhart/dsl";
import { modelConstantsSchema, type ModelConstants } from "./model-constants.ts";

const share = z.number().min(0, "must be a share between 0% and 100%").max(1, "must be a share between 0% and 100%");
const positive = z.number().positive("must be above 0");

export { modelConstantsSchema, type ModelConstants } from "./model-constants.ts";

/** Above this the run is refused up front rather than crashing out of memory. */
export const DEFAULT_MEMORY_LIMIT_MB = 2048;

export const simulationParamsSchema = z
  .object({
    staff: z
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(SIMULATION_LIMITS.staff, `must be at most ${SIMULATION_LIMITS.staff}`),
    periods: z
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(SIMULATION_LIMITS.periods, `must be at most ${SIMULATION_LIMITS.periods}`),
    seed: z.number().int("must be a whole number"),
    team: z.number().int("must be a whole number").min(1, "must be at least 1"),
    saints: share,
    honest: share,
    reactive: share,
    maniacs: share,
    hard: share,
    luck: share,
    /** Disciplinary cost of being caught falsifying, as a share of salary (0.05 = 5%). */
    sanction: z.number().min(0, "must be at least 0%").max(10, "must be at most 1000% of salary"),
    memoryLimitMB: positive.default(DEFAULT_MEMORY_LIMIT_MB),
    model: modelConstantsSchema.default(modelConstantsSchema.parse({})),
  })
  .refine((p) => Math.abs(p.saints + p.honest + p.reactive + p.maniacs - 1) < 1e-9, {
    message: "the population shares (saints + honest + reactive + maniacs) must sum to 100%",
  });

export type SimulationParams = z.infer<typeof simulationParamsSchema>;
/** What a caller may pass: any subset; `model` may itself be partial. */
export type SimulationParamsInput = Partial<Omit<SimulationParams, "model">> & { model?: Partial<ModelConstants> };

/** The population settings, without the run's memory limit and model constants. */
export type PopulationSetting = keyof typeof POPULATION_DEFAULTS;

/** Defaults when neither the scheme's `simulation` block nor the caller sets a value. */
export const POPULATION_DEFAULTS = {
  staff: 2000,
  periods: 12,
  seed: 42,
  team: 20,
  saints: 0.1,
  honest: 0.6,
  reactive: 0.25,
  maniacs: 0.05,
  hard: 0.2,
  luck: 0.3,
  /**
   * A reprimand's cost in a period in which an audit finds a false record: 5% of salary
   * (assumed; lost bonus and promotion chances, not dismissal).
   */
  sanction: 0.05,
} as const;

export class SimulationParamsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SimulationParamsError";
  }
}

export function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
