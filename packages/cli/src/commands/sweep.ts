import { analyze, MAX_MAGNITUDE } from "@goodhart/dsl";
import { z } from "zod";
import { parseFlags, parseNumberish, validate } from "../args.ts";
import type { Command } from "../command.ts";
import type { Summary } from "@goodhart/simulator";
import { runSimulation } from "../engines.ts";
import { UsageError } from "../errors.ts";
import { loadScheme, schemeOrReport } from "../load.ts";
import { findNumber, literalFor, setNumber } from "../set-number.ts";
import { overridesOf, progressBar, SIMULATION_FLAG_OPTIONS, SIMULATION_FLAGS_HELP, simulationFlags } from "../simulation-flags.ts";
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
  const example = "write --set NAME.PROPERTY=FROM..TO:STEPS, e.g. --set on_time.target=80%..100%:11";
  if (!m) throw new UsageError(`--set ${text}: ${example}`, "sweep");
  const from = parseNumberish(m[2]!);
  const to = parseNumberish(m[3]!);
  const steps = Number(m[4]);
  // Within what a rule file can hold: 1e309 is Infinity, and no literal could be written for it.
  const usable = (n: number | null) => n !== null && Number.isFinite(n) && Math.abs(n) <= MAX_MAGNITUDE;
  const range = `a number between -${MAX_MAGNITUDE} and ${MAX_MAGNITUDE}`;
  if (!usable(from)) throw new UsageError(`--set ${text}: FROM '${m[2]}' is not ${from === null ? "a number" : range} (${example})`, "sweep");
  if (!usable(to)) throw new UsageError(`--set ${text}: TO '${m[3]}' is not ${to === null ? "a number" : range} (${example})`, "sweep");
  if (steps < 1) throw new UsageError(`--set ${text}: STEPS must be at least 1`, "sweep");
  if (steps === 1 && from !== to) throw new UsageError(`--set ${text}: one step cannot go from ${m[2]} to ${m[3]}; use at least 2 steps`, "sweep");
  const a = from!;
  const b = to!;
  const values = Array.from({ length: steps }, (_, i) => (steps === 1 ? a : i === steps - 1 ? b : Number((a + ((b - a) * i) / (steps - 1)).toPrecision(12))));
  return { path: m[1]!.trim(), values };
}

/** Every combination of the axes' values, the first axis varying slowest. */
export function grid(axes: SweepAxis[]): number[][] {
  return axes.reduce<number[][]>((acc, axis) => acc.flatMap((point) => axis.values.map((v) => [...point, v])), [[]]);
}

export interface SweepPoint {
  value: number | Record<string, number>;
  summary: Summary | null;
  /** When the varied scheme does not check (e.g. a target equal to its floor). */
  errors?: string[];
}

