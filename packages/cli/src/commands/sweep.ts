import {
  analyze,
  findLiteral,
  literalText,
  LiteralPathError,
  localizeDiagnostic,
  MAX_MAGNITUDE,
  setLiteral,
  t,
  type Lang,
  type Message,
  type MessageKey,
} from "@goodhart/dsl";
import {
  combineSummaries,
  grid as gridPoints,
  resolveScenario,
  settingPath,
  SimulationParamsError,
  type SweepPoint,
} from "@goodhart/simulator";
import { z } from "zod";
import { parseFlags, parseNumberish, validate } from "../args.ts";
import type { Command } from "../command.ts";
import { settingsError } from "../settings-error.ts";
import { runCliSweep } from "../engines.ts";
import { InputError, UsageError } from "../errors.ts";
import { loadScheme, schemeOrReport } from "../load.ts";
import {
  figureText,
  overridesOf,
  progressBar,
  settingsOrUsage,
  SIMULATION_FLAG_OPTIONS,
  SIMULATION_FLAGS_HELP,
  simulationFlags,
  TABLE_FIGURES,
} from "../simulation-flags.ts";
import { printableLines } from "../display.ts";

const flags = simulationFlags.extend({ json: z.boolean().optional(), set: z.array(z.string()).optional() });

/** Most points a sweep runs; beyond it a grid is almost certainly a typo (`:1000` twice). */
const MAX_POINTS = 10_000;

export interface SweepAxis {
  path: string;
  values: number[];
}

/** `on_time.target=80%..100%:11` → the path and its 11 evenly spaced values. */
export function parseSetFlag(text: string): SweepAxis {
  const m = /^([^=]+)=(.+?)\.\.(.+):(\d+)$/.exec(text.trim());
  const example: Message = { key: "cli.sweep.example" };
  if (!m) throw new UsageError({ key: "cli.sweep.shape", params: { text, example } }, "sweep");
  const from = parseNumberish(m[2]!);
  const to = parseNumberish(m[3]!);
  const steps = Number(m[4]);
  // Within what a rule file can hold: 1e309 is Infinity, and no literal could be written for it.
  const usable = (n: number | null) => n !== null && Number.isFinite(n) && Math.abs(n) <= MAX_MAGNITUDE;
  const notUsable = (end: "FROM" | "TO", value: string, n: number | null) =>
    new UsageError(
      {
        key: "cli.sweep.end",
        params: { text, end, value, range: n === null ? "none" : "range", max: String(MAX_MAGNITUDE), example },
      },
      "sweep",
    );
  if (!usable(from)) throw notUsable("FROM", m[2]!, from);
  if (!usable(to)) throw notUsable("TO", m[3]!, to);
  if (steps < 1) throw new UsageError({ key: "cli.sweep.steps", params: { text } }, "sweep");
  if (steps === 1 && from !== to) throw new UsageError({ key: "cli.sweep.oneStep", params: { text, from: m[2]!, to: m[3]! } }, "sweep");
  const a = from!;
  const b = to!;
  const values = Array.from({ length: steps }, (_, i) =>
    steps === 1 ? a : i === steps - 1 ? b : Number((a + ((b - a) * i) / (steps - 1)).toPrecision(12)),
  );
  return { path: m[1]!.trim(), values };
}

/** Every combination of the axes' values, the first axis varying slowest (the simulator's grid). */
export function grid(axes: SweepAxis[]): number[][] {
  return gridPoints(axes).map((p) => axes.map((a) => p[a.path]!));
}

/** How an axis's values are written: a scheme literal in its own form, a setting as a number. */
function axisForm(text: string, path: string): { percent: boolean } {
  try {
    if (settingPath(path)) return { percent: false };
    return { percent: findLiteral(text, path).percent };
  } catch (e) {
    if (e instanceof LiteralPathError) throw new InputError({ key: "cli.sweep.literal", params: { path: e.path, problem: e.said } });
    if (e instanceof SimulationParamsError) throw new UsageError({ key: "cli.sweep.set", params: { text: settingsError(e) } }, "sweep");
    throw e;
  }
}

