/** `pnpm bench`: every benchmark of the project in one report. */
import { runDslBench } from "./dsl-bench.ts";

console.log("# Goodhart benchmarks\n");
console.log("## Rule language");
for (const line of runDslBench()) console.log(`- ${line}`);
