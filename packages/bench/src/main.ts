/**
 * `pnpm bench`: every benchmark of the project in one markdown report on stdout (progress on
 * stderr). Options: `--quick` skips the 2,500,000-staff simulation; `--workers N` (default 2);
 * `--records N` and `--budget SECONDS` (per general engine) shrink the engine comparison for
 * a smoke run — the documented table uses the defaults.
 * Benchmarks report, they never fail: there is no exit code for a missed goal, because
 * timings on a shared machine are not a test (correctness is: see engines.test.ts).
 */
import { availableParallelism, cpus, loadavg } from "node:os";
import { compareEngines, DEFAULT_COMPARE } from "./compare.ts";
import { runDslBench } from "./dsl-bench.ts";
import { runExploitsBench } from "./exploits-bench.ts";
import { runSimBench } from "./sim-bench.ts";

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(`--${name}`);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const log = (line: string): void => {
  process.stderr.write(`  … ${line}\n`);
};
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(", ");

const started = new Date();
console.log("# Goodhart benchmarks\n");
console.log(
  `${started.toISOString()} · node ${process.version} · ${availableParallelism()} cores (${cpus()[0]?.model ?? "unknown CPU"}) · load average at start ${load()}\n`,
);

// The rule language's timings run first, in a fresh heap: after the engine comparison the
// process holds its records and engines, and the allocation-heavy parser then measured up to
// twice as slow for reasons that have nothing to do with it.
console.log("## Rule language\n");
for (const line of runDslBench()) console.log(`- ${line}`);
(globalThis as { gc?: () => void }).gc?.();

console.log("\n## Exploit finder\n");
for (const line of runExploitsBench()) console.log(`- ${line}`);

console.log("\n## Scoring: Goodhart against general rule engines\n");
const compare = {
  ...DEFAULT_COMPARE,
  n: Number(option("records") ?? DEFAULT_COMPARE.n),
  budgetMs: option("budget") ? Number(option("budget")) * 1000 : DEFAULT_COMPARE.budgetMs,
  log,
};
for (const line of await compareEngines(compare)) console.log(line);

console.log("\n## Simulator\n");
const sim = await runSimBench({ skipLarge: flag("quick"), largeStaff: 2_500_000, workers: Number(option("workers") ?? 2), log });
for (const line of sim) console.log(`- ${line}`);

console.log(`\nFinished in ${((Date.now() - started.getTime()) / 60_000).toFixed(1)} min; load average at end ${load()}.`);