export const sweep: Command = {
  name: "sweep",
  summary: "re-run the simulation while one literal of the scheme varies",
  help: `Usage: goodhart sweep FILE --set NAME.PROPERTY=FROM..TO:STEPS… [--json] [population flags]

Re-runs the simulation for evenly spaced values of one number in the scheme - a target, a
floor, a weight, a quota, an audit share - with the same population and seed, to show where
gaming starts. Several --set flags make a grid: every combination runs.

The path names a declaration and one of its properties: on_time.target, on_time.floor,
performance.weight, excellent.quota, resolved.audit, falsified.cap (for 'cap score N'). The
literal keeps its form: a percent stays a percent (0.95 is written 95%). FROM and TO are
numbers or percents; STEPS counts the values, both ends included.

Flags:
  --set PATH=FROM..TO:STEPS   the literal to vary (repeatable)
  --json                      print [{value, summary}]: value is the number with one --set,
                              and an object {path: number} with several; summary is the
                              simulation summary (SIMULATOR.md §5), or null with "errors"
                              when the varied scheme does not check

${SIMULATION_FLAGS_HELP}

Examples:
  goodhart sweep examples/same-day-100.kpi --set on_time.target=80%..100%:11
  goodhart sweep scheme.kpi --set resolved.audit=0%..20%:5 --set falsified.cap=0..60:4 --json

Exit codes: 0 done, 1 the scheme has errors or a path does not name a number in it, 2 usage
error or a file that cannot be read.
`,
  async run(args, io) {
    const parsed = parseFlags("sweep", args, { ...SIMULATION_FLAG_OPTIONS, json: { type: "boolean" }, set: { type: "string", multiple: true } });
    const opts = validate("sweep", flags, parsed.values);
    if (parsed.positionals.length !== 1) throw new UsageError(parsed.positionals.length === 0 ? "no scheme file given: goodhart sweep FILE --set PATH=FROM..TO:STEPS" : `one scheme file at a time, got ${parsed.positionals.length}`, "sweep");
    const axes = (opts.set ?? []).map(parseSetFlag);
    if (axes.length === 0) throw new UsageError("no --set given: say what to vary, e.g. --set on_time.target=80%..100%:11", "sweep");
    const paths = new Set<string>();
    for (const a of axes) {
      if (paths.has(a.path)) throw new UsageError(`--set ${a.path} is given twice`, "sweep");
      paths.add(a.path);
    }
    const points = grid(axes);
    if (points.length > MAX_POINTS) throw new UsageError(`the grid has ${points.length} points; at most ${MAX_POINTS} run in one sweep`, "sweep");
    const loaded = await loadScheme(io, parsed.positionals[0]!);
    const scheme = schemeOrReport(io, loaded);
    if (!scheme) return 1;
    const found = axes.map((a) => findNumber(loaded.text, a.path));
    const overrides = overridesOf(opts, scheme, "sweep");
    const block = scheme.simulations[0];
    const work = points.length * (overrides.staff ?? block?.staff ?? 2000) * (overrides.periods ?? block?.periods ?? 12);
    const bar = progressBar(io, work);
    const out: SweepPoint[] = [];
    try {
      for (const [k, point] of points.entries()) {
        const text = axes.reduce((t, a, i) => setNumber(t, a.path, point[i]!), loaded.text);
        const value = axes.length === 1 ? point[0]! : Object.fromEntries(axes.map((a, i) => [a.path, point[i]!]));
        const analysis = analyze(text);
        if (!analysis.scheme) {
          const errors = analysis.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.message}`);
          io.stderr(`${axes.map((a, i) => `${a.path}=${literalFor(point[i]!, found[i]!.percent)}`).join(" ")}: the scheme does not check (${errors.join("; ")}); skipped\n`);
          out.push({ value, summary: null, errors });
          continue;
        }
        const result = await runSimulation("sweep", text, overrides, {
          workers: opts.workers,
          staff: block?.staff ?? undefined,
          signal: io.signal,
          onProgress: (f) => bar.update((k + f) / points.length),
        });
        out.push({ value, summary: result.summary });
      }
    } finally {
      bar.done();
    }
    io.stdout(opts.json ? `${JSON.stringify(out, null, 2)}\n` : printableLines(renderTable(axes, found.map((f) => f.percent), out)));
    return 0;
  },
};

function cell(v: unknown, percent: boolean): string {
  if (typeof v !== "number") return "n/a";
  return percent ? `${(v * 100).toFixed(1)}%` : v.toFixed(2);
}

function renderTable(axes: SweepAxis[], percent: boolean[], points: SweepPoint[]): string {
  const figures: [string, string, boolean][] = [
    ["meanScore", "score", false],
    ["meanTrueValue", "true value", false],
    ["gamingRate", "gaming", true],
    ["falsifiedShare", "falsified", true],
    ["scoreTruthCorrelation", "score~truth", false],
    ["morale", "morale", false],
  ];
  const header = [...axes.map((a) => a.path), ...figures.map((f) => f[1])];
  const rows = points.map((p) => {
    const values = typeof p.value === "number" ? [p.value] : axes.map((a) => (p.value as Record<string, number>)[a.path]!);
    return [...values.map((v, i) => literalFor(v, percent[i]!)), ...figures.map(([key, , pc]) => (p.summary ? cell((p.summary as unknown as Record<string, unknown>)[key], pc) : "error"))];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padStart(widths[i]!)).join("  ");
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}
