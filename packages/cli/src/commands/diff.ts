/**
 * `goodhart diff OLD NEW`: the dsl's semantic diff, rendered. All comparison, impact and
 * wording live in @goodhart/dsl (diffSchemes, diffImpact, the renderers); this command reads
 * the files, the staff table and the simulator, and decides the exit code.
 */
import {
  diffImpact,
  diffSchemes,
  renderDiffMarkdown,
  renderDiffText,
  t,
  type DiffImpact,
  type Scheme,
  type SchemeDiff,
} from "@goodhart/dsl";
import { bandWithName, displayPath, printableDeep, printableLines } from "../display.ts";
import { z } from "zod";
import { parseFlags, said, validate } from "../args.ts";
import type { Command } from "../command.ts";
import { parseCsv, readStaffTable } from "../csv.ts";
import { renderText } from "../diagnostics.ts";
import { diffPopulation } from "../diff-population.ts";
import { compareRuns, simulationSectionMarkdown, simulationSectionText, type DiffReport } from "../diff-simulation.ts";
import { simulateBoth } from "../engines.ts";
import { UsageError } from "../errors.ts";
import { exploitChanges, exploitLines } from "../exploit-lines.ts";
import { readInput, type Io } from "../io.ts";
import { fileDiagnostics, loadScheme, type LoadedScheme } from "../load.ts";
import { overridesOf, progressBar, SIMULATION_FLAG_OPTIONS, SIMULATION_FLAGS_HELP, simulationFlags } from "../simulation-flags.ts";

const flags = simulationFlags.extend({
  json: z.boolean().optional(),
  markdown: z.boolean().optional(),
  simulate: z.boolean().optional(),
  data: z.string().min(1, said("cli.flag.needsFile")).optional(),
  "fail-on-new": z.boolean().optional(),
  ids: z.boolean().optional(),
  name: z.string().min(1, said("cli.flag.needsName")).optional(),
});

export type { DiffReport } from "../diff-simulation.ts";

/** `/dev/null` is what git passes for the missing side of an added or deleted file. */
const NO_FILE = "/dev/null";

