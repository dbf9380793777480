import { diffSchemes, scoreRows, weightTexts, type SchemeDiff } from "@goodhart/dsl";
import type { Summary } from "@goodhart/simulator";
import { z } from "zod";
import { parseFlags, validate } from "../args.ts";
import type { Command } from "../command.ts";
import { readStaffTable } from "../csv.ts";
import { runSimulation } from "../engines.ts";
import { UsageError } from "../errors.ts";
import { readInput } from "../io.ts";
import { exploitLines, exploitMarkdown, exploitText } from "../exploit-lines.ts";
import { loadScheme, schemeOrReport, type LoadedScheme } from "../load.ts";
import { overridesOf, SIMULATION_FLAG_OPTIONS, SIMULATION_FLAGS_HELP, simulationFlags } from "../simulation-flags.ts";

const flags = simulationFlags.extend({
  json: z.boolean().optional(),
  markdown: z.boolean().optional(),
  simulate: z.boolean().optional(),
  data: z.string().min(1, "needs a file name").optional(),
});

export interface RatingChange {
  id: string;
  old: { score: number | null; rating: string };
  new: { score: number | null; rating: string };
}

/** CLI.md's document, plus `scores` with --data: who changes rating on the real table. */
export type DiffReport = SchemeDiff & {
  scores?: { ratings: { old: Record<string, number>; new: Record<string, number> }; changed: RatingChange[] };
};

const FIGURES: [keyof Summary, string, boolean][] = [
  ["meanScore", "mean score", false],
  ["meanTrueValue", "mean true value", false],
  ["gamingRate", "gaming rate", true],
  ["falsifiedShare", "falsified closures", true],
  ["scoreTruthCorrelation", "score ~ true value", false],
  ["scoreAbilityCorrelation", "score ~ ability", false],
  ["morale", "morale", false],
  ["hardBacklog", "hard backlog", false],
];

function fig(v: unknown, percent: boolean): string {
  if (typeof v !== "number") return "n/a";
  return percent ? `${(v * 100).toFixed(1)}%` : v.toFixed(2);
}

function diagnosticLines(d: DiffReport): string[] {
  return [
    ...d.diagnostics.added.map((x) => `new ${x.code}${x.name ? ` on ${x.name}` : ""}: ${x.message}`),
    ...d.diagnostics.removed.map((x) => `gone ${x.code}${x.name ? ` on ${x.name}` : ""}: ${x.message}`),
  ];
}

