/** The status line over the results and the note on figures that are out of date. */
import { QUICK_STAFF, type SimState } from "../hooks/use-simulation.ts";
import type { Population } from "../sim/population.ts";
import { plural } from "./warning-text.ts";

type StatusInput = { errorCount: number; sim: SimState; population: Population };

/** One sentence on what the figures below are: running, failed, computed, or held back by errors. */
export function simulationStatus({ errorCount, sim, population }: StatusInput): string {
  const view = sim.view;
  if (errorCount > 0)
    return `The scheme has ${plural(errorCount, "error", "errors")}; ${view ? "the figures below are from the last text that worked" : "fix them to simulate"}.`;
  if (sim.status === "running")
    return `Simulating ${population.staff.toLocaleString("en")} staff × ${population.periods} periods…${sim.preview ? ` (a quick first look on ${QUICK_STAFF} staff is shown meanwhile)` : ""}`;
  if (sim.status === "error") return `The simulation failed: ${sim.message}`;
  if (view && sim.ms !== null)
    return `${view.staff.toLocaleString("en")} staff × ${view.periods} periods, seed ${view.seed} — computed in ${Math.round(sim.ms)} ms.`;
  return "";
}

/** Why the figures on screen are not those of the text and population as they are now. */
export function staleNote({ errorCount, sim, population }: StatusInput): string {
  if (sim.preview)
    return `A quick first look on ${QUICK_STAFF} staff; the full run of ${population.staff.toLocaleString("en")} replaces it in a moment.`;
  if (errorCount > 0) return "Out of date: these figures are from an earlier text; fix the errors to update them.";
  return "Out of date: these figures are from an earlier text or population; the new run is on its way.";
}
