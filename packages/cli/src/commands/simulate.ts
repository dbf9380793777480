import { t, type Lang, type MessageKey, type Scheme } from "@goodhart/dsl";
import { z } from "zod";
import { parseFlags, validate } from "../args.ts";
import type { Command } from "../command.ts";
import { combineResults, formatFigure, resolveScenario, type ReplicatedResult, type SimulationResult } from "@goodhart/simulator";
import { runScenario } from "../engines.ts";
import { UsageError } from "../errors.ts";
import { loadScheme, schemeOrReport } from "../load.ts";
import {
  figureText,
  overridesOf,
  progressBar,
  settingsOrUsage,
  SIMULATION_FLAG_OPTIONS,
  SIMULATION_FLAGS_HELP,
  simulationFlags,
} from "../simulation-flags.ts";
import { bandWords, printableLines } from "../display.ts";

const flags = simulationFlags.extend({ json: z.boolean().optional() });

export const simulate: Command = {
  name: "simulate",
  summary: "simulate how a synthetic workforce behaves (and games) under the scheme",
  help: `Usage: goodhart simulate FILE [--json] [population flags]

Runs a synthetic staff population through several periods under the scheme. Each staff
member chooses how to work - honestly, or by gaming the indicators - because the scheme pays
them to. Prints the summary: mean score against real value delivered, how much gaming and of
which kind, how well scores track real work and ability, ratings, morale, hard backlog, and
per indicator the mean value, points and bunching at its threshold.

${SIMULATION_FLAGS_HELP}

Flags:
  --json           print the result document instead of the summary; with --replicates it
                   gains "replicates", "seeds" and "intervals" ({figure: {low, high}}, the 95%
                   interval beside each summary figure, which is then the mean)

On a terminal, long runs show a progress bar on stderr; stdout carries only the result.

Examples:
  goodhart simulate examples/same-day-100.kpi
  goodhart simulate scheme.kpi --staff 10000 --maniacs 20% --honest 45% --json
  goodhart simulate scheme.kpi --seed 7 --json | jq .summary.gamingRate
  goodhart simulate scheme.kpi --replicates 10      # falsified closures 6.0% (5.1–6.8)
  goodhart simulate scheme.kpi --model capacity=80 --sanction 0

Exit codes: 0 done, 1 the scheme has errors, 2 usage error (including population settings
that do not fit together) or a file that cannot be read.
`,
  async run(args, io) {
    const parsed = parseFlags("simulate", args, { ...SIMULATION_FLAG_OPTIONS, json: { type: "boolean" } });
    const opts = validate("simulate", flags, parsed.values);
    if (parsed.positionals.length !== 1)
      throw new UsageError(
        parsed.positionals.length === 0
          ? { key: "cli.usage.noScheme", params: { command: "simulate", rest: "" } }
          : { key: "cli.usage.oneScheme", params: { count: String(parsed.positionals.length) } },
        "simulate",
      );
    const loaded = await loadScheme(io, parsed.positionals[0]!);
    const scheme = schemeOrReport(io, loaded);
    if (!scheme) return 1;
    const overrides = overridesOf(opts, scheme, "simulate", io.lang);
    const replicates = opts.replicates ?? 1;
    const params = await settingsOrUsage("simulate", () => resolveScenario(scheme, overrides).params);
    const bar = progressBar(io, params.staff * params.periods * replicates);
    let result: SimulationResult | ReplicatedResult;
    try {
      result = await runScenario("simulate", loaded.text, overrides, {
        workers: opts.workers,
        replicates: opts.replicates,
        signal: io.signal,
        onProgress: (f) => bar.update(f),
      });
    } finally {
      bar.done();
    }
    // `--replicates 1` asks for the replicated document: the same shape as for N (replicates,
    // seeds, intervals), its intervals' ends null, as one run measures no spread.
    if (opts.replicates !== undefined && !("replicates" in result)) result = combineResults([result], [result.seed]);
    io.stdout(opts.json ? `${JSON.stringify(result, null, 2)}\n` : printableLines(renderSummary(result, io.lang, scheme)));
    return 0;
  },
};

/** The label column's width: the English layout's, or wider when a language's labels need it. */
const LABEL_WIDTH = 24;

