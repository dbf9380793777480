/**
 * The whole front end in one call: parse, check, lint, apply suppressions. What the CLI,
 * the playground's worker and the language server call on every change.
 */
import type { SchemeFile } from "../syntax/ast.ts";
import { parse } from "../syntax/parser.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { check } from "./check.ts";
import type { Scheme } from "./model.ts";
import type { SymbolTable } from "./symbols.ts";
import { runLints } from "./lints/index.ts";
import { applySuppressions } from "./suppressions.ts";

export interface Analysis {
  file: SchemeFile;
  /** Every diagnostic, sorted by position; suppressed ones carry `suppressed`. */
  diagnostics: Diagnostic[];
  /** The resolved scheme, or null when the file has errors. */
  scheme: Scheme | null;
  symbols: SymbolTable;
}

export function analyze(text: string): Analysis {
  const parsed = parse(text);
  const diagnostics: Diagnostic[] = parsed.errors.map((e) => ({
    code: "KPI001",
    severity: "error",
    message: e.message,
    ...(e.text ? { text: e.text } : {}),
    range: e.range,
  }));
  const checked = check(parsed.file);
  diagnostics.push(...checked.diagnostics);
  // A scheme with syntax errors is not scored: half a file would score wrongly.
  const scheme = parsed.errors.length === 0 ? checked.scheme : null;
  if (scheme) diagnostics.push(...runLints(scheme, parsed.file));
  applySuppressions(diagnostics, parsed.file);
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset || a.code.localeCompare(b.code));
  return { file: parsed.file, diagnostics, scheme, symbols: checked.symbols };
}
