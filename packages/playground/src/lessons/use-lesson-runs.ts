/**
 * The live numbers of a lesson, computed by the playground's simulation worker (never
 * stored): its sweep one point after another, and the run at the room's current value (for a
 * before/after lesson, both sides). A change of value supersedes the run in flight — the
 * worker client keeps only the newest answer.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { SimulationClient, type SimEvent } from "../sim/simulation-client.ts";
import type { SimulationView } from "../sim/result.ts";
import { debounce } from "../lib/debounce.ts";
import { resolveScheme } from "./catalogue.ts";
import { figureOf, type FigureSource } from "./metric.ts";
import { baseRun, pairRuns, sweepPoints, withValue, type Run } from "./scenario.ts";
import type { Lesson } from "./schema.ts";

export interface SweepFigure {
  value: number;
  source: FigureSource;
}

export interface LessonRuns {
  /** Sweep points computed so far, in the sweep's order. */
  sweep: SweepFigure[];
  sweepTotal: number;
  /** The run at the current value (the `after` side of a pair), and the value it was run at. */
  live: { view: SimulationView; value: number } | null;
  before: SimulationView | null;
  running: boolean;
  error: string | null;
}

// Long enough that dragging the control does not start a run per pixel.
const CONTROL_DEBOUNCE_MS = 120;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A worker client whose answers go to `onEvent`, disposed with the component. */
function useClient(onEvent: (e: SimEvent) => void, key: string): SimulationClient | null {
  const [client, setClient] = useState<SimulationClient | null>(null);
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    const c = new SimulationClient((e) => handler.current(e));
    setClient(c);
    return () => c.dispose();
  }, [key]);
  return client;
}

export function useLessonRuns(lesson: Lesson, value: number): LessonRuns {
  const [sweep, setSweep] = useState<SweepFigure[]>([]);
  const [live, setLive] = useState<LessonRuns["live"]>(null);
  const [before, setBefore] = useState<SimulationView | null>(null);
  const [liveRunning, setLiveRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // A lesson whose path does not fit its scheme says so instead of showing nothing.
  const { points, problem } = useMemo(() => {
    try {
      return { points: sweepPoints(lesson, resolveScheme), problem: null };
    } catch (e) {
      return { points: [], problem: message(e) };
    }
  }, [lesson]);

  // The sweep: one run at a time, each started when the previous one answers.
  const next = useRef(0);
  const sweepClient = useClient((e) => {
    if (e.type === "result") {
      const i = next.current;
      const point = points[i];
      if (!point) return;
      setSweep((prev) => [...prev, { value: point.value, source: { summary: e.view.summary, indicators: e.view.indicators } }]);
      next.current = i + 1;
      const following = points[i + 1];
      if (following) sweepClientRef.current?.run(following.run.text, following.run.population);
    } else if (e.type === "error") setError(e.message);
  }, `${lesson.id}-sweep`);
  const sweepClientRef = useRef<SimulationClient | null>(null);
  sweepClientRef.current = sweepClient;
  useEffect(() => {
    setSweep([]);
    next.current = 0;
    const first = points[0];
    if (sweepClient && first) sweepClient.run(first.run.text, first.run.population);
  }, [sweepClient, points]);

  // The run at the room's value.
  const pendingValue = useRef(value);
  const liveClient = useClient((e) => {
    if (e.type === "started") setLiveRunning(true);
    else if (e.type === "result") {
      setLive({ view: e.view, value: pendingValue.current });
      setLiveRunning(false);
    } else if (e.type === "error") {
      setError(e.message);
      setLiveRunning(false);
    }
  }, `${lesson.id}-live`);
  const beforeClient = useClient((e) => {
    if (e.type === "result") setBefore(e.view);
    else if (e.type === "error") setError(e.message);
  }, `${lesson.id}-before`);

  const runLive = useMemo(
    () =>
      debounce((v: number) => {
        if (!liveClient) return;
        let run: Run;
        try {
          if (lesson.pair) {
            const runs = pairRuns(lesson, resolveScheme, v);
            run = runs.after;
            beforeClient?.run(runs.before.text, runs.before.population);
          } else run = withValue(baseRun(lesson, resolveScheme), lesson.sweep!.path, v);
        } catch (e) {
          setError(message(e));
          return;
        }
        setError(null);
        pendingValue.current = v;
        liveClient.run(run.text, run.population);
      }, CONTROL_DEBOUNCE_MS),
    [lesson, liveClient, beforeClient],
  );
  useEffect(() => runLive(value), [runLive, value]);
  useEffect(() => () => runLive.cancel(), [runLive]);

  return { sweep, sweepTotal: points.length, live, before, running: liveRunning || sweep.length < points.length, error: problem ?? error };
}

/** A sweep's figures for one metric. */
export function sweepFigures(sweep: readonly SweepFigure[], metric: string): { value: number; figure: number | null }[] {
  return sweep.map((p) => ({ value: p.value, figure: figureOf(p.source, metric) }));
}