export function renderDiffText(d: DiffReport): string {
  const lines = [...d.changes.map((c) => c.text), ...weightTexts(d), ...diagnosticLines(d)];
  if (lines.length === 0) lines.push("no semantic changes");
  if (d.simulation) {
    const o = d.simulation.old as Summary;
    const n = d.simulation.new as Summary;
    lines.push("simulated (same population and seed):");
    for (const [k, label, p] of FIGURES) lines.push(`  ${label.padEnd(20)} ${fig(o[k], p)} → ${fig(n[k], p)}`);
  }
  if (d.scores) {
    lines.push(`scored on the staff table: ${d.scores.changed.length} change rating`);
    for (const c of d.scores.changed) lines.push(`  ${c.id}: ${c.old.rating} → ${c.new.rating}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Markdown for a pull-request comment; user text is escaped so it cannot break the layout. */
export function renderDiffMarkdown(d: DiffReport): string {
  const esc = (s: string) => s.replace(/([\\`*_{}[\]<>|#])/g, "\\$1").replace(/\r?\n/g, " ");
  const out = ["### Goodhart: scheme changes", ""];
  if (d.changes.length === 0 && Object.keys(d.effectiveWeights).length === 0 && diagnosticLines(d).length === 0) out.push("No semantic changes (formatting and comments are not changes).", "");
  if (d.changes.length > 0) out.push(...d.changes.map((c) => `- ${esc(c.text)}`), "");
  const weights = weightTexts(d);
  if (weights.length > 0) out.push("**Effective weights**", "", ...weights.map((w) => `- ${esc(w)}`), "");
  if (d.diagnostics.added.length > 0) out.push("**New warnings**", "", ...d.diagnostics.added.map((x) => `- \`${x.code}\`${x.name ? ` ${esc(x.name)}` : ""}: ${esc(x.message)}`), "");
  if (d.diagnostics.removed.length > 0) out.push("**Resolved warnings**", "", ...d.diagnostics.removed.map((x) => `- \`${x.code}\`${x.name ? ` ${esc(x.name)}` : ""}: ${esc(x.message)}`), "");
  if (d.simulation) {
    const o = d.simulation.old as Summary;
    const n = d.simulation.new as Summary;
    out.push("**Simulated impact** (same population and seed)", "", "| figure | old | new |", "|---|---:|---:|");
    for (const [k, label, p] of FIGURES) out.push(`| ${label} | ${fig(o[k], p)} | ${fig(n[k], p)} |`);
    out.push("");
  }
  if (d.scores) {
    out.push(`**On the staff table**: ${d.scores.changed.length} staff change rating`, "");
    if (d.scores.changed.length > 0) {
      out.push("| id | old | new |", "|---|---|---|");
      for (const c of d.scores.changed.slice(0, 50)) out.push(`| ${esc(c.id)} | ${esc(c.old.rating)} | ${esc(c.new.rating)} |`);
      if (d.scores.changed.length > 50) out.push(`| … ${d.scores.changed.length - 50} more | | |`);
      out.push("");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

export const diff: Command = {
  name: "diff",
  summary: "semantic diff of two schemes, as facts a reviewer reads",
  help: `Usage: goodhart diff OLD NEW [--json | --markdown] [--simulate] [--data CSV]

Pairs declarations by name (and a renamed one by its unchanged body) and reports each change
as a fact: 'indicator on_time: target 95% → 100%', 'effective weight of rework 15% → 7.5%',
added and removed declarations, and diagnostics that appear or disappear. Formatting and
comments are not changes.

OLD and NEW are files, or git revisions written REV:PATH (HEAD~1:scheme.kpi, main:a.kpi),
read with 'git show' when no file of that name exists.

Flags:
  --json        {changes, effectiveWeights, diagnostics, simulation?, scores?}
  --markdown    a Markdown report for a pull-request comment
  --simulate    run both schemes on the same population and seed; show old → new figures
  --data CSV    also score both schemes on this staff table and list who changes rating

${SIMULATION_FLAGS_HELP}

Examples:
  goodhart diff old.kpi new.kpi
  goodhart diff HEAD~1:examples/same-day-100.kpi examples/same-day-100.kpi --markdown
  goodhart diff main:scheme.kpi scheme.kpi --simulate --json

Exit codes: 0 whether or not anything changed, 1 a scheme has errors and --simulate or --data
needs it scored, 2 usage error or a file that cannot be read.
`,
  async run(args, io) {
    const parsed = parseFlags("diff", args, {
      ...SIMULATION_FLAG_OPTIONS,
      json: { type: "boolean" },
      markdown: { type: "boolean" },
      simulate: { type: "boolean" },
      data: { type: "string" },
    });
    const opts = validate("diff", flags, parsed.values);
    if (opts.json && opts.markdown) throw new UsageError("--json and --markdown contradict each other; pick one", "diff");
    if (parsed.positionals.length !== 2) throw new UsageError(`diff takes two schemes, OLD and NEW; got ${parsed.positionals.length}`, "diff");
    const before = await loadScheme(io, parsed.positionals[0]!);
    const after = await loadScheme(io, parsed.positionals[1]!);
    const report: DiffReport = diffSchemes(before.text, after.text, { oldAnalysis: before.analysis, newAnalysis: after.analysis });
    if (opts.simulate || opts.data !== undefined) {
      const schemes = [before, after].map((l: LoadedScheme) => schemeOrReport(io, l));
      if (!schemes[0] || !schemes[1]) return 1;
      if (opts.data !== undefined) {
        const csv = await readInput(io, opts.data);
        const metrics = [...new Set([...schemes[0].metrics, ...schemes[1].metrics].map((m) => m.name))];
        const staff = readStaffTable(csv, opts.data, metrics, [schemes[0].pool, schemes[1].pool]);
        const o = scoreRows(schemes[0], staff);
        const n = scoreRows(schemes[1], staff);
        const changed = o.staff
          .map((s, i): RatingChange => ({ id: s.id, old: { score: s.score, rating: s.rating }, new: { score: n.staff[i]!.score, rating: n.staff[i]!.rating } }))
          .filter((c) => c.old.rating !== c.new.rating);
        report.scores = { ratings: { old: o.ratings, new: n.ratings }, changed };
      }
      if (opts.simulate) {
        const overrides = overridesOf(opts, schemes[1], "diff");
        const o = await runSimulation("diff", before.text, overrides, { workers: opts.workers, staff: schemes[0].simulations[0]?.staff ?? undefined });
        const n = await runSimulation("diff", after.text, overrides, { workers: opts.workers, staff: schemes[1].simulations[0]?.staff ?? undefined });
        report.simulation = { old: o.summary, new: n.summary };
      }
    }
    const exploits = opts.json ? [] : exploitLines(before.analysis.scheme, after.analysis.scheme);
    io.stdout(opts.json ? `${JSON.stringify(report, null, 2)}\n` : opts.markdown ? renderDiffMarkdown(report) + exploitMarkdown(exploits) : renderDiffText(report) + exploitText(exploits));
    return 0;
  },
};
