import type { Range } from "../syntax/ast.ts";
import type { DiagnosticCode, Severity } from "./codes.ts";
import { render, type Lang, type Message } from "../i18n/translate.ts";

export type { Severity };

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface QuickFix {
  /** In English; `text`, when present, renders it in any language of the catalogues. */
  title: string;
  text?: Message;
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
  if (lang === "en") return d;
  const out = d.text ? { ...d, message: render(lang, d.text) } : { ...d };
  if (d.fixes) out.fixes = d.fixes.map((f) => (f.text ? { ...f, title: render(lang, f.text) } : f));
  return out;
}

/** A quick fix whose title comes from the catalogue. */
export function fixTitled(text: Message, edits: TextEdit[]): QuickFix {
  return { title: render("en", text), text, edits };
}

/** A message from the catalogue, in English for `message` and kept as `text` for other languages. */
export function catalogueMessage(text: Message): { message: string; text: Message } {
  return { message: render("en", text), text };
}
