import {
  edges,
  explain,
  nameText,
  poolKey,
  poolLabel,
  poolReport,
  poolValues,
  renderEdges,
  renderExplanation,
  renderPoolReport,
  scoreRows,
  type Scheme,
  type ScoreReport,
} from "@goodhart/dsl";
import { z } from "zod";
import { parseFlags, said, validate } from "../args.ts";
import type { Command } from "../command.ts";
import { numberCell, readStaffTable, writeCsv } from "../csv.ts";
import { InputError, UsageError } from "../errors.ts";
import { readInput } from "../io.ts";
import { bandWithName, bandWords, displayPath, printableDeep, printableLines } from "../display.ts";
import { loadScheme, schemeOrReport } from "../load.ts";

const flags = z.object({
  data: z.string({ message: said("cli.flag.data") }).min(1, said("cli.flag.needsFile")),
  json: z.boolean().optional(),
  csv: z.boolean().optional(),
  explain: z.string().optional(),
  edges: z.boolean().optional(),
  pools: z.boolean().optional(),
});

/** One row per staff member, columns a spreadsheet can sort and chart. */
function reportToCsv(scheme: Scheme, report: ScoreReport): string {
  const groups = scheme.groups.map((g) => g.name);
  const indicators = scheme.indicators.map((i) => i.name);
  const declared = scheme.pool.declared;
  const header = [
    "id",
    "unit",
    ...(declared ? ["pool"] : []),
    "score",
    "rating",
    "ratingBeforeQuota",
    "gates",
    ...groups.map((g) => `group:${g}`),
    ...indicators.flatMap((i) => [`${i}.value`, `${i}.points`]),
  ];
  const rows = report.staff.map((s) => [
    s.id,
    s.unit ?? "",
    ...(declared ? [poolLabel(scheme, s.pool ?? {})] : []),
    numberCell(s.score),
    s.rating,
    s.ratingBeforeQuota,
    s.gates.join(";"),
    ...groups.map((g) => numberCell(s.groups[g] ?? null)),
    ...indicators.flatMap((i) => [numberCell(s.indicators[i]?.value ?? null), numberCell(s.indicators[i]?.points ?? null)]),
  ]);
  return writeCsv(header, rows);
}

