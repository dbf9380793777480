import type { Range } from "../syntax/ast.ts";
import type { DiagnosticCode } from "./codes.ts";

export type Severity = "error" | "warning" | "info";

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface QuickFix {
  title: string;
  edits: TextEdit[];
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  range: Range;
  /** The declaration the diagnostic is about, when there is one (diff and suppression use it). */
  declaration?: { kind: string; name: string };
  fixes?: QuickFix[];
  /** Set when a `// goodhart-ignore KPI2xx: reason` directive silenced it. */
  suppressed?: { reason: string };
}
