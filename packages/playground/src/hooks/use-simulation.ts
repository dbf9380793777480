/**
 * The live simulation behind the editor: debounced, newest wins (see SimulationClient). Two
 * workers: the quick one answers on a few hundred staff within a frame or two, the full one
 * replaces that answer when it lands and then runs further seeds for the intervals. The
 * workers start on the first run, so the first screen is not slowed by the simulator loading.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { debounce, type Debounced } from "../lib/debounce.ts";
import type { RunInput } from "../lib/run-input.ts";
import type { Spread } from "../panels/Headlines.tsx";
import type { Population } from "../sim/population.ts";
import type { SimulatedPoolsView } from "../sim/protocol.ts";
import type { SimulationView } from "../sim/result.ts";
import { SimulationClient, type SimEvent } from "../sim/simulation-client.ts";

export type SimState = {
  view: SimulationView | null;
  status: "idle" | "running" | "done" | "error";
  message: string;
  progress: number;
  seq: number;
  /** Sequence number of the run whose figures are on screen. */
  resultSeq: number;
  ms: number | null;
  /** What the figures on screen were computed from (to mark them stale after an edit). */
  shown: RunInput | null;
  /** The figures on screen are the quick first result on fewer staff; the full run follows. */
  preview: boolean;
  /** Replicates of the full run on further seeds, as they come in (null until the full run lands). */
  spread: Spread | null;
  /** What the quotas did per pool in the full run (null: the scheme has no pools with a quota). */
  pools: SimulatedPoolsView | null;
};

/** Seeds per full run in all: the first answers at once, the rest follow for the intervals. */
const REPLICATES = 5;

/** Above this many staff a quick run on this many goes first, so the charts answer at once. */
export const QUICK_STAFF = 500;
const QUICK_ABOVE = 1500;

// Short: the check before it already waits for a pause, and a newer edit cancels a run between periods.
const SIMULATION_DEBOUNCE_MS = 50;

/** Nothing run yet: the state a page opens in. */
export const IDLE: SimState = {
  view: null,
  status: "idle",
  message: "",
  progress: 0,
  seq: 0,
  resultSeq: 0,
  ms: null,
  shown: null,
  preview: false,
  spread: null,
  pools: null,
};

export function useSimulation(): { sim: SimState; runSimulation: Debounced<[string, Population]> } {
  const [sim, setSim] = useState<SimState>(IDLE);
  const simClientRef = useRef<SimulationClient | null>(null);
  const quickClientRef = useRef<SimulationClient | null>(null);
  // Which edit each request belongs to.
  const runs = useRef({
    generation: 0,
    fullDone: 0,
    inputs: new Map<string, RunInput & { generation: number }>(),
    pendingFull: null as (RunInput & { generation: number }) | null,
  });
  const startFull = useRef<() => void>(() => undefined);
  const simClient = useCallback(() => {
    simClientRef.current ??= new SimulationClient((event: SimEvent) => {
      const input = runs.current.inputs.get(`full-${event.seq}`);
      if (event.type === "result" && input) runs.current.fullDone = input.generation;
      setSim((prev) => {
        switch (event.type) {
          case "started":
            return { ...prev, status: "running", progress: 0, seq: event.seq };
          case "progress":
            return { ...prev, progress: event.fraction };
          case "result":
            return {
              view: event.view,
              status: "done",
              message: "",
              progress: 1,
              seq: event.seq,
              resultSeq: prev.resultSeq + 1,
              ms: event.ms,
              shown: input ?? null,
              preview: false,
              spread: { done: 1, total: REPLICATES, summary: event.view.summary, intervals: {} },
              pools: null,
            };
          case "pools":
            return prev.seq === event.seq ? { ...prev, pools: event.pools } : prev;
          case "replicates":
            return prev.seq === event.seq
              ? { ...prev, spread: { done: event.done, total: event.total, summary: event.summary, intervals: event.intervals } }
              : prev;
          case "error":
            return { ...prev, status: "error", message: event.message };
          default:
            return prev;
        }
      });
    });
    return simClientRef.current;
  }, []);
  const quickClient = useCallback(() => {
    quickClientRef.current ??= new SimulationClient((event: SimEvent) => {
      if (event.type !== "result" && event.type !== "error" && event.type !== "cancelled") return;
      // The full run waits for the quick one, so the quick one has the CPU to itself.
      startFull.current();
      if (event.type !== "result") return;
      const input = runs.current.inputs.get(`quick-${event.seq}`);
      // Only while the full run of the same edit has not landed: a preview never hides it.
      if (!input || input.generation !== runs.current.generation || runs.current.fullDone === input.generation) return;
      setSim((prev) => ({
        ...prev,
        view: event.view,
        resultSeq: prev.resultSeq + 1,
        shown: input,
        preview: true,
        spread: null,
        pools: null,
      }));
    });
    return quickClientRef.current;
  }, []);
  useEffect(
    () => () => {
      simClientRef.current?.dispose();
      quickClientRef.current?.dispose();
    },
    [],
  );
  const runSimulation = useMemo(
    () =>
      debounce((t: string, p: Population) => {
        const generation = ++runs.current.generation;
        const inputs = runs.current.inputs;
        inputs.clear();
        const input = { text: t, population: p, generation };
        startFull.current = () => {
          const pending = runs.current.pendingFull;
          runs.current.pendingFull = null;
          if (pending && pending.generation === runs.current.generation)
            inputs.set(`full-${simClient().run(pending.text, pending.population, REPLICATES)}`, pending);
        };
        runs.current.pendingFull = input;
        // The last edit's further seeds would only slow this edit's first answer: stop them.
        if (p.staff > QUICK_ABOVE) simClientRef.current?.cancel();
        if (p.staff > QUICK_ABOVE) inputs.set(`quick-${quickClient().run(t, { ...p, staff: QUICK_STAFF })}`, input);
        else startFull.current();
      }, SIMULATION_DEBOUNCE_MS),
    [simClient, quickClient],
  );
  return { sim, runSimulation };
}
