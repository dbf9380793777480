/**
 * The simulator's throughput for the report: staff-periods/s at the interactive size
 * (5,000 × 12, one thread) and at a national workforce (2,500,000 × 12 on worker threads),
 * with peak memory. The same measurement as packages/simulator/bench/simulate.bench.ts (same
 * scheme, same sizes, same worker bundling); that script runs on import and exports nothing,
 * so it is restated here as a function returning lines rather than imported.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleNode } from "../../../scripts/bundle-node.mjs";
import { simulate } from "@goodhart/simulator";
import { nodeRunner, simulateParallel } from "@goodhart/simulator/node";
import { runPoint } from "@goodhart/simulator";
import { median } from "./measure.ts";
import { BASELINE_COMMIT, loadBaseline, type Baseline } from "./baseline-model.ts";

/** The scheme of packages/simulator/bench/simulate.bench.ts (keep the two in step). */
const SIM_SCHEME = `
scheme "One-stop-shop clerk (benchmark)" { period month }
metric resolved { type count source self observes cases.closed audit 5% }
metric received { type count source system observes cases.received }
metric resolved_on_time { type count source self observes cases.closed_on_time }
metric reopened { type count source system observes cases.reopened }
metric satisfied { type ratio source survey observes survey.satisfaction }
metric audit_failures { type count source audit observes audit.failures }
indicator completion { group performance aspect volume value resolved / received floor 60% target 100% weight 40 }
indicator on_time { group performance aspect timeliness value resolved_on_time / resolved floor 80% target 98% weight 30 }
indicator rework { group performance aspect quality value reopened / resolved better lower floor 10% target 2% weight 30 }
indicator satisfaction { aspect satisfaction value satisfied floor 70% target 90% weight 30 }
group performance { weight 70 }
gate falsified { when audit_failures > 0 cap rating not_completed }
rating excellent { min 90 quota 20% of good reward 15% }
rating good { min 70 reward 5% }
rating completed { min 50 reward 0% }
rating not_completed { reward -10% }
`;

export interface SimBenchOptions {
  /** Skip the national-size run (`--quick`). */
  skipLarge: boolean;
  largeStaff: number;
  workers: number;
  log: (line: string) => void;
}

