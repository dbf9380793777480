/** Folding: declaration bodies, block comments, and runs of line comments (file headers). */
import type { Analysis } from "../semantics/analyze.ts";

export interface FoldingRange {
  /** 1-based lines, like every range in the tree. */
  startLine: number;
  endLine: number;
  kind: "region" | "comment";
}

export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const d of analysis.file.declarations) {
    const body = d.bodyRange;
    if (body && body.end.line > body.start.line) out.push({ startLine: body.start.line, endLine: body.end.line, kind: "region" });
  }
  let run: { start: number; end: number } | null = null;
  const flush = () => {
    if (run && run.end > run.start) out.push({ startLine: run.start, endLine: run.end, kind: "comment" });
    run = null;
  };
  for (const c of analysis.file.comments) {
    if (c.block) {
      flush();
      if (c.range.end.line > c.range.start.line) out.push({ startLine: c.range.start.line, endLine: c.range.end.line, kind: "comment" });
      continue;
    }
    if (run && c.range.start.line === run.end + 1) run.end = c.range.start.line;
    else {
      flush();
      run = { start: c.range.start.line, end: c.range.start.line };
    }
  }
  flush();
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
