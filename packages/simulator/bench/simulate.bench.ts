/**
 * Benchmark (not a test): staff-periods per second at an interactive size (5,000 × 12, one
 * thread, as the playground runs it) and at a national workforce (2,500,000 × 12 on worker
 * threads), with peak memory. Run: `npx tsx packages/simulator/bench/simulate.bench.ts`
 * Options: --workers N (default 2), --staff N (large run size), --skip-large.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleNode } from "../../../scripts/bundle-node.mjs";
import { simulate } from "../src/index.ts";
import { simulateParallel } from "../src/parallel-node.ts";

const SCHEME = `
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

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const workers = Number(arg("workers") ?? 2);
const largeStaff = Number(arg("staff") ?? 2_500_000);
const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(0)} MB`;
const rate = (staffPeriods: number, ms: number): string =>
  `${Math.round(staffPeriods / (ms / 1000)).toLocaleString("en-US")} staff-periods/s`;

// Interactive size: warm up the JIT once, then report the median of five runs.
simulate(SCHEME, { staff: 5000, periods: 12 });
const times: number[] = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  simulate(SCHEME, { staff: 5000, periods: 12 });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[2]!;
console.log(`5,000 × 12, 1 thread: median ${median.toFixed(0)} ms (best ${times[0]!.toFixed(0)} ms), ${rate(60_000, median)}`);

if (!process.argv.includes("--skip-large")) {
  // Bundle the worker as the CLI build does, so workers start without a TypeScript loader.
  const dir = mkdtempSync(join(tmpdir(), "goodhart-bench-"));
  const outfile = join(dir, "simulate-worker.mjs");
  await bundleNode({ entryPoints: [fileURLToPath(new URL("../src/node-worker.ts", import.meta.url))], outfile });
  let peakRss = 0;
  let peakBuffers = 0;
  const sampleMemory = (): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakBuffers = Math.max(peakBuffers, m.arrayBuffers);
  };
  const t0 = performance.now();
  const result = await simulateParallel(
    SCHEME,
    { staff: largeStaff, periods: 12 },
    {
      workers,
      workerUrl: pathToFileURL(outfile),
      onProgress: (p) => {
        sampleMemory();
        process.stderr.write(`  period ${p.period}/${p.periods} at ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
      },
    },
  );
  const ms = performance.now() - t0;
  sampleMemory();
  const maxRss = process.resourceUsage().maxRSS * 1024;
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `${largeStaff.toLocaleString("en-US")} × 12, ${workers} workers: ${(ms / 1000).toFixed(1)} s, ${rate(largeStaff * 12, ms)}; ` +
      `peak RSS ${mb(Math.max(maxRss, peakRss))}, array buffers ${mb(peakBuffers)}; gaming rate ${result.summary.gamingRate}`,
  );
}
