import { format, t } from "@goodhart/dsl";
import { z } from "zod";
import { parseFlags, validate } from "../args.ts";
import type { Command } from "../command.ts";
import { renderText } from "../diagnostics.ts";
import { UsageError } from "../errors.ts";
import { readInput, writeOutput } from "../io.ts";
import { displayPath } from "../display.ts";
import { fileDiagnostics, loadScheme } from "../load.ts";

const flags = z.object({ write: z.boolean().optional(), check: z.boolean().optional() });

export const fmt: Command = {
  name: "fmt",
  summary: "print rule files in the canonical layout",
  help: `Usage: goodhart fmt FILE… [--write | --check]

Formats rule files: one declaration shape, two-space indent, one property per line, one blank
line between declarations. Comments stay where they were and the meaning never changes;
formatting a formatted file changes nothing. A file with syntax errors is never formatted:
its errors are printed on stderr and the file is left alone.

Flags:
  --write     rewrite the files in place (only those that change)
  --check     print nothing on stdout; list the files that are not formatted on stderr
              and exit 1 if there is any (for CI)

Examples:
  goodhart fmt scheme.kpi                 # formatted text on stdout
  goodhart fmt --write examples/*.kpi
  goodhart fmt --check examples/*.kpi     # in CI
  cat scheme.kpi | goodhart fmt -         # '-' reads standard input (check takes it too)

Exit codes: 0 done (or, with --check, everything formatted), 1 a file has syntax errors or
(--check) is not formatted, 2 usage error or a file that cannot be read.
`,
  async run(args, io) {
    const parsed = parseFlags("fmt", args, { write: { type: "boolean" }, check: { type: "boolean" } });
    const opts = validate("fmt", flags, parsed.values);
    if (opts.write && parsed.positionals.includes("-")) throw new UsageError({ key: "cli.usage.fmtStdin" }, "fmt");
    if (opts.write && opts.check) throw new UsageError({ key: "cli.usage.contradict", params: { a: "--write", b: "--check" } }, "fmt");
    if (parsed.positionals.length === 0) throw new UsageError({ key: "cli.usage.noFile", params: { command: "fmt" } }, "fmt");
    let failed = false;
    const unformatted: string[] = [];
    for (const file of parsed.positionals) {
      const text = await readInput(io, file);
      const formatted = format(text);
      if (formatted === null) {
        const loaded = await loadScheme({ ...io, readFile: async () => text }, file);
        io.stderr(renderText(fileDiagnostics(loaded, io.lang).filter((d) => d.diagnostic.code === "KPI001")));
        io.stderr(`${t(io.lang ?? "en", "cli.fmt.syntaxErrors", { file: displayPath(file) })}\n`);
        failed = true;
        continue;
      }
      if (opts.check) {
        if (formatted !== text) unformatted.push(file);
      } else if (opts.write) {
        if (formatted !== text) await writeOutput(io, file, formatted);
      } else {
        io.stdout(formatted);
      }
    }
    if (unformatted.length > 0) {
      const lang = io.lang ?? "en";
      io.stderr(unformatted.map((f) => `${t(lang, "cli.fmt.notFormatted", { file: displayPath(f) })}\n`).join(""));
      io.stderr(`${t(lang, "cli.fmt.runWrite", { files: unformatted.map(displayPath).join(" ") })}\n`);
    }
    return failed || unformatted.length > 0 ? 1 : 0;
  },
};
