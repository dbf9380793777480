/**
 * Parameter sweeps (NetLogo's BehaviorSpace, Mesa's batch_run): re-run the simulation at every
 * point of a grid of scheme literals. The literal is edited by an injected function (the dsl's
 * `setNumber`), so the sweep never interprets scheme text itself.
 */
import type { SimulationParamsInput } from "./params.ts";
import type { Summary } from "./result.ts";

export interface SweepAxis {
  /** A literal in the scheme, e.g. `on_time.target`. */
  path: string;
  values: readonly number[];
}

export interface SweepPoint {
  /** The value of each axis at this point, keyed by path. */
  values: Record<string, number>;
  /** With a single axis, its value (the CLI's `[{value, summary}]`). */
  value: number;
  summary: Summary;
}

export type SetNumber = (text: string, path: string, value: number) => string;
export type SimulateSummary = (text: string, params: SimulationParamsInput) => { summary: Summary };

/** Every combination of the axes' values, first axis slowest. */
export function grid(axes: readonly SweepAxis[]): Record<string, number>[] {
  let points: Record<string, number>[] = [{}];
  for (const axis of axes) {
    if (axis.values.length === 0) throw new Error(`sweep: ${axis.path} has no values`);
    points = points.flatMap((p) => axis.values.map((v) => ({ ...p, [axis.path]: v })));
  }
  return points;
}

/**
 * Runs the simulation once per grid point, same population and seed each time, so differences
 * between points come from the scheme alone.
 */
export function sweepWith(
  simulate: SimulateSummary,
  text: string,
  axes: readonly SweepAxis[],
  setNumber: SetNumber,
  params: SimulationParamsInput = {},
  onPoint?: (done: number, total: number) => void,
): SweepPoint[] {
  const points = grid(axes);
  return points.map((values, i) => {
    let edited = text;
    for (const axis of axes) edited = setNumber(edited, axis.path, values[axis.path]!);
    const { summary } = simulate(edited, params);
    onPoint?.(i + 1, points.length);
    return { values, value: values[axes[0]!.path]!, summary };
  });
}
