/**
 * Diagnostics as the CLI prints them: plain text lines, JSON, SARIF 2.1.0 for code-scanning
 * tools, and GitHub Actions workflow commands. Lines and columns are 1-based; the end
 * position is exclusive (the character after the range), as in SARIF.
 */
import { CODES, t, type Diagnostic, type Lang } from "@goodhart/dsl";
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { displayPath, printable } from "./display.ts";

export interface FileDiagnostic {
  file: string;
  diagnostic: Diagnostic;
}

export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
  suppressed?: true;
  reason?: string;
}

function toJson({ file, diagnostic: d }: FileDiagnostic): JsonDiagnostic {
  const out: JsonDiagnostic = {
    file,
    line: d.range.start.line,
    column: d.range.start.column,
    endLine: d.range.end.line,
    endColumn: d.range.end.column,
    severity: d.severity,
    code: d.code,
    message: d.message,
  };
  if (d.suppressed) {
    out.suppressed = true;
    out.reason = d.suppressed.reason;
  }
  return out;
}

/** `file:line:col: severity CODE message` — the shape editors and `grep` understand. */
function textLine({ file, diagnostic: d }: FileDiagnostic): string {
  return `${displayPath(file)}:${d.range.start.line}:${d.range.start.column}: ${d.severity} ${d.code} ${printable(d.message.replace(/\r?\n/g, " "))}`;
}

/** Suppressed diagnostics are the author's documented decision: not shown as text. */
export function renderText(list: FileDiagnostic[]): string {
  return list
    .filter((x) => !x.diagnostic.suppressed)
    .map((x) => `${textLine(x)}\n`)
    .join("");
}

export function renderJson(list: FileDiagnostic[]): string {
  return `${JSON.stringify(list.map(toJson), null, 2)}\n`;
}

const SARIF_LEVEL = { error: "error", warning: "warning", info: "note" } as const;

/**
 * A relative path stays a relative URI (code scanning maps it to the repository's files); an
 * absolute one becomes a file: URI.
 */
export function uri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file
    .replace(/\\/g, "/")
    .split("/")
    .map((s) => encodeURIComponent(s))
    .join("/");
}

export function renderSarif(list: FileDiagnostic[]): string {
  const codes = Object.values(CODES);
  const ruleIndex = new Map<string, number>(codes.map((c, i) => [c.code, i]));
  const sarif = {
    // An identifier SARIF readers match on; nothing here or in them fetches it.
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "goodhart",
            version: "0.1.0",
            rules: codes.map((c) => ({
              id: c.code,
              name: c.title.replace(/(?:^|[\s-]+)(\w)/g, (_, ch: string) => ch.toUpperCase()),
              shortDescription: { text: c.title },
              fullDescription: { text: c.summary },
              defaultConfiguration: { level: SARIF_LEVEL[c.severity] },
            })),
          },
        },
        columnKind: "utf16CodeUnits",
        results: list.map(({ file, diagnostic: d }) => ({
          ruleId: d.code,
          ruleIndex: ruleIndex.get(d.code) ?? -1,
          level: SARIF_LEVEL[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(file) },
                region: {
                  startLine: d.range.start.line,
                  startColumn: d.range.start.column,
                  endLine: d.range.end.line,
                  endColumn: d.range.end.column,
                },
              },
            },
          ],
          ...(d.suppressed ? { suppressions: [{ kind: "inSource", justification: d.suppressed.reason }] } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** Workflow-command data: %, CR and LF would end or corrupt the command; other controls are shown escaped. */
export function escapeData(s: string): string {
  return printable(s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}

/** Property values additionally must not contain the `:` and `,` that separate properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const GITHUB_COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

export function renderGithub(list: FileDiagnostic[]): string {
  return list
    .filter((x) => !x.diagnostic.suppressed)
    .map(({ file, diagnostic: d }) => {
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${d.range.start.line}`,
        `col=${d.range.start.column}`,
        `endLine=${d.range.end.line}`,
        `endColumn=${d.range.end.column}`,
        `title=${escapeProperty(d.code)}`,
      ].join(",");
      return `::${GITHUB_COMMAND[d.severity]} ${props}::${escapeData(d.message)}\n`;
    })
    .join("");
}

/** The quiet one-line summary `check` prints on stderr. */
export function summaryLine(list: FileDiagnostic[], files: number, lang: Lang = "en"): string {
  const shown = list.filter((x) => !x.diagnostic.suppressed);
  const count = (s: string) => shown.filter((x) => x.diagnostic.severity === s).length;
  const suppressed = list.length - shown.length;
  return `${t(lang, "check.summary", { errors: count("error"), warnings: count("warning"), infos: count("info"), suppressed, files })}\n`;
}
