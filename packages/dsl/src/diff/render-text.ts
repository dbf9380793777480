/**
 * `goodhart diff` without flags (and the git driver): plain lines for a terminal, one fact
 * per line, in sections.
 */
import { changeSentence, codeTitle, weightTexts } from "./describe.ts";
import { meanScoreText, quotaText, type DiffImpact } from "./impact.ts";
import type { AcceptedDiagnostic, DiagnosticChange, DiagnosticEntry, SchemeDiff } from "./types.ts";

export interface RenderOptions {
  /** `--data`: the change's effect on a staff table (diffImpact). */
  impact?: DiffImpact;
  /**
   * Consequences a caller measured beyond the two files (the CLI's `--simulate`), each shown
   * after the staff table's impact: plain lines for text, Markdown the caller escaped for
   * `renderDiffMarkdown`.
   */
  sections?: readonly ReportSection[];
  /** What the change opens or closes in the exploit finder, one sentence each. */
  exploits?: readonly string[];
  /** List staff ids under each move; off by default, since a review is read widely. */
  ids?: boolean;
  /** For the heading: the file compared and the scheme's title. */
  file?: string;
  title?: string | null;
}

export interface ReportSection {
  title: string;
  lines: readonly string[];
}

export function heading(options: RenderOptions): string | null {
  const parts = [options.file, options.title ? `"${options.title}"` : null].filter((x): x is string => Boolean(x));
  return parts.length ? parts.join(" — ") : null;
}

export function renderDiffText(diff: SchemeDiff, options: RenderOptions = {}): string {
  const sections: string[][] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length) sections.push([title, ...lines.map((l) => `  ${l}`)]);
  };
  section(
    "Changes",
    diff.changes.map((c) => changeSentence(c, undefined, diff.changes)),
  );
  section("Effective weights", weightTexts(diff));
  section("Warnings", warningLines(diff));
  if (options.impact) section(`Impact on ${options.impact.staff} staff`, impactLines(options.impact, options.ids ?? false));
  for (const s of options.sections ?? []) section(s.title, [...s.lines]);
  section("Exploits (what the change opens or closes)", [...(options.exploits ?? [])]);
  const head = heading(options);
  const body =
    sections.length === 0
      ? "No changes: the schemes mean the same (formatting and comments aside)."
      : sections.map((s) => s.join("\n")).join("\n\n");
  return `${head ? `${head}\n\n` : ""}${body}\n`;
}

function diagnosticLine(d: DiagnosticEntry): string {
  return `${codeTitle(d.code)}${d.name === null ? "" : ` on ${d.name}`}: ${d.message}`;
}

function changedLine(d: DiagnosticChange): string {
  return `${codeTitle(d.code)}${d.name === null ? "" : ` on ${d.name}`}: ${d.moved ?? `now: ${d.new}`}`;
}

function acceptedLine(d: AcceptedDiagnostic): string {
  return `${codeTitle(d.code)}${d.name === null ? "" : ` on ${d.name}`}${d.reason ? `: ${d.reason}` : ""}`;
}

function warningLines(diff: SchemeDiff): string[] {
  const g = diff.diagnostics;
  return [
    ...g.added.map((d) => `new      ${diagnosticLine(d)}`),
    ...g.changed.map((d) => `changed  ${changedLine(d)}`),
    ...g.accepted.map((d) => `accepted ${acceptedLine(d)}`),
    ...g.removed.map((d) => `gone     ${diagnosticLine(d)}`),
  ];
}

function impactLines(impact: DiffImpact, ids: boolean): string[] {
  const lines: string[] = [];
  for (const m of impact.moves) lines.push(ids ? `${m.text}: ${m.ids.join(", ")}` : m.text);
  if (impact.moves.length === 0) lines.push("nobody changes band");
  lines.push(meanScoreText(impact.meanScore));
  const q = quotaText(impact.heldBackByQuota);
  if (q) lines.push(q);
  for (const g of impact.gates) lines.push(ids ? `${g.text}: ${g.ids.join(", ")}` : g.text);
  for (const u of impact.units) lines.push(u.text);
  for (const n of impact.notes) lines.push(`note: ${n}`);
  return lines;
}
