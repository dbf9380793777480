/**
 * One worker's share of a staff-split run (parallel-node.ts): a contiguous range of staff,
 * stepped period by period into the parent's shared buffers. Served by the one-shot chunk
 * worker (node-worker.ts) and, leased for one run, by a pool's whole-run worker
 * (run-worker.ts), whose code the runs before have already warmed up.
 */
import { compile } from "@goodhart/dsl";
import { viewBuffers } from "../buffers.ts";
import { Chunk } from "../chunk.ts";
import type { FromWorker, ToWorker, WorkerInit } from "../worker-protocol.ts";

export function chunkServer(init: WorkerInit): (m: ToWorker) => FromWorker {
  const chunk = new Chunk(init.scheme, compile(init.scheme), init.params, init.start, init.end);
  const views = init.sets.map(viewBuffers);
  return (m) => {
    try {
      chunk.step(m.period, views[m.set]!);
      return { type: "done", period: m.period };
    } catch (err) {
      return { type: "error", message: String(err instanceof Error ? (err.stack ?? err.message) : err) };
    }
  };
}
