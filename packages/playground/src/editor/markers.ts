/** Diagnostics become Monaco markers (the squiggles); the code links nowhere. */
import type { editor } from "monaco-editor/editor";
import { monaco } from "./monaco.ts";
import type { LsDiagnostic } from "../language/protocol.ts";
import { toMonacoRange } from "./convert.ts";

const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

export function showDiagnostics(model: editor.ITextModel, diagnostics: LsDiagnostic[]): void {
  monaco.editor.setModelMarkers(
    model,
    "goodhart",
    diagnostics.map((d) => {
      const r = toMonacoRange(d.range);
      // A zero-width range (e.g. "expected } at end of file") would draw no squiggle.
      const empty = r.startLineNumber === r.endLineNumber && r.startColumn === r.endColumn;
      return {
        ...r,
        endColumn: empty ? r.endColumn + 1 : r.endColumn,
        severity: SEVERITY[d.severity],
        message: d.message,
        code: d.code,
        source: "goodhart",
      };
    }),
  );
}
