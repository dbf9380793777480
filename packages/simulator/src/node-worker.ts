/**
 * Worker-thread entry (Node): simulates one contiguous range of staff and writes each period
 * into the parent's shared buffers. The CLI build bundles this file to
 * packages/cli/dist/simulate-worker.mjs. The only module of the package that imports node:.
 */
import { parentPort, workerData } from "node:worker_threads";
import { chunkServer } from "./replicates/chunk-server.ts";
import type { FromWorker, ToWorker, WorkerInit } from "./worker-protocol.ts";

const port = parentPort;
if (port) {
  try {
    const serve = chunkServer(workerData as WorkerInit);
    port.on("message", (m: ToWorker) => port.postMessage(serve(m)));
    port.postMessage({ type: "ready" } satisfies FromWorker);
  } catch (err) {
    port.postMessage({ type: "error", message: String(err instanceof Error ? (err.stack ?? err.message) : err) } satisfies FromWorker);
  }
}