export const score: Command = {
  name: "score",
  summary: "score every staff member in a CSV by the scheme",
  help: `Usage: goodhart score FILE --data STAFF.csv [--json | --csv] [--explain ID] [--edges] [--pools]

Scores each row of the staff table by the scheme, then applies rating quotas per pool: the
rows sharing the values of the scheme's 'pool' columns (pool unit, role), by default the rows
sharing a 'unit' value, or the whole file when there is no 'unit' column.

The CSV has a header row:
  id          required, unique per row
  unit        optional: the quota pool (team, office, district)
  <pool>      each column the scheme's 'pool' names (required when declared)
  <metric>    one column per metric of the scheme, named as the metric
Other columns are ignored. A cell is a plain decimal (12, -3.5, 0.98, 1e-3) or a percent
(98% is 0.98); an empty cell is a missing value. Thousands separators and decimal commas are
refused. Any bad cell, missing column or repeated id stops the run with a message naming the
row (its line in the file; the header is row 1) and the column: nothing is scored partially.

Flags:
  --data FILE   the staff table (required)
  --json        (default) {scheme, staff: [{id, unit, score, rating, ratingBeforeQuota,
                gates, groups, indicators: {name: {value, points}}}], ratings: {band: count}};
                numbers unrounded, null when undefined
  --csv         one row per staff member: id, unit, score, rating, ratingBeforeQuota,
                gates (joined with ';'), group:<name>…, <indicator>.value, <indicator>.points…
                Cells a spreadsheet could run as a formula get a leading '
  --explain ID  explain how staff member ID got their score and rating, step by step: each
                indicator's value, points and share, the gates, and what would lift the
                rating to the next band (with --json: the explanation as JSON)
  --edges       bunching at thresholds: for every band minimum, step and target, how many
                staff sit just above and just below it (a ratio well above 1 suggests
                results nudged over the line; with --json: the report as JSON)
  --pools       the quota pools: each pool's size, each quota band's allowance, who moved
                down and why; flags a band nobody in a pool can reach because the quota
                rounds down to 0, and equal scores rated differently only because of the
                pool (with --json: {scheme, columns, pools, flags})

Examples:
  goodhart score examples/one-stop-shop-clerk.kpi --data examples/one-stop-shop-clerk.staff.csv
  goodhart score scheme.kpi --data staff.csv --csv > scored.csv
  goodhart score scheme.kpi --data staff.csv | jq '.ratings'
  goodhart score scheme.kpi --data staff.csv --explain cc004
  goodhart score scheme.kpi --data staff.csv --edges
  goodhart score scheme.kpi --data staff.csv --pools

Exit codes: 0 scored, 1 the scheme or the table has errors (printed on stderr), 2 usage error
or a file that cannot be read.
`,
  async run(args, io) {
    const parsed = parseFlags("score", args, {
      data: { type: "string" },
      json: { type: "boolean" },
      csv: { type: "boolean" },
      explain: { type: "string" },
      edges: { type: "boolean" },
      pools: { type: "boolean" },
    });
    const opts = validate("score", flags, parsed.values);
    if (opts.json && opts.csv) throw new UsageError({ key: "cli.usage.contradict", params: { a: "--json", b: "--csv" } }, "score");
    if (parsed.positionals.length !== 1)
      throw new UsageError(
        parsed.positionals.length === 0
          ? { key: "cli.usage.noScheme", params: { command: "score", rest: " --data CSV" } }
          : { key: "cli.usage.oneScheme", params: { count: String(parsed.positionals.length) } },
        "score",
      );
    const loaded = await loadScheme(io, parsed.positionals[0]!);
    const csvText = await readInput(io, opts.data);
    const scheme = schemeOrReport(io, loaded);
    if (!scheme) return 1;
    const staff = readStaffTable(
      csvText,
      opts.data,
      scheme.metrics.map((m) => m.name),
      [scheme.pool],
    );
    const report = scoreRows(scheme, staff);
    if (opts.explain !== undefined) {
      if (opts.csv || opts.edges) throw new UsageError({ key: "cli.usage.explainAlone" }, "score");
      // Composed or decomposed, the id typed on the command line finds the row (ids stay as typed).
      const wanted = nameText(opts.explain);
      const i = staff.findIndex((s) => nameText(s.id) === wanted);
      if (i < 0)
        throw new InputError({ key: "cli.score.noId", params: { file: displayPath(opts.data), id: JSON.stringify(opts.explain) } });
      const pool = poolValues(scheme, staff[i]!);
      const key = poolKey(scheme, pool);
      const poolSize = staff.filter((s) => poolKey(scheme, poolValues(scheme, s)) === key).length;
      const e = explain(
        scheme,
        staff[i]!.row,
        { ratingAfterQuota: report.staff[i]!.rating, pool, poolLabel: poolLabel(scheme, pool), poolSize },
        io.lang,
      );
      io.stdout(
        opts.json
          ? `${JSON.stringify(e, null, 2)}\n`
          : printableLines(`${renderExplanation(printableDeep(e), io.lang, bandWithName(scheme, io.lang ?? "en"))}\n`),
      );
      return 0;
    }
    if (opts.pools) {
      if (opts.csv || opts.edges) throw new UsageError({ key: "cli.usage.poolsAlone" }, "score");
      const p = poolReport(scheme, staff, report);
      io.stdout(
        opts.json
          ? `${JSON.stringify(p, null, 2)}\n`
          : printableLines(renderPoolReport(printableDeep(p), io.lang, bandWords(scheme, io.lang ?? "en"))),
      );
      return 0;
    }
    if (opts.edges) {
      if (opts.csv) throw new UsageError({ key: "cli.usage.edgesAlone" }, "score");
      const e = edges(
        scheme,
        staff.map((s) => s.row),
      );
      io.stdout(
        opts.json
          ? `${JSON.stringify(e, null, 2)}\n`
          : printableLines(`${renderEdges(printableDeep(e), io.lang, bandWords(scheme, io.lang ?? "en"))}\n`),
      );
      return 0;
    }
    io.stdout(opts.csv ? reportToCsv(scheme, report) : `${JSON.stringify(report, null, 2)}\n`);
    return 0;
  },
};
