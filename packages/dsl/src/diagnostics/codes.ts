/**
 * The one table of diagnostic codes: the checker, the lint catalog (docs/lints) and the tests
 * all read it. Adding a code means adding a row here, its title and summary in every message
 * catalogue (i18n/), and a page in docs/lints/. The words here are the English catalogue's;
 * `codeTitle` and `codeSummary` give them in another language.
 */
import { en } from "../i18n/en.ts";
import { t, type Lang } from "../i18n/translate.ts";

/** How serious a diagnostic is; each code has one (diagnostic.ts re-exports it). */
export type Severity = "error" | "warning" | "info";

export interface CodeInfo {
  code: string;
  severity: Severity;
  title: string;
  /** One line on what the code means, for catalogs and hovers. */
  summary: string;
}

export const CODES = {
  KPI001: { code: "KPI001", severity: "error", title: en["code.KPI001.title"], summary: en["code.KPI001.summary"] },
  KPI002: { code: "KPI002", severity: "error", title: en["code.KPI002.title"], summary: en["code.KPI002.summary"] },
  KPI003: { code: "KPI003", severity: "error", title: en["code.KPI003.title"], summary: en["code.KPI003.summary"] },
  KPI004: { code: "KPI004", severity: "error", title: en["code.KPI004.title"], summary: en["code.KPI004.summary"] },
  KPI005: { code: "KPI005", severity: "error", title: en["code.KPI005.title"], summary: en["code.KPI005.summary"] },
  KPI006: { code: "KPI006", severity: "error", title: en["code.KPI006.title"], summary: en["code.KPI006.summary"] },
  KPI007: { code: "KPI007", severity: "error", title: en["code.KPI007.title"], summary: en["code.KPI007.summary"] },
  KPI008: { code: "KPI008", severity: "error", title: en["code.KPI008.title"], summary: en["code.KPI008.summary"] },
  KPI101: { code: "KPI101", severity: "warning", title: en["code.KPI101.title"], summary: en["code.KPI101.summary"] },
  KPI102: { code: "KPI102", severity: "warning", title: en["code.KPI102.title"], summary: en["code.KPI102.summary"] },
  KPI103: { code: "KPI103", severity: "warning", title: en["code.KPI103.title"], summary: en["code.KPI103.summary"] },
  KPI201: { code: "KPI201", severity: "warning", title: en["code.KPI201.title"], summary: en["code.KPI201.summary"] },
  KPI202: { code: "KPI202", severity: "warning", title: en["code.KPI202.title"], summary: en["code.KPI202.summary"] },
  KPI203: { code: "KPI203", severity: "warning", title: en["code.KPI203.title"], summary: en["code.KPI203.summary"] },
  KPI204: { code: "KPI204", severity: "warning", title: en["code.KPI204.title"], summary: en["code.KPI204.summary"] },
  KPI205: { code: "KPI205", severity: "warning", title: en["code.KPI205.title"], summary: en["code.KPI205.summary"] },
  KPI206: { code: "KPI206", severity: "warning", title: en["code.KPI206.title"], summary: en["code.KPI206.summary"] },
  KPI207: { code: "KPI207", severity: "info", title: en["code.KPI207.title"], summary: en["code.KPI207.summary"] },
  KPI208: { code: "KPI208", severity: "warning", title: en["code.KPI208.title"], summary: en["code.KPI208.summary"] },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;

/** A code's title in `lang` ("excessive target", "mục tiêu quá mức"). */
export function codeTitle(code: DiagnosticCode, lang: Lang): string {
  return t(lang, `code.${code}.title`);
}

/** A code's one-line summary in `lang`. */
export function codeSummary(code: DiagnosticCode, lang: Lang): string {
  return t(lang, `code.${code}.summary`);
}
