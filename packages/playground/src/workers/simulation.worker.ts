/**
 * The simulation worker: runs the simulator off the main thread, one period at a time,
 * yielding between periods so a newer request can abort the run in progress. The page also
 * drops any answer whose sequence number is not the newest, so a stale run can never win.
 */
import { combineSummaries, inThreadRunner, oneAtATime, runPoint, type SimulationResult, type Summary } from "@goodhart/simulator";
import { simRequestSchema, type SimRequest } from "../sim/protocol.ts";
import { adaptResult, type SimulatorOutput } from "../sim/adapt-result.ts";
import { toSimulatorParams } from "../sim/population-params.ts";
import { literalText, replaceSlice } from "../sim/literal-text.ts";
import { analyzeText, schemeOf } from "../language/language-services.ts";
import { hasQuotaPools, simulatedPoolReport } from "../pools/simulated-pools.ts";

let running: { seq: number; controller: AbortController } | null = null;
const queue: SimRequest[] = [];
let busy = false;

const post = (message: unknown, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

function firstError(text: string): string | null {
  const analysis = analyzeText(text);
  const error = analysis.diagnostics.find((d) => d.severity === "error");
  return error ? `Line ${error.range.start.line}: ${error.message}` : analysis.facts ? null : "The scheme has errors.";
}

/** Lets queued messages (a newer edit, a cancel) run before the next period is simulated. */
const yieldToMessages = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

class Cancelled extends Error {}

async function runOne(
  text: string,
  request: Extract<SimRequest, { type: "run" | "sweep" }>,
  signal: AbortSignal,
  report: boolean,
): Promise<SimulatorOutput> {
  // Through the simulator's scenario layer, as the CLI and the lessons run; the check above
  // already resolved the scheme, and handing it over saves parsing it twice.
  const runner = inThreadRunner(yieldToMessages);
  const onProgress = report ? (fraction: number) => post({ type: "progress", seq: request.seq, fraction }) : undefined;
  try {
    return (await runPoint(schemeOf(text) ?? text, toSimulatorParams(request.population), {
      runner,
      signal,
      onProgress,
    })) as SimulationResult;
  } catch (e) {
    if (signal.aborted) throw new Cancelled();
    throw e;
  }
}

async function handle(request: SimRequest): Promise<void> {
  if (request.type === "cancel") return;
  const controller = new AbortController();
  running = { seq: request.seq, controller };
  const started = performance.now();
  try {
    if (request.type === "run") {
      const problem = firstError(request.text);
      if (problem) return post({ type: "error", seq: request.seq, message: problem });
      const facts = analyzeText(request.text).facts!;
      const result = await runOne(request.text, request, controller.signal, true);
      const view = adaptResult(result, facts);
      const buffers = [
        view.perStaff.score,
        view.perStaff.trueValue,
        view.perStaff.type,
        view.perStaff.rating,
        ...Object.values(view.perStaff.indicatorValues),
      ].map((a) => a.buffer);
      post({ type: "result", seq: request.seq, view, ms: performance.now() - started }, buffers);
      // The quotas' doing per pool, after the charts are up (it scores every person again).
      const scheme = schemeOf(request.text);
      const last = result.lastPeriod;
      if (scheme && last && hasQuotaPools(scheme)) {
        const pools = simulatedPoolReport(scheme, {
          staff: result.staff,
          team: request.population.team,
          indicator: (name, i) => last.indicators?.[name]?.[i] ?? null,
          rating: (i) => last.rating[i] ?? null,
        });
        post({ type: "pools", seq: request.seq, pools });
      } else post({ type: "pools", seq: request.seq, pools: null });
      // Further seeds one after another, after the first answer, each superseded like any run.
      const total = request.replicates ?? 1;
      const summaries: Summary[] = [result.summary];
      for (let k = 1; k < total; k++) {
        const population = { ...request.population, seed: request.population.seed + k };
        const next = await runOne(request.text, { ...request, population }, controller.signal, false);
        summaries.push(next.summary);
        post({ type: "replicates", seq: request.seq, done: k + 1, total, ...combineSummaries(summaries) });
      }
    } else if (request.type === "sensitivity") {
      const problem = firstError(request.text);
      if (problem) return post({ type: "error", seq: request.seq, message: problem });
      const runner = inThreadRunner(yieldToMessages);
      const onProgress = (fraction: number) => post({ type: "progress", seq: request.seq, fraction });
      const report = await oneAtATime(schemeOf(request.text) ?? request.text, toSimulatorParams(request.population), request.figure, {
        runner,
        signal: controller.signal,
        onProgress,
      });
      post({ type: "sensitivity", seq: request.seq, report, ms: performance.now() - started });
    } else {
      // First every value on the population's seed, so the whole curve shows soon; then each
      // further pass adds one seed to every point and answers it again with its interval.
      const texts = request.values.map((value) =>
        replaceSlice(request.text, request.start, request.end, literalText(value, request.percent)),
      );
      const runs: (Summary[] | null)[] = request.values.map(() => []);
      const passes = request.replicates ?? 1;
      for (let pass = 0; pass < passes; pass++) {
        for (let index = 0; index < request.values.length; index++) {
          if (controller.signal.aborted) return post({ type: "cancelled", seq: request.seq });
          const value = request.values[index]!;
          const done = runs[index];
          if (!done) continue;
          const text = texts[index]!;
          if (pass === 0) {
            const problem = firstError(text);
            // One impossible value (floor = target, say) should not void the rest of the sweep.
            if (problem) {
              runs[index] = null;
              post({ type: "sweepSkipped", seq: request.seq, value, message: problem });
              continue;
            }
          }
          const population = { ...request.population, seed: request.population.seed + pass };
          const result = await runOne(text, { ...request, population }, controller.signal, false);
          done.push(result.summary);
          const combined = done.length > 1 ? combineSummaries(done) : { summary: result.summary, intervals: undefined };
          post({
            type: "sweepPoint",
            seq: request.seq,
            index,
            value,
            summary: combined.summary,
            replicates: done.length,
            ...(combined.intervals ? { intervals: combined.intervals } : {}),
          });
        }
      }
      post({ type: "sweepDone", seq: request.seq, ms: performance.now() - started });
    }
  } catch (error) {
    if (controller.signal.aborted || error instanceof Cancelled) return post({ type: "cancelled", seq: request.seq });
    post({ type: "error", seq: request.seq, message: error instanceof Error ? error.message : String(error) });
  } finally {
    if (running?.seq === request.seq) running = null;
  }
}

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  while (queue.length > 0) {
    // Only the newest waiting request matters; older ones were superseded while we worked.
    const next = queue.splice(0, queue.length).at(-1)!;
    await handle(next);
  }
  busy = false;
}

self.onmessage = (event: MessageEvent<unknown>) => {
  const parsed = simRequestSchema.safeParse(event.data);
  if (!parsed.success) return;
  const request = parsed.data;
  if (running && running.seq < request.seq) running.controller.abort();
  if (request.type === "cancel") return;
  queue.push(request);
  void drain();
};
