/**
 * Goodhart against what users would pick instead (json-rules-engine, GoRules ZEN, feelin),
 * on the same 8-indicator scheme and the same seeded records. Prints one markdown table.
 *
 * Order of work, and why:
 *  1. Goodhart's `scoreColumns` is checked against the hand-written loop on all records; it is
 *     then the reference every engine's output is compared with (1e-6 on the score, exact on
 *     the rating). Every timed run is checked, not just one: a rate for wrong answers is
 *     meaningless, and checking costs nothing next to the slow engines.
 *  2. The three JavaScript paths (hand loop, `scoreColumns`, `score(row)`) are timed in
 *     interleaved rounds, so that load from other processes on this shared machine lands on
 *     all three alike and the ratio between them — the number the goal is about — stays fair.
 *  3. Each general engine is warmed up, then run over the whole batch repeatedly within a
 *     time budget (at least `minRuns` runs). Async engines are awaited record by record
 *     inside the timed region. An engine so slow that one pass over all records would exceed
 *     `maxPassMs` is timed on a prefix of the same records, and the table says so.
 */
import { records } from "./dsl-bench.ts";
import { disagreements, makeEngines, rowsOf, type BatchInput, type EngineModel, type Scored } from "./engines.ts";
import { median } from "./measure.ts";

export interface CompareOptions {
  n: number;
  seed: number;
  /** Rounds of the interleaved JavaScript paths. */
  fastRounds: number;
  /** Time budget per general engine (after warm-up). */
  budgetMs: number;
  minRuns: number;
  maxRuns: number;
  /** Longest single pass allowed; slower engines are timed on a prefix. */
  maxPassMs: number;
  log: (line: string) => void;
}

export const DEFAULT_COMPARE: Omit<CompareOptions, "log"> = {
  n: 100_000,
  seed: 42,
  fastRounds: 41,
  budgetMs: 60_000,
  minRuns: 3,
  maxRuns: 15,
  maxPassMs: 150_000,
};

