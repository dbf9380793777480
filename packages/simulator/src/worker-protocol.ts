/**
 * The messages between a staff-split run (parallel-node.ts) and the workers that simulate its
 * ranges (node-worker.ts, or a pool's leased run-worker.ts through replicates/chunk-server.ts).
 */
import type { Scheme } from "@goodhart/dsl";
import type { BufferSet } from "./buffers.ts";
import type { SimulationParams } from "./params.ts";

export interface WorkerInit {
  scheme: Scheme;
  params: SimulationParams;
  start: number;
  end: number;
  sets: BufferSet[];
}

export type ToWorker = { type: "step"; period: number; set: number };
export type FromWorker = { type: "ready" } | { type: "done"; period: number } | { type: "error"; message: string };
