import { z } from "zod";
import { parseFlags, said, validate } from "../args.ts";
import type { Command } from "../command.ts";
import { renderGithub, renderJson, renderSarif, renderText, summaryLine, type FileDiagnostic } from "../diagnostics.ts";
import { render as renderMessage } from "@goodhart/dsl";
import { printable } from "../display.ts";
import { FileError, InputError, UsageError } from "../errors.ts";
import { fileDiagnostics, loadScheme } from "../load.ts";

const flags = z.object({
  json: z.boolean().optional(),
  format: z
    .string()
    .transform((f) => f.toLowerCase())
    .pipe(z.enum(["text", "json", "sarif", "github"], { message: said("cli.flag.format") }))
    .optional(),
  "fail-on": z.enum(["error", "warning", "info"], { message: said("cli.flag.failOn") }).optional(),
});

/** Severities from worst; `--fail-on S` fails on S and everything worse. */
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

export const check: Command = {
  name: "check",
  summary: "report errors and gaming risks in rule files",
  help: `Usage: goodhart check FILE… [--json | --format text|json|sarif|github] [--fail-on warning|info]

Checks each rule file: syntax, names, required properties, and the gaming-risk lints
(KPI2xx). Prints one line per diagnostic:

  file:line:col: severity CODE message

Diagnostics silenced with '// goodhart-ignore KPI2xx: reason' are not printed as text; JSON
and SARIF keep them, marked as suppressed with the reason. A one-line summary goes to stderr,
so stdout carries only the diagnostics.

Flags:
  --json                 same as --format json: [{file, line, column, endLine, endColumn,
                         severity, code, message}] (1-based; the end is exclusive)
  --format FORMAT        text (default), json, sarif (SARIF 2.1.0, for code scanning) or
                         github (workflow commands that annotate a pull request)
  --fail-on SEVERITY     also exit 1 when a diagnostic of this severity or worse is left
                         unsuppressed: warning (warnings and errors) or info (anything);
                         error is the default

A FILE of '-' reads standard input.

Examples:
  goodhart check examples/*.kpi
  goodhart check scheme.kpi --json | jq '.[] | select(.severity == "error")'
  goodhart check scheme.kpi --format sarif > goodhart.sarif
  goodhart check scheme.kpi --format github        # in a GitHub Actions step

Exit codes: 0 no errors (warnings allowed, unless --fail-on says otherwise), 1 some file has
an error (or an unsuppressed diagnostic at the --fail-on severity), 2 usage error or a file
that cannot be read.
`,
  async run(args, io) {
    const parsed = parseFlags("check", args, { json: { type: "boolean" }, format: { type: "string" }, "fail-on": { type: "string" } });
    const opts = validate("check", flags, parsed.values);
    if (opts.json && opts.format && opts.format !== "json")
      throw new UsageError({ key: "cli.usage.jsonFormat", params: { format: opts.format } }, "check");
    const format = opts.json ? "json" : (opts.format ?? "text");
    if (parsed.positionals.length === 0) throw new UsageError({ key: "cli.usage.noFile", params: { command: "check" } }, "check");
    const all: FileDiagnostic[] = [];
    // A file that cannot be read (or is not UTF-8 text) does not hide what the others say:
    // their diagnostics print, then the unreadable one is named and the exit is 2 (1 when
    // every such file was read but is not text).
    let unread: FileError | InputError | null = null;
    let read = 0;
    for (const file of parsed.positionals) {
      try {
        all.push(...fileDiagnostics(await loadScheme(io, file), io.lang));
        read += 1;
      } catch (e) {
        if (!(e instanceof FileError || e instanceof InputError)) throw e;
        // The one kept is thrown at the end and sets the exit: a file not read (2) outranks one not text (1).
        const keepOld = unread instanceof FileError && e instanceof InputError;
        const shown: FileError | InputError | null = keepOld ? e : unread;
        if (shown) io.stderr(`goodhart: ${printable(shown.said.map((m) => renderMessage(io.lang ?? "en", m)).join(" "))}\n`);
        if (!keepOld) unread = e;
      }
    }
    const render = { text: renderText, json: renderJson, sarif: renderSarif, github: renderGithub }[format];
    io.stdout(render(all));
    if (format === "text" && all.length > 0) io.stderr(summaryLine(all, read, io.lang));
    if (unread) throw unread;
    const threshold = SEVERITY_RANK[opts["fail-on"] ?? "error"];
    return all.some((d) => SEVERITY_RANK[d.diagnostic.severity] <= threshold && !d.diagnostic.suppressed) ? 1 : 0;
  },
};