const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(0)} MB`;
const rate = (staffPeriods: number, ms: number): string =>
  `${Math.round(staffPeriods / (ms / 1000)).toLocaleString("en-US")} staff-periods/s`;

export async function runSimBench(opts: SimBenchOptions): Promise<string[]> {
  const lines: string[] = [];
  // Interactive size: one warm-up run for the JIT, then the median of five.
  simulate(SIM_SCHEME, { staff: 5000, periods: 12 });
  const times: number[] = [];
  const rssBefore = process.memoryUsage().rss;
  let peakSmall = rssBefore;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    simulate(SIM_SCHEME, { staff: 5000, periods: 12 });
    times.push(performance.now() - t0);
    peakSmall = Math.max(peakSmall, process.memoryUsage().rss);
  }
  const m = median(times);
  lines.push(
    `5,000 staff × 12 periods, 1 thread: median ${m.toFixed(0)} ms (range ${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms over 5 runs), ${rate(60_000, m)}; process RSS ${mb(peakSmall)} (goal: under 150 ms, ${m < 150 ? "met" : "missed"})`,
  );
  // Workers start from bundled scripts, as in the CLI build, so they need no TypeScript loader.
  const dir = mkdtempSync(join(tmpdir(), "goodhart-bench-"));
  try {
    const baseline = await loadBaseline(dir);
    lines.push(smallAgainstBaseline(baseline));
    const outfile = join(dir, "simulate-worker.mjs");
    const runWorker = join(dir, "run-worker.mjs");
    // Resolved from the package, not from this file, which runs bundled elsewhere.
    const pkg = import.meta.resolve("@goodhart/simulator");
    for (const [entry, out] of [
      ["node-worker.ts", outfile],
      ["replicates/run-worker.ts", runWorker],
    ] as const) {
      await bundleNode({ entryPoints: [fileURLToPath(new URL(entry, pkg))], outfile: out });
    }
    lines.push(...(await replicateRatio(opts.workers, pathToFileURL(runWorker), pathToFileURL(outfile), dir)));
    if (opts.skipLarge) {
      lines.push(`${opts.largeStaff.toLocaleString("en-US")} staff × 12 periods: skipped (--quick)`);
      return lines;
    }
    globalThis.gc?.();
    const base = process.memoryUsage();
    let peakRss = base.rss;
    let peakBuffers = base.arrayBuffers;
    // Worker threads live in this process, so its RSS is the whole simulation's footprint.
    const sample = (): void => {
      const mu = process.memoryUsage();
      peakRss = Math.max(peakRss, mu.rss);
      peakBuffers = Math.max(peakBuffers, mu.arrayBuffers);
    };
    const timer = setInterval(sample, 100);
    const t0 = performance.now();
    let result;
    try {
      result = await simulateParallel(
        SIM_SCHEME,
        { staff: opts.largeStaff, periods: 12 },
        {
          workers: opts.workers,
          workerUrl: pathToFileURL(outfile),
          onProgress: (p) => {
            sample();
            opts.log(`simulation: period ${p.period}/${p.periods} at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
          },
        },
      );
    } finally {
      clearInterval(timer);
    }
    const ms = performance.now() - t0;
    sample();
    lines.push(
      `${opts.largeStaff.toLocaleString("en-US")} staff × 12 periods, ${opts.workers} worker threads: ${(ms / 1000).toFixed(1)} s, ${rate(opts.largeStaff * 12, ms)}; ` +
        `peak RSS ${mb(peakRss)} (${mb(base.rss)} before the run), peak array buffers ${mb(peakBuffers)}; gaming rate ${result.summary.gamingRate} ` +
        `(goal: under 60 s within 2 GB, ${ms < 60_000 && peakRss < 2 * 1024 ** 3 ? "met" : "missed"})`,
    );
    if (baseline.ok) {
      globalThis.gc?.();
      const b0 = performance.now();
      await baseline.model.simulateParallel(
        SIM_SCHEME,
        { staff: opts.largeStaff, periods: 12 },
        { workers: opts.workers, workerUrl: baseline.model.workerUrl },
      );
      const before = performance.now() - b0;
      lines.push(
        `the same on the model before the rebuild (${BASELINE_COMMIT.slice(0, 7)}), run right after: ${(before / 1000).toFixed(1)} s — **${(ms / before).toFixed(2)}×** its time`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

/**
 * 5,000 × 12 on this thread, the current model and the one before the rebuild alternating
 * (after a warm-up of each), so both meet the same load: medians of 7 pairs and their ratio.
 */
function smallAgainstBaseline(baseline: Baseline): string {
  if (!baseline.ok) return `against the model before the rebuild: not measured — ${baseline.why}`;
  const params = { staff: 5000, periods: 12 };
  baseline.model.simulate(SIM_SCHEME, params);
  simulate(SIM_SCHEME, params);
  const now: number[] = [];
  const before: number[] = [];
  for (let r = 0; r < 7; r++) {
    let t0 = performance.now();
    simulate(SIM_SCHEME, params);
    now.push(performance.now() - t0);
    t0 = performance.now();
    baseline.model.simulate(SIM_SCHEME, params);
    before.push(performance.now() - t0);
  }
  const a = median(now);
  const b = median(before);
  return `5,000 × 12, 1 thread, alternating with the model before the rebuild (${BASELINE_COMMIT.slice(0, 7)}), 7 pairs: median ${a.toFixed(0)} ms against ${b.toFixed(0)} ms — **${(a / b).toFixed(2)}×** its time`;
}

/**
 * Replicates against one run: 5 replicates of 5,000 × 12 spread over worker threads (whole
 * runs per worker, the odd one split by staff over the same workers), against one run.
 *
 * Warm, in this process: a V8 isolate runs its first few simulations up to twice as slowly
 * while the JIT warms up, so the workers first run as many simulations as this thread has
 * (else the ratio measures warm-up, not replicates). Wall time on a shared machine moves with
 * the load, so the CPU time of the process (every thread) is reported beside it: with no
 * overhead, 5 replicates cost 5 runs' CPU. Cold, as a user meets it: `goodhart simulate` in a
 * fresh process, with and without `--replicates 5`, start-up included.
 */
async function replicateRatio(workers: number, runWorkerUrl: URL, chunkWorkerUrl: URL, dir: string): Promise<string[]> {
  const params = { staff: 5000, periods: 12 };
  const runner = nodeRunner({ workers, runWorkerUrl, chunkWorkerUrl });
  for (let r = 0; r < 3; r++) await runPoint(SIM_SCHEME, params, { replicates: workers, runner });
  const cpu = (): number => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  const single: number[] = [];
  const five: number[] = [];
  const singleCpu: number[] = [];
  const fiveCpu: number[] = [];
  for (let r = 0; r < 3; r++) {
    let c0 = cpu();
    let t0 = performance.now();
    simulate(SIM_SCHEME, params);
    single.push(performance.now() - t0);
    singleCpu.push(cpu() - c0);
    c0 = cpu();
    t0 = performance.now();
    await runPoint(SIM_SCHEME, params, { replicates: 5, runner });
    five.push(performance.now() - t0);
    fiveCpu.push(cpu() - c0);
  }
  const one = median(single);
  const reps = median(five);
  const lines = [
    `5 replicates × 5,000 staff × 12 periods on ${workers} worker threads, warm: median ${reps.toFixed(0)} ms against ${one.toFixed(0)} ms for one run in this thread — **${(reps / one).toFixed(2)}×** (goal: under 3×); CPU ${median(fiveCpu).toFixed(0)} ms against ${median(singleCpu).toFixed(0)} ms — ${(median(fiveCpu) / median(singleCpu)).toFixed(2)} runs' worth`,
  ];
  const cold = coldRatio(dir, workers);
  if (cold) lines.push(cold);
  return lines;
}

/** `goodhart simulate` in a fresh process, once plain and once with `--replicates 5`: the median of three each. */
function coldRatio(dir: string, workers: number): string | null {
  const cli = fileURLToPath(new URL("../../cli/dist/goodhart.mjs", import.meta.url));
  if (!existsSync(cli)) return "cold `goodhart simulate`: skipped (no CLI build; run node scripts/build-cli.mjs)";
  const file = join(dir, "bench.kpi");
  writeFileSync(file, SIM_SCHEME);
  const time = (extra: string[]): number => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cli, "simulate", file, "--staff", "5000", "--periods", "12", "--json", ...extra], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`goodhart simulate failed: ${r.stderr}`);
    return performance.now() - t0;
  };
  const single: number[] = [];
  const five: number[] = [];
  for (let r = 0; r < 3; r++) {
    single.push(time([]));
    // Only the replicates get --workers: on one run it would split 5,000 staff over cold workers.
    five.push(time(["--replicates", "5", "--workers", String(workers)]));
  }
  const one = median(single);
  const reps = median(five);
  return `cold \`goodhart simulate\` (a fresh process each, start-up included), 5,000 × 12: --replicates 5 on ${workers} workers median ${reps.toFixed(0)} ms against ${one.toFixed(0)} ms for one run — **${(reps / one).toFixed(2)}×**`;
}
