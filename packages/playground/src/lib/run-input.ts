/** What a run was computed from: the page compares it with what is on screen to mark stale figures. */
import type { Population } from "../sim/population.ts";

export interface RunInput {
  text: string;
  population: Population;
}

export function sameRun(a: RunInput, b: RunInput): boolean {
  return a.text === b.text && JSON.stringify(a.population) === JSON.stringify(b.population);
}
