/**
 * The one table of diagnostic codes: the checker, the lint catalog (docs/lints) and the tests
 * all read it. Adding a code means adding a row here and a page in docs/lints/.
 */
import type { Severity } from "./diagnostic.ts";

export interface CodeInfo {
  code: string;
  severity: Severity;
  title: string;
  /** One line on what the code means, for catalogs and hovers. */
  summary: string;
}

export const CODES = {
  KPI001: { code: "KPI001", severity: "error", title: "syntax error", summary: "The text does not follow the grammar of a rule file." },
  KPI002: { code: "KPI002", severity: "error", title: "unknown name", summary: "A name is used that no declaration (or built-in) defines." },
  KPI003: { code: "KPI003", severity: "error", title: "duplicate name", summary: "Two declarations share a name; every name in a file is unique." },
  KPI004: { code: "KPI004", severity: "error", title: "bad property", summary: "An unknown or repeated property, or a value of the wrong kind." },
  KPI005: { code: "KPI005", severity: "error", title: "missing property", summary: "A property that this kind of declaration requires is absent." },
  KPI006: { code: "KPI006", severity: "error", title: "rating bands", summary: "No fallback band, two fallbacks, or two bands with the same `min`." },
  KPI007: { code: "KPI007", severity: "error", title: "contradictory thresholds", summary: "Floor equals target, or thresholds run against `better`." },
  KPI008: { code: "KPI008", severity: "error", title: "cycle", summary: "Groups nest in a circle, or indicator values refer to each other in a circle." },
  KPI101: { code: "KPI101", severity: "warning", title: "weights do not sum to 100", summary: "Sibling weights do not add up to 100, so each weight is not the share it looks like." },
  KPI102: { code: "KPI102", severity: "warning", title: "percent expected", summary: "A plain number above 1 is compared with a ratio (did you mean a percent?)." },
  KPI103: { code: "KPI103", severity: "warning", title: "two properties on one line", summary: "In a block that spans lines, a property starts on the line of the one before; `fmt` puts each on its own line." },
  KPI201: { code: "KPI201", severity: "warning", title: "excessive target", summary: "A 100% ratio target (or a `lower` target of 0) on a measure staff report or control." },
  KPI202: { code: "KPI202", severity: "warning", title: "unpaired volume", summary: "Volume or timeliness carries weight but no quality or satisfaction indicator does." },
  KPI203: { code: "KPI203", severity: "warning", title: "dominant indicator", summary: "One indicator decides more than half of the score." },
  KPI204: { code: "KPI204", severity: "warning", title: "unverified self-report", summary: "A self-reported metric drives 20% or more of the score with no audit." },
  KPI205: { code: "KPI205", severity: "warning", title: "cliff edge", summary: "50 points or more are won or lost at a single threshold." },
  KPI206: { code: "KPI206", severity: "warning", title: "outputs only", summary: "No indicator measures quality, satisfaction or conduct." },
  KPI207: { code: "KPI207", severity: "info", title: "ratchet", summary: "A ratchet above 0% invites staff to hold back output." },
  KPI208: { code: "KPI208", severity: "warning", title: "perverse incentive", summary: "More or better real work lowers the score or the rating (e.g. an on-time share of closures)." },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;
