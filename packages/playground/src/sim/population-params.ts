/** The population panel's settings in the simulator's vocabulary (flat shares). */
import { normalisedMix, type Population } from "./population.ts";

export function toSimulatorParams(p: Population) {
  const mix = normalisedMix(p.mix);
  return { staff: p.staff, periods: p.periods, seed: p.seed, team: p.team, hard: p.hard, luck: p.luck, ...mix };
}
