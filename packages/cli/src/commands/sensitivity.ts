import {
  figureByKey,
  figureNotInScheme,
  formatFigure,
  MODEL_CONSTANTS,
  oneAtATime,
  resolveScenario,
  SimulationParamsError,
  SUMMARY_FIGURES,
  sobolOverConstants,
  type SensitivityReport,
  type SobolReport,
} from "@goodhart/simulator";
import { t, type Lang } from "@goodhart/dsl";
import { z } from "zod";
import { parseFlags, said, validate, wholeFlag } from "../args.ts";
import type { Command } from "../command.ts";
import { settingsError } from "../settings-error.ts";
import { cliRunner } from "../engines.ts";
import { bandWords, figureLabel } from "../display.ts";
import { UsageError } from "../errors.ts";
import { loadScheme, schemeOrReport } from "../load.ts";
import {
  overridesOf,
  progressBar,
  settingsOrUsage,
  SIMULATION_FLAG_OPTIONS,
  SIMULATION_FLAGS_HELP,
  simulationFlags,
} from "../simulation-flags.ts";

const flags = simulationFlags.extend({
  json: z.boolean().optional(),
  figure: z.string().min(1, said("cli.flag.figure")).optional(),
  method: z.enum(["oat", "sobol"], { message: said("cli.flag.method") }).optional(),
  samples: wholeFlag.pipe(z.number().min(2, said("cli.flag.atLeastTwo")).max(4096, said("cli.flag.atMost4096"))).optional(),
});

const FIGURE_LIST = `${SUMMARY_FIGURES.map((f) => f.key).join(", ")}, ratings.BAND, indicators.NAME.meanValue|meanPoints|bunching`;

export const sensitivity: Command = {
  name: "sensitivity",
  summary: "rank the model's constants by how far they move one figure",
  help: `Usage: goodhart sensitivity FILE --figure F [--json] [--method oat|sobol] [population flags]

Which assumptions does a conclusion rest on? Moves each model constant ('goodhart help model')
to the low and then the high end of its plausible range, one at a time, every other setting as
given, and ranks the constants by how far figure F swings: the spread of F over the low end,
the default and the high end. Every run uses the same seed (or seeds, with --replicates), so a
swing is the constant's doing. The table ends with a tornado chart.

--method sobol estimates variance-based (Sobol') indices instead, by the Saltelli scheme: every
constant drawn over its range at once, N·(constants + 2) runs. 'first' is the share of F's
variance a constant explains alone, 'total' adds its interactions with the others.

Flags:
  --figure F       the figure: ${FIGURE_LIST}
  --json           {figure, base, constants: [{name, default, low, high, figureAtLow,
                   figureAtHigh, swing}]}, largest swing first (with sobol: {figure, method,
                   samples, runs, constants: [{name, default, low, high, first, total}]})
  --method M       oat (default) or sobol
  --samples N      sobol only: N of the Saltelli plan (default 32)

${SIMULATION_FLAGS_HELP}

Examples:
  goodhart sensitivity examples/same-day-100.kpi --figure falsifiedShare
  goodhart sensitivity scheme.kpi --figure gamingRate --staff 1000 --replicates 3 --json
  goodhart sensitivity scheme.kpi --figure meanTrueValue --method sobol --samples 16

Exit codes: 0 done, 1 the scheme has errors, 2 usage error or a file that cannot be read.
`,
  async run(args, io) {
    const parsed = parseFlags("sensitivity", args, {
      ...SIMULATION_FLAG_OPTIONS,
      json: { type: "boolean" },
      figure: { type: "string" },
      method: { type: "string" },
      samples: { type: "string" },
    });
    const opts = validate("sensitivity", flags, parsed.values);
    if (parsed.positionals.length !== 1)
      throw new UsageError(
        parsed.positionals.length === 0
          ? { key: "cli.usage.noScheme", params: { command: "sensitivity", rest: " --figure F" } }
          : { key: "cli.usage.oneScheme", params: { count: String(parsed.positionals.length) } },
        "sensitivity",
      );
    if (!opts.figure) throw new UsageError({ key: "cli.usage.noFigure", params: { list: FIGURE_LIST } }, "sensitivity");
    const figure = figureByKey(opts.figure);
    if (!figure) throw new UsageError({ key: "cli.usage.badFigure", params: { figure: opts.figure, list: FIGURE_LIST } }, "sensitivity");
    if (opts.samples !== undefined && opts.method !== "sobol") throw new UsageError({ key: "cli.usage.samples" }, "sensitivity");
    const loaded = await loadScheme(io, parsed.positionals[0]!);
    const scheme = schemeOrReport(io, loaded);
    if (!scheme) return 1;
    const missing = figureNotInScheme(figure.key, scheme);
    if (missing)
      throw new UsageError(
        {
          key: missing.kind === "rating" ? "cli.usage.figureNoBand" : "cli.usage.figureNoIndicator",
          params: { figure: opts.figure, name: missing.name, known: missing.known.join(", ") },
        },
        "sensitivity",
      );
    const overrides = overridesOf(opts, scheme, "sensitivity", io.lang);
    const params = await settingsOrUsage("sensitivity", () => resolveScenario(scheme, overrides).params);
    const constants = MODEL_CONSTANTS.length;
    const runs = opts.method === "sobol" ? (opts.samples ?? 32) * (constants + 2) : (1 + 2 * constants) * (opts.replicates ?? 1);
    const bar = progressBar(io, runs * params.staff * params.periods);
    const control = { runner: cliRunner(opts.workers), signal: io.signal, onProgress: (f: number) => bar.update(f) };
    let report: SensitivityReport | SobolReport;
    try {
      report =
        opts.method === "sobol"
          ? await sobolOverConstants(scheme, overrides, figure.key, { ...control, samples: opts.samples })
          : await oneAtATime(scheme, overrides, figure.key, { ...control, replicates: opts.replicates });
    } catch (e) {
      if (e instanceof SimulationParamsError) throw new UsageError(settingsError(e), "sensitivity");
      throw e;
    } finally {
      bar.done();
    }
    if (opts.json) {
      const { replicates: _r, ...doc } = report as SensitivityReport;
      io.stdout(`${JSON.stringify("method" in report ? report : doc, null, 2)}\n`);
    } else {
      const band = bandWords(scheme, io.lang ?? "en");
      io.stdout("method" in report ? renderSobol(report, io.lang, band) : renderOat(report, io.lang, band));
    }
    return 0;
  },
};

