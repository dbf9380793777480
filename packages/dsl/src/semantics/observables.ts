/**
 * The simulator's observables a metric can bind with `observes` (docs/model.md §1). They live
 * here, not in the simulator, because the checker, completion and hover need them too.
 */
import type { Aspect } from "./model.ts";

export interface ObservableInfo {
  name: string;
  description: string;
  /** The aspect an indicator reading only this observable measures (see aspects.ts). */
  aspect: Aspect;
  /** Whether the observable is a share (0..1), which makes a metric of it a ratio. */
  ratio: boolean;
}

export const OBSERVABLES: readonly ObservableInfo[] = [
  { name: "cases.received", description: "Cases assigned to the staff member in the period.", aspect: "volume", ratio: false },
  { name: "cases.closed", description: "Cases reported closed (genuine and falsely closed).", aspect: "volume", ratio: false },
  { name: "cases.closed_on_time", description: "Cases reported closed within the deadline.", aspect: "timeliness", ratio: false },
  { name: "cases.closed_hard", description: "Hard cases reported closed.", aspect: "volume", ratio: false },
  { name: "cases.backlog", description: "Cases still open at the end of the period.", aspect: "timeliness", ratio: false },
  {
    name: "cases.reopened",
    description: "Closed cases later found defective (rushed or falsely closed, when caught).",
    aspect: "quality",
    ratio: false,
  },
  { name: "cases.days", description: "Mean days from a case's arrival to its reported closure.", aspect: "timeliness", ratio: false },
  { name: "cases.value", description: "Money value of closed cases (revenue, for sales schemes).", aspect: "volume", ratio: false },
  {
    name: "survey.satisfaction",
    description: "Share of surveyed citizens reporting satisfaction (0..1).",
    aspect: "satisfaction",
    ratio: true,
  },
  { name: "supervisor.score", description: "The supervisor's assessment, 0..100 points.", aspect: "conduct", ratio: false },
  { name: "audit.failures", description: "Falsifications found by audits of audited metrics.", aspect: "quality", ratio: false },
];

export const OBSERVABLE_BY_NAME: ReadonlyMap<string, ObservableInfo> = new Map(OBSERVABLES.map((o) => [o.name, o]));
