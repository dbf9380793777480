import type { Range } from "../syntax/ast.ts";
import type { DiagnosticCode } from "./codes.ts";
import { render, type Lang, type Message } from "../i18n/translate.ts";

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
  /** In English; `text`, when present, renders it in any language of the catalogues. */
  message: string;
  text?: Message;
  range: Range;
  /** The declaration the diagnostic is about, when there is one (diff and suppression use it). */
  declaration?: { kind: string; name: string };
  fixes?: QuickFix[];
  /** Set when a `// goodhart-ignore KPI2xx: reason` directive silenced it. */
  suppressed?: { reason: string };
}

/** The diagnostic with its message in `lang` (unchanged when it carries no catalogue text). */
export function localizeDiagnostic(d: Diagnostic, lang: Lang): Diagnostic {
  return d.text && lang !== "en" ? { ...d, message: render(lang, d.text) } : d;
}

/** A message from the catalogue, in English for `message` and kept as `text` for other languages. */
export function catalogueMessage(text: Message): { message: string; text: Message } {
  return { message: render("en", text), text };
}
