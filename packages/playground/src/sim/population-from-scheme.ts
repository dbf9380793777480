/** A scheme's `simulation` block sets the population when the scheme is opened. */
import type { SchemeFacts } from "../language/protocol.ts";
import { MAX_PERIODS, MAX_STAFF, type Population } from "./population.ts";

type Settings = NonNullable<SchemeFacts["simulation"]>;

export function populationFromScheme(current: Population, s: Settings): Population {
  const pick = (v: number | null, fallback: number) => (v === null || !Number.isFinite(v) ? fallback : v);
  const hasMix = s.saints !== null || s.honest !== null || s.reactive !== null || s.maniacs !== null;
  return {
    staff: Math.min(MAX_STAFF, Math.max(1, Math.round(pick(s.staff, current.staff)))),
    periods: Math.min(MAX_PERIODS, Math.max(1, Math.round(pick(s.periods, current.periods)))),
    seed: Math.min(2 ** 31 - 1, Math.max(0, Math.round(pick(s.seed, current.seed)))),
    team: Math.min(1000, Math.max(1, Math.round(pick(s.team, current.team)))),
    hard: pick(s.hard, current.hard),
    luck: pick(s.luck, current.luck),
    mix: hasMix
      ? { saints: s.saints ?? 0, honest: s.honest ?? 0, reactive: s.reactive ?? 0, maniacs: s.maniacs ?? 0 }
      : current.mix,
  };
}