function table(header: string[], rows: string[][], right: boolean[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** The OAT table and a tornado chart: each bar spans the figure from one end of the range to the other. */
function renderOat(r: SensitivityReport, lang: Lang = "en", band?: (name: string) => string): string {
  const fig = figureByKey(r.figure, lang)!;
  const missing = t(lang, "sim.missing");
  const f = (v: number | null) => formatFigure(fig, v, { missing });
  const mean = r.replicates > 1 ? t(lang, "sens.oat.mean", { count: String(r.replicates) }) : "";
  const lines = [t(lang, "sens.oat.heading", { label: figureLabel(r.figure, lang, band), figure: r.figure, base: f(r.base), mean }), ""];
  lines.push(
    ...table(
      (["constant", "range", "atLow", "atHigh", "swing"] as const).map((c) => t(lang, `sens.col.${c}`)),
      r.constants.map((c) => [
        c.name,
        `${c.low}..${c.high}`,
        f(c.figureAtLow),
        f(c.figureAtHigh),
        c.swing === null ? missing : formatFigure({ ...fig, format: fig.format === "ratio" ? "number" : fig.format }, c.swing),
      ]),
      [false, false, true, true, true],
    ),
  );
  const defined = r.constants.filter((c) => c.figureAtLow !== null && c.figureAtHigh !== null && r.base !== null);
  if (defined.length > 0) {
    const all = defined.flatMap((c) => [c.figureAtLow!, c.figureAtHigh!, r.base!]);
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    const width = 40;
    const at = (v: number) => (hi > lo ? Math.round(((v - lo) / (hi - lo)) * width) : Math.round(width / 2));
    const name = Math.max(...defined.map((c) => c.name.length));
    lines.push("", t(lang, "sens.tornado", { low: f(lo), high: f(hi) }));
    for (const c of defined.slice(0, 12)) {
      const row = Array.from({ length: width + 1 }, () => " ");
      const [a, b] = [at(c.figureAtLow!), at(c.figureAtHigh!)];
      for (let x = Math.min(a, at(r.base!)); x <= Math.max(a, at(r.base!)); x++) row[x] = "-";
      for (let x = Math.min(b, at(r.base!)); x <= Math.max(b, at(r.base!)); x++) row[x] = row[x] === "-" ? "±" : "+";
      row[at(r.base!)] = "|";
      lines.push(`  ${c.name.padEnd(name)} ${row.join("")}`.trimEnd());
    }
  }
  return `${lines.join("\n")}\n`;
}

function renderSobol(r: SobolReport, lang: Lang = "en", band?: (name: string) => string): string {
  const lines = [
    t(lang, "sens.sobol.heading", {
      label: figureLabel(r.figure, lang, band),
      figure: r.figure,
      constants: String(r.constants.length),
      samples: String(r.samples),
      runs: String(r.runs),
    }),
    "",
  ];
  const two = (x: number) => x.toFixed(2);
  lines.push(
    ...table(
      (["constant", "range", "first", "total"] as const).map((c) => t(lang, `sens.col.${c}`)),
      r.constants.map((c) => [c.name, `${c.low}..${c.high}`, two(c.first), two(c.total)]),
      [false, false, true, true],
    ),
  );
  lines.push(
    "",
    t(lang, "sens.sobol.legend"),
    t(lang, "sens.sobol.accuracy", { samples: String(r.samples), accuracy: two(1 / Math.sqrt(r.samples)) }),
  );
  return `${lines.join("\n")}\n`;
}
