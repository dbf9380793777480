/** Quick fixes: the `fixes` that the checker and lints attach to their diagnostics. */
import type { Diagnostic, TextEdit } from "../diagnostics/diagnostic.ts";
import type { Analysis } from "../semantics/analyze.ts";

export interface CodeAction {
  title: string;
  kind: "quickfix";
  diagnostic: Diagnostic;
  edits: TextEdit[];
  /** The only fix of its diagnostic: editors may apply it with one keystroke. */
  isPreferred: boolean;
}

/** Fixes for the diagnostics that touch [start, end] (offsets). Silenced diagnostics offer none. */
export function codeActions(analysis: Analysis, start: number, end: number = start): CodeAction[] {
  const lo = Math.min(start, end);
  const hi = Math.max(start, end);
  const actions: CodeAction[] = [];
  for (const d of analysis.diagnostics) {
    if (d.suppressed || !d.fixes?.length) continue;
    if (d.range.end.offset < lo || d.range.start.offset > hi) continue;
    for (const f of d.fixes) actions.push({ title: f.title, kind: "quickfix", diagnostic: d, edits: f.edits, isPreferred: d.fixes.length === 1 });
  }
  return actions;
}