export const diff: Command = {
  name: "diff",
  summary: "semantic diff of two schemes, as facts a reviewer reads",
  help: `Usage: goodhart diff OLD NEW [--json | --markdown] [--simulate] [--data CSV] [--fail-on-new]

Pairs declarations by name (and a renamed one by its body, even with one edit) and reports each
change as a fact: 'indicator on_time: target 95% → 100%', 'effective weight of rework 15% →
7.5%', added and removed declarations with their whole body and share of the score, splits,
and the warnings that appear, change, are accepted (goodhart-ignore) or go. Formatting and
comments are not changes.

OLD and NEW are files, or git revisions written REV:PATH (HEAD~1:scheme.kpi, main:a.kpi),
read with 'git show' when no file of that name exists. /dev/null stands for no file (an added
or deleted scheme).

Flags:
  --json         {changes, effectiveWeights, diagnostics: {added, removed, changed, accepted},
                 impact?, simulation?: {settings, old, new}, exploits?: {opened, closed,
                 perverseAdded, perverseRemoved}}; with --replicates also
                 {replicates, seeds, intervals: {old, new}, difference: {FIGURE: {mean, low,
                 high, changed}}}
  --markdown     a pull-request comment: consequences first, one line per warning
  --simulate     run both schemes on ONE population (the flags below, else the old scheme's
                 'simulation' block) and compare the summaries, ratings split and gaming by kind;
                 with --replicates N both run on the same N seeds, each figure shows its 95%
                 interval, and one is marked changed only when the interval of its per-seed
                 difference excludes 0
  --data CSV     score both schemes on this staff table: who moves band, the mean score, quota
                 and gate effects, per unit; a new metric's missing column is read as missing
  --ids          list staff ids under each move (text and Markdown; --json always has them)
  --fail-on-new  exit 1 when the change adds a warning or an error (for CI)
  --name NAME    the file name to show in the heading (the git driver passes the repository path)

${SIMULATION_FLAGS_HELP}

Examples:
  goodhart diff old.kpi new.kpi
  goodhart diff HEAD~1:examples/same-day-100.kpi examples/same-day-100.kpi --markdown
  goodhart diff main:scheme.kpi scheme.kpi --simulate --data staff.csv --fail-on-new

Exit codes: 0 whether or not anything changed; 1 the new scheme has errors (they are printed),
or --fail-on-new and the change adds a warning or error; 2 usage error or a file that cannot
be read.
`,
  async run(args, io) {
    const parsed = parseFlags("diff", args, {
      ...SIMULATION_FLAG_OPTIONS,
      json: { type: "boolean" },
      markdown: { type: "boolean" },
      simulate: { type: "boolean" },
      data: { type: "string" },
      "fail-on-new": { type: "boolean" },
      ids: { type: "boolean" },
      name: { type: "string" },
    });
    const opts = validate("diff", flags, parsed.values);
    const lang = io.lang ?? "en";
    if (opts.replicates !== undefined && !opts.simulate) throw new UsageError({ key: "diff.usage.replicates" }, "diff");
    if (opts.json && opts.markdown) throw new UsageError({ key: "diff.usage.jsonMarkdown" }, "diff");
    if (parsed.positionals.length !== 2)
      throw new UsageError({ key: "diff.usage.two", params: { count: parsed.positionals.length } }, "diff");
    for (const p of parsed.positionals) {
      // After `--` a flag-like argument is a positional; taken as a file or revision it could
      // reach git as an option, so it is refused.
      if (p.startsWith("-") && p !== "-") throw new UsageError({ key: "diff.usage.flagLike", params: { name: p } }, "diff");
    }
    const [oldPath, newPath] = parsed.positionals as [string, string];
    const before = await load(io, oldPath);
    const after = await load(io, newPath);

    // A new version that does not check stops the diff: its errors are the review.
    if (after && !after.analysis.scheme) {
      io.stderr(renderText(fileDiagnostics(after, io.lang).filter((d) => d.diagnostic.severity === "error")));
      io.stderr(`${t(lang, "diff.cli.newHasErrors", { file: displayPath(after.file) })}\n`);
      return 1;
    }
    const report: DiffReport = diffSchemes(before?.text ?? "", after?.text ?? "", {
      oldAnalysis: before?.analysis,
      newAnalysis: after?.analysis,
      absent: { old: before === null, new: after === null },
    });

    const oldScheme = before?.analysis.scheme ?? null;
    const newScheme = after?.analysis.scheme ?? null;
    if (opts.simulate || opts.data !== undefined) {
      if (!oldScheme || !newScheme) {
        const why = !before || !after ? "noFile" : "errors";
        const flag = opts.data !== undefined ? "--data" : "--simulate";
        io.stderr(`${t(lang, "diff.cli.nothingToCompare", { why, file: displayPath(before?.file ?? ""), flag })}\n`);
      } else {
        if (opts.data !== undefined) report.impact = await impactOn(io, opts.data, oldScheme, newScheme, report);
        if (opts.simulate) {
          const population = diffPopulation(oldScheme, opts, lang);
          // The model constants given as flags apply to both runs alike; the population (sanction included) is the old scheme's.
          const settings = { ...overridesOf(opts, oldScheme, "diff", lang), ...population };
          const replicates = opts.replicates ?? 1;
          const bar = progressBar(io, population.staff * population.periods * 2 * replicates);
          try {
            const runs = await simulateBoth("diff", before!.text, after!.text, settings, {
              workers: opts.workers,
              replicates,
              signal: io.signal,
              onProgress: (f) => bar.update(f),
            });
            report.simulation = compareRuns(oldScheme, newScheme, population, runs.old, runs.new, runs.seeds);
          } finally {
            bar.done();
          }
        }
      }
    }

    // What the change opens or closes in the exploit finder: a consequence, read with the others.
    const exploits = opts.json ? [] : exploitLines(oldScheme, newScheme, lang);
    const sim = report.simulation;
    const sections = sim ? [opts.markdown ? simulationSectionMarkdown(sim, lang) : simulationSectionText(sim, lang)] : [];
    const shown = <T>(x: T): T => (opts.markdown ? x : printableDeep(x));
    const render = {
      impact: shown(report.impact),
      sections,
      exploits,
      ids: opts.ids ?? false,
      // Plain text shows outside names escaped (a newline could start a CI command line); Markdown escapes its own.
      file: shown(opts.name ?? (after ?? before)?.file),
      // The title is quoted by the renderer, then made printable with the rest of the text:
      // escaping a tab first would leave a backslash for the quoting to double.
      title: newScheme?.title ?? oldScheme?.title ?? null,
      lang,
      // In another language a band is named by the reader's words, the new scheme's first, then
      // the old one's; English keeps the names the schemes use.
      ...(lang === "en" ? {} : { band: bandWithName({ ratings: [...(newScheme?.ratings ?? []), ...(oldScheme?.ratings ?? [])] }, lang) }),
    };
    io.stdout(
      opts.json
        ? `${JSON.stringify({ ...report, ...exploitChanges(oldScheme, newScheme) }, null, 2)}\n`
        : opts.markdown
          ? renderDiffMarkdown(report, render)
          : printableLines(renderDiffText(report, render)),
    );
    const adds = report.diagnostics.added.some((d) => d.severity === "error" || d.severity === "warning");
    return opts["fail-on-new"] && adds ? 1 : 0;
  },
};

async function load(io: Io, path: string): Promise<LoadedScheme | null> {
  return path === NO_FILE ? null : loadScheme(io, path);
}

/**
 * Scores both schemes on the staff table. A metric only one scheme has (a new metric, most
 * often) may lack a column: it is read as missing, with a note, rather than refusing the diff.
 */
async function impactOn(io: Io, file: string, oldScheme: Scheme, newScheme: Scheme, diff: SchemeDiff): Promise<DiffImpact> {
  const csv = await readInput(io, file);
  const header = new Set(parseCsv(csv).header);
  const oldMetrics = new Set(oldScheme.metrics.map((m) => m.name));
  const newMetrics = new Set(newScheme.metrics.map((m) => m.name));
  const all = [...new Set([...oldMetrics, ...newMetrics])];
  const absent = all.filter((m) => !header.has(m) && !(oldMetrics.has(m) && newMetrics.has(m)));
  const staff = readStaffTable(
    csv,
    file,
    all.filter((m) => !absent.includes(m)),
    [oldScheme.pool, newScheme.pool],
  );
  return diffImpact(oldScheme, newScheme, staff, {
    diff,
    table: file,
    missingColumns: absent.map((metric) => ({ metric, side: newMetrics.has(metric) ? "new" : "old" })),
  });
}
