/**
 * Worker-thread entry (Node): simulates one contiguous range of staff and writes each period
 * into the parent's shared buffers. The CLI build bundles this file to
 * packages/cli/dist/simulate-worker.mjs. The only module of the package that imports node:.
 */
import { parentPort, workerData } from "node:worker_threads";
import { compile, type Scheme } from "@goodhart/dsl";
import { viewBuffers, type BufferSet } from "./buffers.ts";
import { Chunk } from "./chunk.ts";
import type { SimulationParams } from "./params.ts";

export interface WorkerInit {
  scheme: Scheme;
  params: SimulationParams;
  start: number;
  end: number;
  sets: BufferSet[];
}

export type ToWorker = { type: "step"; period: number; set: number };
export type FromWorker =
  | { type: "ready" }
  | { type: "done"; period: number }
  | { type: "error"; message: string };

const port = parentPort;
if (port) {
  try {
    const init = workerData as WorkerInit;
    const chunk = new Chunk(init.scheme, compile(init.scheme), init.params, init.start, init.end);
    const views = init.sets.map(viewBuffers);
    port.on("message", (m: ToWorker) => {
      try {
        chunk.step(m.period, views[m.set]!);
        port.postMessage({ type: "done", period: m.period } satisfies FromWorker);
      } catch (err) {
        port.postMessage({ type: "error", message: String(err instanceof Error ? err.stack ?? err.message : err) } satisfies FromWorker);
      }
    });
    port.postMessage({ type: "ready" } satisfies FromWorker);
  } catch (err) {
    port.postMessage({ type: "error", message: String(err instanceof Error ? err.stack ?? err.message : err) } satisfies FromWorker);
  }
}
