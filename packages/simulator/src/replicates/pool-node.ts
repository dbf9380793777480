/**
 * Node's batch runner: independent runs spread over worker threads (one whole run per worker
 * at a time), a single large run split by staff over workers (parallel-node.ts), a small one
 * in this thread. Every run is byte-identical to the same run in one thread, so the choice is
 * about speed alone.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { SchemeError } from "../prepare.ts";
import { SimulationParamsError } from "../params.ts";
import { SimulationTooLargeError } from "../memory.ts";
import { simulateParallel, typescriptBoot } from "../parallel-node.ts";
import type { SimulationResult } from "../result.ts";
import { inThreadRunner, type BatchRunner, type RunJob } from "../scenario/run.ts";
import type { FromRunWorker, ToRunWorker } from "./run-worker.ts";

export interface NodeRunnerOptions {
  /** Worker threads; default: the machine's available parallelism. */
  workers?: number;
  /** Entry for staff-split runs (node-worker.ts, or a bundled copy). */
  chunkWorkerUrl?: URL | string;
  /** Entry for whole runs (run-worker.ts, or a bundled copy). */
  runWorkerUrl?: URL | string;
  /** A single run of at least this many staff is split over workers (default 8192). */
  splitFromStaff?: number;
}

/** The errors a run may end in on purpose, rebuilt on this side of the thread boundary. */
function rebuild(name: string, message: string): Error {
  if (name === "SimulationParamsError") return new SimulationParamsError(message);
  if (name === "SimulationTooLargeError") return Object.assign(new SimulationTooLargeError(1, 1, 1), { message });
  if (name === "SchemeError") return Object.assign(new SchemeError([]), { message });
  return new Error(`simulation worker failed: ${message}`);
}

function spawn(url: URL | string): Worker {
  return String(url).endsWith(".ts") ? new Worker(typescriptBoot(url), { eval: true }) : new Worker(url);
}

export function nodeRunner(opts: NodeRunnerOptions = {}): BatchRunner {
  const inThread = inThreadRunner();
  return async (jobs, control = {}) => {
    const cores = Math.max(1, Math.floor(opts.workers ?? availableParallelism()));
    if (jobs.length === 1) {
      const job = jobs[0]!;
      const staff = job.params.staff ?? 0;
      const split = opts.workers !== undefined ? opts.workers > 1 : staff >= (opts.splitFromStaff ?? 8192);
      if (!split) return inThread(jobs, control);
      const result = await simulateParallel(job.scheme, job.params, {
        workers: opts.workers,
        workerUrl: opts.chunkWorkerUrl,
        signal: control.signal,
        onProgress: (p) => control.onProgress?.(p.period / p.periods),
      });
      return [result];
    }
    const size = Math.min(cores, jobs.length);
    if (size <= 1) return inThread(jobs, control);
    const url = opts.runWorkerUrl ?? new URL("./run-worker.ts", import.meta.url);
    // Whole runs fill the workers in rounds; a last, partial round would leave workers idle,
    // so those runs are split by staff over every worker instead (5 runs on 2 workers: two
    // rounds of two, then one split run — about 2.5 runs' time rather than 3). The split runs
    // go to the same workers, leased: fresh ones would start cold, and a cold isolate spends
    // about as long warming up as a small run takes (measured in docs/benchmarks.md).
    const tail = jobs.length % size;
    const splittable = tail > 0 && jobs.slice(-tail).every((j) => (j.params.staff ?? 0) >= size * 2048);
    if (!splittable) return pool(jobs, size, url, control);
    const whole = jobs.length - tail;
    const share = whole / jobs.length;
    const head = await pool(jobs.slice(0, whole), size, url, { ...control, onProgress: (f) => control.onProgress?.(f * share) });
    const rest: SimulationResult[] = [];
    const lease = take(url, size);
    let healthy = false;
    try {
      for (const [i, job] of jobs.slice(whole).entries()) {
        rest.push(
          await simulateParallel(job.scheme, job.params, {
            lease,
            signal: control.signal,
            onProgress: (p) => control.onProgress?.(share + (i + p.period / p.periods) / jobs.length),
          }),
        );
      }
      healthy = true;
    } finally {
      // A run that failed or was cancelled may leave a worker mid-period: those are dropped.
      if (healthy) giveBack(url, lease);
      else await Promise.all(lease.map((w) => w.terminate()));
    }
    return [...head, ...rest];
  };
}

/**
 * Idle workers kept for the next batch of the same entry, so a process that runs several
 * batches (a bench, a long session) pays the workers' start and warm-up once. They are
 * unref'd: an idle pool never keeps the process alive.
 */
const idle = new Map<string, Worker[]>();

function take(url: URL | string, size: number): Worker[] {
  const spare = idle.get(String(url)) ?? [];
  const workers = spare.splice(0, size);
  while (workers.length < size) workers.push(spawn(url));
  // Busy workers keep the process alive (it is waiting on them); idle ones do not.
  for (const w of workers) w.ref();
  return workers;
}

function giveBack(url: URL | string, workers: Worker[]): void {
  const spare = idle.get(String(url)) ?? [];
  for (const w of workers) w.unref();
  spare.push(...workers);
  idle.set(String(url), spare);
}

async function pool(
  jobs: readonly RunJob[],
  size: number,
  url: URL | string,
  control: Parameters<BatchRunner>[1] = {},
): Promise<SimulationResult[]> {
  const results: SimulationResult[] = new Array(jobs.length);
  const progress = new Float64Array(jobs.length);
  const report = () => control.onProgress?.(progress.reduce((a, b) => a + b, 0) / jobs.length);
  const workers = take(url, size);
  let next = 0;
  let healthy = true;
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      const fail = (e: unknown) => {
        healthy = false;
        reject(e);
      };
      control.signal?.addEventListener("abort", () => fail(control.signal!.reason ?? new Error("The simulation was cancelled.")), {
        once: true,
      });
      if (control.signal?.aborted) return fail(control.signal.reason ?? new Error("The simulation was cancelled."));
      const give = (w: Worker) => {
        if (next >= jobs.length) return;
        const id = next++;
        const job = jobs[id]!;
        w.postMessage({ type: "run", id, scheme: job.scheme, params: job.params } satisfies ToRunWorker);
      };
      for (const w of workers) {
        w.on("message", (m: FromRunWorker) => {
          if (m.type === "progress") {
            progress[m.id] = m.fraction;
            report();
          } else if (m.type === "error") fail(rebuild(m.name, m.message));
          else {
            results[m.id] = m.result;
            progress[m.id] = 1;
            report();
            if (++finished === jobs.length) resolve();
            else give(w);
          }
        });
        w.on("error", fail);
        w.on("exit", (code) => fail(new Error(`simulation worker exited with code ${code}`)));
        give(w);
      }
    });
    return results;
  } finally {
    for (const w of workers) for (const event of ["message", "error", "exit"] as const) w.removeAllListeners(event);
    // A worker that failed or was cancelled mid-run may still be busy: those are dropped.
    if (healthy) giveBack(url, workers);
    else await Promise.all(workers.map((w) => w.terminate()));
  }
}
