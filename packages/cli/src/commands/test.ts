import {
  parseExpectations,
  render,
  renderJUnit,
  renderTestText,
  runExpectations,
  t,
  type BrokenFile,
  type TestReport,
} from "@goodhart/dsl";
import { dirname, isAbsolute, join } from "node:path";
import { z } from "zod";
import { parseFlags, validate } from "../args.ts";
import type { Command } from "../command.ts";
import { renderText } from "../diagnostics.ts";
import { FileError, UsageError } from "../errors.ts";
import { readInput } from "../io.ts";
import { displayPath, printable, printableLines } from "../display.ts";
import { fileDiagnostics, loadScheme } from "../load.ts";

const flags = z.object({ json: z.boolean().optional(), junit: z.boolean().optional() });

export const testCommand: Command = {
  name: "test",
  summary: "check schemes against their expectation files (*.expect)",
  help: `Usage: goodhart test [FILE.expect…] [--json | --junit]

Runs expectation files: cases that pin what a scheme must do to one staff member (inputs,
then 'expect score 93.5 ± 0.5', 'expect rating good', 'expect gate falsified', 'expect no gate falsified', …).
Each file names its scheme on a 'scheme PATH' line, relative to the expectation file (or an
absolute path). Every
case is scored on its own, so ratings are before quotas. The format is described in
docs/review.md. Without FILE, every *.expect file under the current directory runs
(node_modules and dot directories are skipped).

Flags:
  --json     the reports as JSON: [{file, scheme, cases: [{name, passed, checks}], passed, failed}]
  --junit    JUnit XML, which CI systems show as test results; a file that cannot run (its
             expectations or scheme have errors, or the scheme is missing) is an error there

Examples:
  goodhart test
  goodhart test examples/*.expect
  goodhart test scheme.expect --junit > results.xml

Exit codes: 0 every case passes, 1 a case fails or a file has errors (expectation or scheme),
2 usage error or a file that cannot be read.
`,
  async run(args, io) {
    const parsed = parseFlags("test", args, { json: { type: "boolean" }, junit: { type: "boolean" } });
    const opts = validate("test", flags, parsed.values);
    if (opts.json && opts.junit) throw new UsageError({ key: "cli.usage.contradict", params: { a: "--json", b: "--junit" } }, "test");
    let files = parsed.positionals;
    if (files.length === 0) {
      files = io.listFiles ? (await io.listFiles(".")).filter((f) => f.endsWith(".expect")) : [];
      if (files.length === 0) throw new UsageError({ key: "cli.usage.noExpect" }, "test");
    }
    const reports: TestReport[] = [];
    const broken: BrokenFile[] = [];
    // A scheme that cannot be read is exit 2, as anywhere, but the report still counts it.
    let unreadable = false;
    /** `shown` goes to stderr (printable names); `message` to JUnit, which escapes it itself. */
    const fail = (file: string, shown: string, message: string) => {
      io.stderr(shown.endsWith("\n") ? shown : `${shown}\n`);
      broken.push({ file, message: message.trimEnd() });
    };
    for (const file of files) {
      const text = await readInput(io, file);
      const { expectations, errors } = parseExpectations(text, file);
      if (errors.length > 0) {
        // Said under the printable name, so a newline in it cannot start a line.
        fail(
          file,
          errors
            .map(
              (e) =>
                `${printable(t(io.lang ?? "en", "expect.at", { file: displayPath(file), line: String(e.line), column: String(e.column), problem: e.said }))}\n`,
            )
            .join(""),
          errors.map((e) => e.text).join("\n"),
        );
        continue;
      }
      const schemePath = isAbsolute(expectations.scheme!) ? expectations.scheme! : join(dirname(file), expectations.scheme!);
      let loaded;
      try {
        loaded = await loadScheme(io, schemePath);
      } catch (e) {
        if (!(e instanceof FileError)) throw e;
        fail(
          file,
          t(io.lang ?? "en", "cli.test.itsScheme", {
            file: displayPath(file),
            problem: printable(e.said.map((m) => render(io.lang ?? "en", m)).join("\n")),
          }),
          `${file}: its scheme: ${e.message}`,
        );
        unreadable = true;
        continue;
      }
      if (!loaded.analysis.scheme) {
        const errorLines = renderText(fileDiagnostics(loaded).filter((d) => d.diagnostic.severity === "error"));
        const shownLines = renderText(fileDiagnostics(loaded, io.lang).filter((d) => d.diagnostic.severity === "error"));
        fail(
          file,
          `${shownLines}${t(io.lang ?? "en", "cli.test.schemeErrors", { file: displayPath(file), scheme: displayPath(schemePath) })}`,
          `${errorLines}${file}: its scheme ${schemePath} has errors; fix them first`,
        );
        continue;
      }
      reports.push(runExpectations(loaded.analysis.scheme, expectations));
    }
    const shown = reports.map((r) => ({ ...r, file: displayPath(r.file), scheme: r.scheme === null ? null : displayPath(r.scheme) }));
    io.stdout(
      opts.json
        ? // The JSON keeps its English words; the messages behind them are for the text report.
          `${JSON.stringify(reports, (key: string, value: unknown) => (key === "said" ? undefined : value), 2)}\n`
        : opts.junit
          ? renderJUnit(reports, broken)
          : printableLines(renderTestText(shown, io.lang)),
    );
    if (unreadable) return 2;
    return broken.length > 0 || reports.some((r) => r.failed > 0) ? 1 : 0;
  },
};
