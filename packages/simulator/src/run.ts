/** A simulation in this thread: one chunk holding the whole population, stepped period by period. */
import { applyQuotas, type Scheme } from "@goodhart/dsl";
import { allocateBuffers, viewBuffers } from "./buffers.ts";
import { Chunk } from "./chunk.ts";
import type { SimulationParamsInput } from "./params.ts";
import { prepare } from "./prepare.ts";
import { Reducer } from "./reducer.ts";
import type { SimulationResult } from "./result.ts";

export interface Progress {
  period: number;
  periods: number;
}

export interface SimulateOptions {
  onProgress?: (p: Progress) => void;
  /** Checked between periods; an aborted run throws the signal's reason. */
  signal?: AbortSignal;
}

/** A run the caller steps itself (the playground yields to its event loop between periods). */
export interface Stepper {
  readonly periods: number;
  /** Simulates the next period; false once all are done. */
  step(): boolean;
  result(): SimulationResult;
}

export function startSimulation(input: string | Scheme, params?: SimulationParamsInput): Stepper {
  const { scheme, compiled, params: p } = prepare(input, params);
  const chunk = new Chunk(scheme, compiled, p, 0, p.staff);
  const buffers = viewBuffers(allocateBuffers(p.staff, compiled.indicators, false));
  const reducer = new Reducer(scheme, compiled, p, applyQuotas);
  let t = 0;
  let done: SimulationResult | null = null;
  return {
    periods: p.periods,
    step() {
      if (t >= p.periods) return false;
      chunk.step(t, buffers);
      reducer.period(t, buffers);
      t++;
      return true;
    },
    result() {
      while (this.step());
      done ??= reducer.result(chunk.notes);
      return done;
    },
  };
}

export function simulateWith(input: string | Scheme, params?: SimulationParamsInput, opts: SimulateOptions = {}): SimulationResult {
  const run = startSimulation(input, params);
  for (let t = 0; t < run.periods; t++) {
    if (opts.signal?.aborted) throw opts.signal.reason ?? new Error("The simulation was cancelled.");
    run.step();
    opts.onProgress?.({ period: t + 1, periods: run.periods });
  }
  return run.result();
}
