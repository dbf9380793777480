/** Quick fixes: the `fixes` that the checker and lints attach to their diagnostics. */
import type { Diagnostic, TextEdit } from "../diagnostics/diagnostic.ts";
import type { Analysis } from "../semantics/analyze.ts";

export interface CodeAction {
  title: string;
  kind: "quickfix";
  /** The first diagnostic the fix resolves (the most severe, then the lowest code). */
  diagnostic: Diagnostic;
  /** Every diagnostic the same edit resolves: two checks that ask for one change share one fix. */
  diagnostics: Diagnostic[];
  edits: TextEdit[];
  /**
   * At most one action of a request is preferred, so "apply the preferred fix" never has to
   * choose: the first whose diagnostics have no other fix.
   */
  isPreferred: boolean;
}

const SEVERITY_RANK: Record<Diagnostic["severity"], number> = { error: 0, warning: 1, info: 2 };

function editKey(edits: TextEdit[]): string {
  return JSON.stringify(edits.map((e) => [e.range.start.offset, e.range.end.offset, e.newText]).sort());
}

/** Fixes for the diagnostics that touch [start, end] (offsets). Silenced diagnostics offer none. */
export function codeActions(analysis: Analysis, start: number, end: number = start): CodeAction[] {
  const lo = Math.min(start, end);
  const hi = Math.max(start, end);
  const touched = analysis.diagnostics
    .filter((d) => !d.suppressed && d.fixes?.length && d.range.end.offset >= lo && d.range.start.offset <= hi)
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        a.code.localeCompare(b.code) ||
        a.range.start.offset - b.range.start.offset,
    );
  const byEdit = new Map<string, CodeAction>();
  for (const d of touched) {
    for (const f of d.fixes!) {
      const key = editKey(f.edits);
      const same = byEdit.get(key);
      if (same) {
        if (!same.diagnostics.includes(d)) same.diagnostics.push(d);
      } else {
        byEdit.set(key, { title: f.title, kind: "quickfix", diagnostic: d, diagnostics: [d], edits: f.edits, isPreferred: false });
      }
    }
  }
  const actions = [...byEdit.values()];
  // How many distinct fixes each diagnostic has, after merging.
  const choices = new Map<Diagnostic, number>();
  for (const a of actions) for (const d of a.diagnostics) choices.set(d, (choices.get(d) ?? 0) + 1);
  const preferred = actions.find((a) => a.diagnostics.every((d) => choices.get(d) === 1));
  if (preferred) preferred.isPreferred = true;
  return actions;
}
