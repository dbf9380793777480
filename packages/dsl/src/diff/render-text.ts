/**
 * `goodhart diff` without flags: plain lines for a terminal, one fact per line.
 */
import { weightTexts } from "./describe.ts";
import type { DiffImpact } from "./impact.ts";
import type { DiagnosticEntry, SchemeDiff } from "./types.ts";

export function renderDiffText(diff: SchemeDiff, impact?: DiffImpact): string {
  const sections: string[][] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length) sections.push([title, ...lines.map((l) => `  ${l}`)]);
  };
  section("Changes", diff.changes.map((c) => c.text));
  section("Effective weights", weightTexts(diff));
  section("Diagnostics", [...diff.diagnostics.added.map((d) => `+ ${diagnosticLine(d)}`), ...diff.diagnostics.removed.map((d) => `- ${diagnosticLine(d)}`)]);
  if (impact) section(`Impact on ${impact.staff} staff`, impact.moves.length ? impact.moves.map((m) => m.text) : ["nobody changes band"]);
  if (sections.length === 0) return "No changes.\n";
  return sections.map((s) => s.join("\n")).join("\n\n") + "\n";
}

export function diagnosticLine(d: DiagnosticEntry): string {
  return `${d.code}${d.name === null ? "" : ` ${d.name}`}: ${d.message}`;
}