const LINES: [string, MessageKey, MessageKey | null][] = [
  ["meanScore", "sim.meanScore", null],
  ["meanTrueValue", "sim.meanTrueValue", "sim.meanTrueValue.after"],
  ["gamingRate", "sim.gamingRate", "sim.gamingRate.after"],
];

const LABELS: MessageKey[] = [
  "sim.meanScore",
  "sim.meanTrueValue",
  "sim.gamingRate",
  "sim.falsified",
  "sim.scoreTruth",
  "sim.scoreAbility",
  "sim.morale",
  "sim.hardBacklog",
  "sim.ratings",
  "sim.indicators",
];

/** A simulator note in the reader's language; a note of another shape as the simulator wrote it. */
function noteText(note: string, lang: Lang): string {
  const none = /^metric (\S+) has no `observes`: not simulated, treated as missing$/.exec(note);
  if (none) return t(lang, "sim.note.noObserves", { name: none[1]! });
  const unknown = /^metric (\S+) observes unknown `([^`]*)`: treated as missing \(known: (.*)\)$/.exec(note);
  if (unknown) return t(lang, "sim.note.unknownObserves", { name: unknown[1]!, observes: unknown[2]!, known: unknown[3]! });
  return note;
}

/** The figures a policy designer reads first, in words (with intervals after replicates). */
function renderSummary(
  result: SimulationResult | ReplicatedResult,
  lang: Lang = "en",
  scheme: Pick<Scheme, "ratings"> = { ratings: [] },
): string {
  const intervals = "intervals" in result ? result.intervals : undefined;
  const s = result.summary;
  const missing = t(lang, "sim.missing");
  const f = (key: string) => figureText(key, s, intervals, missing);
  const band = bandWords(scheme, lang);
  const width = Math.max(LABEL_WIDTH, ...LABELS.map((k) => t(lang, k).length + 1));
  const row = (label: string, value: string) => `  ${label.padEnd(width)} ${value}`;
  const sub = (label: string, value: string) => `    ${label.padEnd(width - 2)} ${value}`;
  const replicated =
    "replicates" in result
      ? t(lang, "sim.replicated", { count: result.replicates, first: String(result.seeds[0]), last: String(result.seeds.at(-1)) })
      : "";
  const lines = [
    t(lang, "sim.heading", { staff: String(result.staff), periods: String(result.periods), seed: String(result.seed), replicated }),
  ];
  for (const [key, label, after] of LINES) lines.push(row(t(lang, label), `${f(key)}${after ? t(lang, after) : ""}`));
  lines.push(
    sub(
      t(lang, "sim.byKind"),
      Object.keys(s.gaming)
        .map((k) => `${t(lang, `sim.kind.${k}` as MessageKey)} ${f(`gaming.${k}`)}`)
        .join(", "),
    ),
  );
  lines.push(
    row(t(lang, "sim.falsified"), f("falsifiedShare")),
    row(t(lang, "sim.scoreTruth"), `${f("scoreTruthCorrelation")}${t(lang, "sim.spearman")}`),
    row(t(lang, "sim.scoreAbility"), `${f("scoreAbilityCorrelation")}${t(lang, "sim.spearman")}`),
    row(t(lang, "sim.morale"), f("morale")),
    row(t(lang, "sim.hardBacklog"), `${f("hardBacklog")}${t(lang, "sim.hardBacklog.after")}`),
  );
  lines.push(
    row(
      t(lang, "sim.ratings"),
      Object.keys(s.ratings)
        .map((k) => `${band(k)} ${f(`ratings.${k}`)}`)
        .join(", "),
    ),
  );
  lines.push(row(t(lang, "sim.indicators"), t(lang, "sim.indicators.columns")));
  for (const [name, ind] of Object.entries(result.indicators)) {
    const g = (field: "meanValue" | "meanPoints" | "bunching", digits: number) =>
      formatFigure({ format: "number", digits }, ind[field], { missing });
    lines.push(sub(name, `${g("meanValue", 3)} / ${g("meanPoints", 1)} / ${g("bunching", 2)}`));
  }
  for (const note of result.notes ?? []) lines.push(`  ${t(lang, "sim.note", { note: noteText(note, lang) })}`);
  return `${lines.join("\n")}\n`;
}
