/** dsl ranges and Monaco ranges count lines and columns the same way (1-based, UTF-16). */
import type { IRange } from "monaco-editor/editor";
import type { LsEdit, LsRange } from "../language/protocol.ts";

export const toMonacoRange = (r: LsRange): IRange => ({
  startLineNumber: r.start.line,
  startColumn: r.start.column,
  endLineNumber: r.end.line,
  endColumn: r.end.column,
});

export const toMonacoEdit = (e: LsEdit) => ({ range: toMonacoRange(e.range), text: e.newText });
