/**
 * Page side of a simulation worker. Each request takes the next sequence number and only
 * answers to the newest request reach the listener. A newer request asks the worker to abort
 * the old run; if the worker is stuck in a long run that cannot hear that, it is replaced.
 */
import { latestWins } from "../lib/latest-wins.ts";
import type { Population } from "./population.ts";
import { simResponseSchema, type SimResponse } from "./protocol.ts";
import SimulationWorker from "../workers/simulation.worker.ts?worker";

/** A run older than this that still blocks the worker is cut off rather than waited for. */
const STALL_MS = 1500;

export type SimEvent = SimResponse | { type: "started"; seq: number };

export interface SweepSpec {
  start: number;
  end: number;
  percent: boolean;
  values: number[];
  /** Seeds per point in all; after the first pass every point is answered again with its interval. */
  replicates?: number;
}

export class SimulationClient {
  private worker: Worker;
  private gate = latestWins();
  private inFlight: { seq: number; since: number } | null = null;

  constructor(private readonly listener: (event: SimEvent) => void) {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const worker = new SimulationWorker();
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = simResponseSchema.safeParse(event.data);
      if (!parsed.success) {
        this.listener({ type: "error", seq: this.gate.current, message: "The simulation sent back something unreadable." });
        return;
      }
      const message = parsed.data;
      const final =
        message.type !== "progress" &&
        message.type !== "sweepPoint" &&
        message.type !== "sweepSkipped" &&
        message.type !== "replicates" &&
        message.type !== "pools";
      if (final && this.inFlight?.seq === message.seq) this.inFlight = null;
      if (this.gate.isCurrent(message.seq)) this.listener(message);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.inFlight = null;
      this.listener({ type: "error", seq: this.gate.current, message: `The simulation stopped: ${event.message || "unknown error"}` });
    };
    return worker;
  }

  private send(body: Record<string, unknown>): number {
    if (this.inFlight && performance.now() - this.inFlight.since > STALL_MS) {
      this.worker.terminate();
      this.worker = this.spawn();
      this.inFlight = null;
    }
    const seq = this.gate.next();
    this.worker.postMessage({ ...body, seq });
    this.inFlight ??= { seq, since: performance.now() };
    this.listener({ type: "started", seq });
    return seq;
  }

  /** With `replicates` > 1, `replicates` events follow the result with the running mean and intervals. */
  run(text: string, population: Population, replicates?: number): number {
    return this.send({ type: "run", text, population, ...(replicates && replicates > 1 ? { replicates } : {}) });
  }

  sweep(text: string, population: Population, spec: SweepSpec): number {
    return this.send({ type: "sweep", text, population, ...spec });
  }

  /** One-at-a-time over the model constants for `figure`; `progress` events, then `sensitivity`. */
  sensitivity(text: string, population: Population, figure: string): number {
    return this.send({ type: "sensitivity", text, population, figure });
  }

  cancel(): void {
    const seq = this.gate.next();
    this.worker.postMessage({ type: "cancel", seq });
  }

  dispose(): void {
    this.worker.terminate();
  }
}
