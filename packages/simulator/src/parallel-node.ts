/**
 * Node only (not re-exported from index.ts, which stays browser-safe): the population split
 * into contiguous ranges, one worker thread each. Workers write into SharedArrayBuffers; the
 * parent applies quotas and sums in staff order, so the result is byte-identical to a run in
 * one thread, whatever the number of workers. Two buffer sets alternate: workers simulate
 * period t+1 while the parent summarises period t.
 */
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { applyQuotas, type Scheme } from "@goodhart/dsl";
import { allocateBuffers, viewBuffers, type BufferSet, type PeriodBuffers } from "./buffers.ts";
import { bind } from "./observables.ts";
import type { SimulationParamsInput } from "./params.ts";
import { prepare } from "./prepare.ts";
import { Reducer } from "./reducer.ts";
import type { SimulationResult } from "./result.ts";
import type { Progress } from "./run.ts";
import type { FromWorker, ToWorker, WorkerInit } from "./worker-protocol.ts";

export interface ParallelOptions {
  /** Worker threads; default: the machine's available parallelism. */
  workers?: number;
  /** The worker entry: node-worker.ts (with a TypeScript loader) or the CLI's bundled simulate-worker.mjs. */
  workerUrl?: URL | string;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  /**
   * Running workers to drive instead of spawning (a pool's, replicates/pool-node.ts): each is
   * given its range with a `chunk` message and handed back idle with `release`, not
   * terminated. A worker spawned for one run starts cold and spends most of a small run
   * warming up; a leased one has warmed up on the runs before.
   */
  lease?: readonly Worker[];
}

/** Fewer staff than this per worker is not worth a thread. */
const MIN_STAFF_PER_WORKER = 2048;

export async function simulateParallel(
  scheme: string | Scheme,
  params: SimulationParamsInput = {},
  opts: ParallelOptions = {},
): Promise<SimulationResult> {
  const prepared = prepare(scheme, params, 2);
  const p = prepared.params;
  const wanted = Math.max(1, Math.floor(opts.lease?.length ?? opts.workers ?? availableParallelism()));
  const count = Math.max(1, Math.min(wanted, Math.ceil(p.staff / MIN_STAFF_PER_WORKER)));
  const sets: BufferSet[] = [0, 1].map(() => allocateBuffers(p.staff, prepared.compiled.indicators, true));
  const views: PeriodBuffers[] = sets.map(viewBuffers);
  const reducer = new Reducer(prepared.scheme, prepared.compiled, p, applyQuotas);
  const url = opts.workerUrl ?? new URL("./node-worker.ts", import.meta.url);
  const typescript = String(url).endsWith(".ts");

  const workers: Worker[] = [];
  const inits: WorkerInit[] = [];
  const pending = new Map<Worker, { resolve: () => void; reject: (e: Error) => void }>();
  const waitFor = (w: Worker): Promise<void> => new Promise((resolve, reject) => pending.set(w, { resolve, reject }));
  try {
    for (let w = 0; w < count; w++) {
      const start = Math.floor((p.staff * w) / count);
      const end = Math.floor((p.staff * (w + 1)) / count);
      const init: WorkerInit = { scheme: prepared.scheme, params: p, start, end, sets };
      inits.push(init);
      const leased = opts.lease?.[w];
      const worker =
        leased ?? (typescript ? new Worker(typescriptBoot(url), { eval: true, workerData: init }) : new Worker(url, { workerData: init }));
      worker.on("message", (m: FromWorker) => {
        const waiter = pending.get(worker);
        pending.delete(worker);
        if (m.type === "error") waiter?.reject(new Error(`simulation worker failed: ${m.message}`));
        else waiter?.resolve();
      });
      worker.on("error", (e) => {
        pending.get(worker)?.reject(e);
        pending.delete(worker);
      });
      worker.on("exit", (code) => {
        pending.get(worker)?.reject(new Error(`simulation worker exited with code ${code}`));
        pending.delete(worker);
      });
      workers.push(worker);
    }
    const ready = workers.map(waitFor);
    if (opts.lease)
      for (const [w, worker] of workers.entries()) worker.postMessage({ type: "chunk", init: inits[w]! } satisfies LeaseMessage);
    await Promise.all(ready);

    // Each worker handles its messages in order, so queueing period t+1 right behind t keeps
    // them busy while this thread summarises t.
    const queued: Promise<void>[][] = [];
    const issue = (t: number): void => {
      if (t >= p.periods) return;
      const message: ToWorker = { type: "step", period: t, set: t % 2 };
      queued[t] = workers.map((w) => {
        const done = new Promise<void>((resolve, reject) => {
          const chain = waiters.get(w) ?? [];
          chain.push({ resolve, reject });
          waiters.set(w, chain);
        });
        w.postMessage(message);
        return done;
      });
    };
    const waiters = new Map<Worker, { resolve: () => void; reject: (e: Error) => void }[]>();
    for (const w of workers) {
      w.removeAllListeners("message");
      w.on("message", (m: FromWorker) => {
        const next = waiters.get(w)?.shift();
        if (m.type === "error") next?.reject(new Error(`simulation worker failed: ${m.message}`));
        else next?.resolve();
      });
      const fail = (e: Error): void => {
        for (const x of waiters.get(w) ?? []) x.reject(e);
        waiters.set(w, []);
      };
      w.on("error", fail);
      w.on("exit", (code) => fail(new Error(`simulation worker exited with code ${code}`)));
    }
    issue(0);
    issue(1);
    for (let t = 0; t < p.periods; t++) {
      await Promise.all(queued[t]!);
      if (opts.signal?.aborted) throw opts.signal.reason ?? new Error("The simulation was cancelled.");
      reducer.period(t, views[t % 2]!);
      issue(t + 2);
      opts.onProgress?.({ period: t + 1, periods: p.periods });
    }
    return reducer.result(bind(prepared.scheme.metrics).notes);
  } finally {
    if (opts.lease) {
      for (const w of workers) {
        for (const event of ["message", "error", "exit"] as const) w.removeAllListeners(event);
        w.postMessage({ type: "release" } satisfies LeaseMessage);
      }
    } else {
      for (const w of workers) w.removeAllListeners("exit");
      await Promise.all(workers.map((w) => w.terminate()));
    }
  }
}

/** What a leased worker is sent besides `step`: its range of the run, then its release. */
export type LeaseMessage = { type: "chunk"; init: WorkerInit } | { type: "release" };

/**
 * Running from source (tests, tsx): a worker does not inherit the parent's TypeScript loader,
 * so a tiny bootstrap registers tsx in the worker before importing the .ts entry.
 */
export function typescriptBoot(url: URL | string): string {
  // The ESM flavour of tsx's API (require.resolve finds the CommonJS one beside it).
  const api = pathToFileURL(
    createRequire(import.meta.url)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/, ".mjs"),
  ).href;
  const entry = String(url);
  return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
}
