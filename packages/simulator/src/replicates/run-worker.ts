/**
 * Worker-thread entry (Node) for whole runs: replicates, sweep points and sensitivity runs are
 * independent simulations, so each worker runs one job at a time from start to finish and the
 * parent hands out the next. The CLI build bundles this file to dist/run-worker.mjs.
 */
import { parentPort } from "node:worker_threads";
import type { Scheme } from "@goodhart/dsl";
import type { SimulationParamsInput } from "../params.ts";
import type { SimulationResult } from "../result.ts";
import { simulateWith } from "../run.ts";

export type ToRunWorker = { type: "run"; id: number; scheme: string | Scheme; params: SimulationParamsInput };
export type FromRunWorker =
  | { type: "progress"; id: number; fraction: number }
  | { type: "result"; id: number; result: SimulationResult }
  | { type: "error"; id: number; message: string; name: string };

const port = parentPort;
if (port) {
  port.on("message", (m: ToRunWorker) => {
    try {
      const result = simulateWith(m.scheme, m.params, {
        onProgress: (p) => port.postMessage({ type: "progress", id: m.id, fraction: p.period / p.periods } satisfies FromRunWorker),
      });
      port.postMessage({ type: "result", id: m.id, result } satisfies FromRunWorker);
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      port.postMessage({ type: "error", id: m.id, message: e.message, name: e.name } satisfies FromRunWorker);
    }
  });
}
