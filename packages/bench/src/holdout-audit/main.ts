/**
 * The hold-out audit: eight scheme designs (a hospital ward, a tax office, a passport office,
 * a court, a benefits office, a land registry, a sales team, school admissions; designs.ts)
 * written by an independent audit in the ninth session, after the goal-shortfall change
 * (docs/model.md §3 "Goal shortfall"), as a hold-out check of the SIMULATOR contract's §4 and
 * §7 phenomena on schemes the model was never fitted to. 262 arms, each on seeds 1–3 at 1,500
 * staff × 6 periods unless the arm sets otherwise; docs/model.md §12 ("Goals as reference
 * points") quotes the findings.
 *
 * Its figures are reported, not asserted: a verdict of "NO" or "false" is a finding about the
 * model, and the exit code is 0 whatever they say. Do not tune model constants against these
 * designs, nor edit the designs to make a verdict pass: once fitted to, they no longer check
 * anything the model was not fitted to.
 *
 * Run from the repository: `pnpm exec tsx packages/bench/src/holdout-audit/main.ts` (about a
 * minute) prints the tables and verdicts on stdout, progress on stderr. Options: `--quick`
 * runs only the tax office (D2), which every phenomenon includes, for a smoke run (about 15 s);
 * `--out FILE` also writes every run's summary and indicators as JSON, one entry per seed.
 */
import { writeFileSync } from "node:fs";
import { DESIGNS } from "./designs.ts";
import { SEEDS } from "./lib.ts";
import { report } from "./report.ts";
import { experiments, runExperiments } from "./run.ts";

const USAGE = "usage: main.ts [--quick] [--out FILE]";
let quick = false;
let out: string | undefined;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === "--quick") quick = true;
  else if (arg === "--out" && args[i + 1] !== undefined) out = args[++i];
  else {
    console.error(`holdout-audit: unexpected '${arg}'\n${USAGE}`);
    process.exit(2);
  }
}

const all = experiments();
const chosen = quick ? all.filter((e) => e.design.id === "D2") : all;
const started = Date.now();
// Progress every tenth of the way: the full run takes minutes and prints nothing until the end.
const step = Math.max(1, Math.round(chosen.length / 10));
const results = runExperiments(chosen, (done, of) => {
  if (done % step === 0 || done === of) process.stderr.write(`  … ${done}/${of} arms, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
});

console.log(`# Hold-out audit${quick ? " (--quick: D2 only)" : ""}: ${chosen.length} arms × seeds ${SEEDS.join(", ")}`);
console.log(DESIGNS.map((d) => `${d.id} ${d.domain}`).join(" · "));
console.log(report(results).join("\n"));

if (out !== undefined) {
  // Entries in the shape of the audit's own raw.json, so the two can be compared line for line.
  const runs = results.flatMap((r) =>
    r.outcomes.map((o, i) => ({
      phen: r.phen,
      design: r.row,
      variant: r.variant,
      knobs: r.knobs,
      params: r.params,
      seed: SEEDS[i],
      summary: o.summary,
      indicators: o.indicators,
      notes: o.notes,
    })),
  );
  writeFileSync(out, JSON.stringify(runs));
  process.stderr.write(`  … ${runs.length} runs written to ${out}\n`);
}
