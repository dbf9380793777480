/**
 * A scheme's `simulation` block sets the population when the scheme is opened. The type mix
 * is completed by the simulator's rule (the shares not given split the rest in proportion to
 * the defaults), so the panel shows the population `goodhart simulate` would run.
 */
import { completeMix } from "@goodhart/dsl";
import type { SchemeFacts } from "../language/protocol.ts";
import { DEFAULT_POPULATION, MAX_PERIODS, MAX_STAFF, type Population } from "./population.ts";

type Settings = NonNullable<SchemeFacts["simulation"]>;

export function populationFromScheme(current: Population, s: Settings): Population {
  const pick = (v: number | null, fallback: number) => (v === null || !Number.isFinite(v) ? fallback : v);
  const hasMix = s.saints !== null || s.honest !== null || s.reactive !== null || s.maniacs !== null;
  const filled = completeMix({ saints: s.saints, honest: s.honest, reactive: s.reactive, maniacs: s.maniacs }, DEFAULT_POPULATION.mix);
  return {
    staff: Math.min(MAX_STAFF, Math.max(1, Math.round(pick(s.staff, current.staff)))),
    periods: Math.min(MAX_PERIODS, Math.max(1, Math.round(pick(s.periods, current.periods)))),
    seed: Math.min(2 ** 31 - 1, Math.max(0, Math.round(pick(s.seed, current.seed)))),
    team: Math.min(1000, Math.max(1, Math.round(pick(s.team, current.team)))),
    hard: pick(s.hard, current.hard),
    luck: pick(s.luck, current.luck),
    // A mix the checker rejects never reaches here (the scheme has errors, so no facts).
    mix: hasMix && filled.ok ? filled.mix : current.mix,
  };
}