interface Measured {
  model: EngineModel;
  /** Records per timed pass. */
  n: number;
  ms: number[];
  /** Disagreeing records, summed over all passes. */
  bad: number;
  firstBad?: string;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

async function timedPass(model: EngineModel, input: BatchInput, reference: Scored, m: Measured): Promise<void> {
  gc();
  const t0 = performance.now();
  const out = await model.run(input);
  m.ms.push(performance.now() - t0);
  const bad = disagreements(reference, out, input.n);
  m.bad += bad.length;
  if (bad.length && !m.firstBad) {
    const r = bad[0]!;
    m.firstBad = `record ${r}: score ${out.score[r]} vs ${reference.score[r]}, rating ${out.rating[r]} vs ${reference.rating[r]}`;
  }
}

function prefix(input: BatchInput, n: number): BatchInput {
  if (n >= input.n) return input;
  const columns: Record<string, Float64Array> = {};
  for (const [k, v] of Object.entries(input.columns)) columns[k] = v.subarray(0, n);
  return { columns, rows: input.rows.slice(0, n), n };
}

function sliceScored(s: Scored, n: number): Scored {
  return { score: s.score.subarray(0, n), rating: s.rating.subarray(0, n) };
}

export async function compareEngines(opts: CompareOptions): Promise<string[]> {
  const { n, log } = opts;
  const columns = records(n, opts.seed);
  const input: BatchInput = { columns, rows: rowsOf(columns, n), n };
  const engines = makeEngines();
  try {
    const [columnsModel] = engines.goodhart;
    const reference = (await columnsModel!.run(input)) as Scored;
    const handOut = await engines.hand.run(input);
    const refBad = disagreements(handOut, reference, n, 0);
    if (refBad.length) throw new Error(`Goodhart's scoreColumns disagrees with the hand loop on ${refBad.length} of ${n} records`);

    const results: Measured[] = [];
    const fast = [engines.hand, ...engines.goodhart].map((model): Measured => ({ model, n, ms: [], bad: 0 }));
    log(`timing the JavaScript paths: ${opts.fastRounds} interleaved rounds over ${n.toLocaleString("en-US")} records`);
    for (const m of fast) await m.model.run(input); // warm-up
    for (let round = 0; round < opts.fastRounds; round++) for (const m of fast) await timedPass(m.model, input, reference, m);
    results.push(...fast);

    for (const model of engines.general) {
      // Warm-up on a small prefix: compiles the engine's JIT paths and estimates the rate.
      const warmN = Math.min(n, 500);
      const warm: Measured = { model, n: warmN, ms: [], bad: 0 };
      await timedPass(model, prefix(input, warmN), sliceScored(reference, warmN), warm);
      const estPassMs = (warm.ms[0]! / warmN) * n;
      const passN = estPassMs <= opts.maxPassMs ? n : Math.max(warmN, Math.floor(((opts.maxPassMs / estPassMs) * n) / 1000) * 1000);
      const m: Measured = { model, n: passN, ms: [], bad: warm.bad, firstBad: warm.firstBad };
      const sub = prefix(input, passN);
      const ref = sliceScored(reference, passN);
      const t0 = performance.now();
      while (m.ms.length < opts.maxRuns && (m.ms.length < opts.minRuns || performance.now() - t0 < opts.budgetMs)) {
        await timedPass(model, sub, ref, m);
      }
      const med = median(m.ms);
      log(`${model.name}: ${m.ms.length} passes over ${passN.toLocaleString("en-US")} records, median ${(med / 1000).toFixed(2)} s`);
      results.push(m);
    }
    return table(results, opts);
  } finally {
    engines.dispose();
  }
}

const perSecond = (n: number, ms: number): number => (n / ms) * 1000;

function fmtRate(r: number): string {
  if (r >= 1e6) return `${(r / 1e6).toFixed(1)} M`;
  if (r >= 1e4) return `${(r / 1e3).toFixed(0)} k`;
  if (r >= 1e3) return `${(r / 1e3).toFixed(1)} k`;
  return r.toFixed(0);
}

function fmtRatio(x: number): string {
  return x >= 10
    ? `${Math.round(x).toLocaleString("en-US")}×`
    : x >= 0.1
      ? `${x.toFixed(2)}×`
      : `1/${Math.round(1 / x).toLocaleString("en-US")}`;
}

function table(results: Measured[], opts: CompareOptions): string[] {
  const rate = (m: Measured) => perSecond(m.n, median(m.ms));
  const handRate = rate(results[0]!);
  const fastPath = results[1]!;
  const fastRate = rate(fastPath);
  const lines: string[] = [
    `Scheme \`EIGHT\` (8 indicators: floors/targets, a lower-is-better pair, weights, two groups, a gate, four bands); ${opts.n.toLocaleString("en-US")} records, seed ${opts.seed}.`,
    "",
    "| Engine | Same scores & ratings | records/s (median) | range (min–max) | passes × records | vs hand loop | Goodhart `scoreColumns` is |",
    "|---|---|---:|---:|---:|---:|---:|",
  ];
  for (const m of results) {
    const rates = m.ms.map((ms) => perSecond(m.n, ms));
    const lo = Math.min(...rates);
    const hi = Math.max(...rates);
    const agree = m.bad ? `**no** (${m.bad} records; ${m.firstBad})` : "yes";
    const partial = m.n < opts.n ? " †" : "";
    const faster = m === fastPath || m === results[0] ? "—" : `${fmtRatio(fastRate / rate(m))} faster`;
    lines.push(
      `| ${m.model.name}${m.model.native ? "" : " *"} | ${agree} | ${fmtRate(rate(m))} | ${fmtRate(lo)}–${fmtRate(hi)} | ${m.ms.length} × ${m.n.toLocaleString("en-US")}${partial} | ${fmtRatio(rate(m) / handRate)} | ${faster} |`,
    );
  }
  lines.push("");
  if (results.some((m) => !m.model.native))
    lines.push("\\* part of the scheme could not be written in the engine's own rule language (see below).");
  if (results.some((m) => m.n < opts.n)) {
    lines.push(
      `† one pass over all ${opts.n.toLocaleString("en-US")} records would take longer than ${opts.maxPassMs / 1000} s, so it was timed on the first records of the same batch.`,
    );
  }
  lines.push("", "How each engine expresses the scheme:", "");
  for (const m of results) lines.push(`- **${m.model.name}**: ${m.model.modelling}.`);
  const general = results.slice(3);
  const fastestGeneral = general.reduce((a, b) => (rate(a) > rate(b) ? a : b));
  const vsHand = fastRate / handRate;
  const vsGeneral = fastRate / rate(fastestGeneral);
  lines.push(
    "",
    "Goals:",
    "",
    `- Goodhart's fast path ≥ 0.8× the hand loop: **${vsHand.toFixed(2)}×** — ${vsHand >= 0.8 ? "met" : "NOT met"}.`,
    `- Goodhart's fast path ≥ 500× each general engine: the fastest of them (${fastestGeneral.model.name}) is **${fmtRatio(vsGeneral)}** slower — ${vsGeneral >= 500 ? "met" : "NOT met"}.`,
  );
  return lines;
}
