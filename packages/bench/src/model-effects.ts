/**
 * The effects the model rebuild was asked to fix, on the model before the rebuild (7d68b19, from
 * the repository's history: baseline-model.ts) and on the current one, side by side. Run from
 * the repository: `pnpm exec tsx packages/bench/src/model-effects.ts` (about 15 s); it prints a
 * Markdown table. The designs are plain ones a policy designer would write (not the examples);
 * each figure is the mean over seeds 1–3 at 2,000 staff and 12 periods.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simulate } from "@goodhart/simulator";
import { loadBaseline } from "./baseline-model.ts";

interface Summary {
  summary: Record<string, number | null> & { gaming: Record<string, number | null> };
  indicators: Record<string, { meanValue: number | null }>;
}
type Run = (text: string, params: object) => Summary;

const SEEDS = [1, 2, 3];

const ratings = (paid: boolean) => `
rating excellent { min 90 reward ${paid ? 10 : 0}% }
rating good { min 70 reward ${paid ? 3 : 0}% }
rating not_completed { reward ${paid ? -5 : 0}% }`;

/** A self-reported on-time share of closures or of cases received, with its truth beside it. */
const onTime = (den: "closed" | "received", target: string, o: { paid?: boolean; audit?: string; gate?: boolean } = {}) => `
metric closed { type count source self observes cases.closed ${o.audit ? `audit ${o.audit}` : ""} }
metric received { type count source system observes cases.received }
metric on_time_n { type count source self observes cases.closed_on_time ${o.audit ? `audit ${o.audit}` : ""} }
metric on_time_true { type count source audit observes cases.closed_on_time }
metric closed_true { type count source audit observes cases.closed }
metric failures { type count source audit observes audit.failures }
indicator on_time { aspect timeliness value on_time_n / ${den} floor 60% target ${target} weight 100 }
indicator truth { aspect timeliness value on_time_true / ${den === "closed" ? "closed_true" : "received"} floor 0% target 100% weight 0 }
${o.gate ? "gate caught { when failures > 0 cap rating not_completed }" : ""}
${ratings(o.paid ?? true)}`;

const count = (target: number, ratchet = "0%") => `
metric closed { type count source system observes cases.closed }
indicator volume { aspect volume value closed floor 30 target ${target} ratchet ${ratchet} weight 100 }
${ratings(true)}`;

const completion = (target: string) => `
metric closed { type count source self observes cases.closed }
metric received { type count source system observes cases.received }
indicator completion { aspect volume value closed / received floor 60% target ${target} weight 100 }
${ratings(true)}`;

const share = (key: string) => (r: Summary) => 100 * (r.summary[key] ?? Number.NaN);
const gap = (r: Summary) => 100 * ((r.indicators.on_time?.meanValue ?? Number.NaN) - (r.indicators.truth?.meanValue ?? Number.NaN));
const corr = (r: Summary) => r.summary.scoreTruthCorrelation ?? Number.NaN;

/** [figure, scheme, what to read, decimals, extra parameters] */
type Row = [string, string, (r: Summary) => number, number, object?];
const ROWS: Row[] = [];
for (const den of ["closed", "received"] as const) {
  for (const t of ["85%", "100%"]) {
    ROWS.push([`false closures (% of closures), on-time ÷ ${den}, target ${t}`, onTime(den, t), share("falsifiedShare"), 2]);
    ROWS.push([`gaming (% of staff-periods), on-time ÷ ${den}, target ${t}`, onTime(den, t), share("gamingRate"), 1]);
    ROWS.push([`score–truth correlation, on-time ÷ ${den}, target ${t}`, onTime(den, t), corr, 3]);
  }
  ROWS.push([`reported − true on-time share (points), ÷ ${den}, target 100%`, onTime(den, "100%"), gap, 2]);
}
ROWS.push(["the same, ÷ received, with a 10% audit and a gate", onTime("received", "100%", { audit: "10%", gate: true }), gap, 2]);
ROWS.push(["false closures (%), ÷ received, 5% audit, no gate", onTime("received", "100%", { audit: "5%" }), share("falsifiedShare"), 3]);
ROWS.push([
  "false closures (%), ÷ received, 5% audit with a gate",
  onTime("received", "100%", { audit: "5%", gate: true }),
  share("falsifiedShare"),
  3,
]);
ROWS.push(["gaming (% of staff-periods), every reward 0%", onTime("received", "100%", { paid: false }), share("gamingRate"), 2]);
ROWS.push(["false closures (%), every reward 0%", onTime("received", "100%", { paid: false }), share("falsifiedShare"), 3]);
for (const periods of [6, 12, 24, 48])
  ROWS.push([
    `hard backlog per person after ${periods} periods (count target 40)`,
    count(40),
    (r) => r.summary.hardBacklog ?? Number.NaN,
    2,
    { periods },
  ]);
for (const t of [41, 41.5, 42]) ROWS.push([`morale, count target ${t}`, count(t), (r) => r.summary.morale ?? Number.NaN, 3]);
for (const rt of ["0%", "50%"])
  ROWS.push([
    `holding back (% of staff-periods), count target 40, ratchet ${rt}`,
    count(40, rt),
    (r) => 100 * (r.summary.gaming.holdBack ?? Number.NaN),
    2,
  ]);
for (const t of ["85%", "100%"]) {
  ROWS.push([`false closures (%), completion ÷ received, target ${t}`, completion(t), share("falsifiedShare"), 3]);
  ROWS.push([`score–truth correlation, completion ÷ received, target ${t}`, completion(t), corr, 3]);
}

function mean(run: Run, text: string, pick: (r: Summary) => number, params: object): number {
  return SEEDS.reduce((sum, seed) => sum + pick(run(text, { staff: 2000, periods: 12, seed, ...params })), 0) / SEEDS.length;
}

const dir = mkdtempSync(join(tmpdir(), "goodhart-effects-"));
try {
  const baseline = await loadBaseline(dir);
  if (!baseline.ok) {
    console.error(`model-effects: ${baseline.why}`);
    process.exitCode = 1;
  } else {
    const before = baseline.model.simulate as unknown as Run;
    const now = simulate as unknown as Run;
    console.log("| figure | before the rebuild (7d68b19) | now |\n|---|---|---|");
    for (const [label, text, pick, digits, params = {}] of ROWS) {
      console.log(`| ${label} | ${mean(before, text, pick, params).toFixed(digits)} | ${mean(now, text, pick, params).toFixed(digits)} |`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