export const sweep: Command = {
  name: "sweep",
  summary: "re-run the simulation while one literal of the scheme varies",
  help: `Usage: goodhart sweep FILE --set NAME.PROPERTY=FROM..TO:STEPS… [--json] [population flags]

Re-runs the simulation for evenly spaced values of one number in the scheme - a target, a
floor, a weight, a quota, an audit share - with the same population and seed, to show where
gaming starts. Several --set flags make a grid: every combination runs.

The path names a declaration and one of its properties: on_time.target, on_time.floor,
performance.weight, excellent.quota, resolved.audit, falsified.cap (for 'cap score N'); a step
as NAME.step.N.threshold or NAME.step.N.points (N counts from 1); a model constant as
model.NAME (see 'goodhart help model'); a population setting as population.NAME. The
literal keeps its form: a percent stays a percent (0.95 is written 95%). FROM and TO are
numbers or percents; STEPS counts the values, both ends included.

Flags:
  --set PATH=FROM..TO:STEPS   the literal to vary (repeatable)
  --json                      print [{value, summary}]: value is the number with one --set,
                              and an object {path: number} with several; summary is the
                              simulation summary, or null with "errors" when the varied
                              scheme does not check; with --replicates each point also
                              carries "intervals" (95%, {figure: {low, high}})

${SIMULATION_FLAGS_HELP}

Examples:
  goodhart sweep examples/same-day-100.kpi --set on_time.target=80%..100%:11
  goodhart sweep scheme.kpi --set resolved.audit=0%..20%:5 --set falsified.cap=0..60:4 --json
  goodhart sweep scheme.kpi --set model.capacity=60..85:6 --replicates 5

Exit codes: 0 done, 1 the scheme has errors or a path does not name a number in it, 2 usage
error or a file that cannot be read.
`,
  async run(args, io) {
    const parsed = parseFlags("sweep", args, {
      ...SIMULATION_FLAG_OPTIONS,
      json: { type: "boolean" },
      set: { type: "string", multiple: true },
    });
    const opts = validate("sweep", flags, parsed.values);
    if (parsed.positionals.length !== 1)
      throw new UsageError(
        parsed.positionals.length === 0
          ? { key: "cli.usage.noScheme", params: { command: "sweep", rest: " --set PATH=FROM..TO:STEPS" } }
          : { key: "cli.usage.oneScheme", params: { count: String(parsed.positionals.length) } },
        "sweep",
      );
    const axes = (opts.set ?? []).map(parseSetFlag);
    if (axes.length === 0) throw new UsageError({ key: "cli.sweep.noSet" }, "sweep");
    const paths = new Set<string>();
    for (const a of axes) {
      if (paths.has(a.path)) throw new UsageError({ key: "cli.sweep.twice", params: { path: a.path } }, "sweep");
      paths.add(a.path);
    }
    const points = grid(axes);
    if (points.length > MAX_POINTS)
      throw new UsageError({ key: "cli.sweep.tooMany", params: { points: String(points.length), max: String(MAX_POINTS) } }, "sweep");
    const loaded = await loadScheme(io, parsed.positionals[0]!);
    const scheme = schemeOrReport(io, loaded);
    if (!scheme) return 1;
    const forms = axes.map((a) => axisForm(loaded.text, a.path));
    const overrides = overridesOf(opts, scheme, "sweep", io.lang);
    const params = await settingsOrUsage("sweep", () => resolveScenario(scheme, overrides).params);
    const bar = progressBar(io, points.length * params.staff * params.periods * (opts.replicates ?? 1));
    const show = (values: Record<string, number>) =>
      axes.map((a, i) => `${a.path}=${literalText(values[a.path]!, forms[i]!.percent)}`).join(" ");
    let out: SweepPoint[];
    try {
      out = await runCliSweep("sweep", loaded.text, axes, overrides, {
        workers: opts.workers,
        replicates: opts.replicates,
        signal: io.signal,
        onProgress: (f) => bar.update(f),
        onPoint: (p) => {
          if (p.errors)
            io.stderr(
              `${t(io.lang ?? "en", "sweep.skipped", { values: show(p.values), errors: errorsIn(loaded.text, axes, p.values, io.lang ?? "en", p.errors).join("; ") })}\n`,
            );
        },
      });
    } finally {
      bar.done();
    }
    // With `--replicates`, even 1, every point has the replicated shape: one run's intervals
    // have null ends (no spread is measured), a skipped point has none.
    const json = out.map(({ values: _values, ...rest }) => {
      if (opts.replicates === undefined) return rest;
      const intervals = rest.intervals ?? (rest.summary ? combineSummaries([rest.summary]).intervals : undefined);
      return { ...rest, ...(intervals ? { intervals } : {}), replicates: opts.replicates };
    });
    io.stdout(
      opts.json
        ? `${JSON.stringify(json, null, 2)}\n`
        : printableLines(
            renderTable(
              axes,
              forms.map((f) => f.percent),
              out,
              io.lang,
            ),
          ),
    );
    return 0;
  },
};

/**
 * A skipped point's errors in the reader's language: the simulator words them in English, so
 * the varied scheme is checked again here; if that does not give the same errors (it always
 * should), the simulator's words stand.
 */
function errorsIn(text: string, axes: SweepAxis[], values: Record<string, number>, lang: Lang, errors: string[]): string[] {
  if (lang === "en") return errors;
  try {
    const varied = axes.filter((a) => !settingPath(a.path)).reduce((s, a) => setLiteral(s, a.path, values[a.path]!), text);
    const found = analyze(varied).diagnostics.filter((d) => d.severity === "error");
    if (found.map((d) => `${d.code} ${d.message}`).join("\n") !== errors.join("\n")) return errors;
    return found.map((d) => `${d.code} ${localizeDiagnostic(d, lang).message}`);
  } catch {
    return errors;
  }
}

function renderTable(axes: SweepAxis[], percent: boolean[], points: SweepPoint[], lang: Lang = "en"): string {
  const figures = TABLE_FIGURES.filter((k) => k !== "scoreAbilityCorrelation" && k !== "hardBacklog");
  const header = [...axes.map((a) => a.path), ...figures.map((k) => (SHORT.has(k) ? t(lang, `sweep.col.${k}` as MessageKey) : k))];
  const missing = t(lang, "sim.missing");
  const rows = points.map((p) => [
    ...axes.map((a, i) => literalText(p.values[a.path]!, percent[i]!)),
    ...figures.map((key) => (p.summary ? figureText(key, p.summary, p.intervals, missing) : t(lang, "sweep.error"))),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padStart(widths[i]!)).join("  ");
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}

/** The figures with a column heading short enough for a terminal table (`sweep.col.KEY`). */
const SHORT = new Set(["meanScore", "meanTrueValue", "gamingRate", "falsifiedShare", "scoreTruthCorrelation", "morale"]);
