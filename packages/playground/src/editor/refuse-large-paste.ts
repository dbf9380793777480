import type { editor } from "monaco-editor/editor";
import { MAX_FILE_BYTES } from "../share/open-file.ts";

/**
 * Refuses a paste that would take the scheme over 1 MB before Monaco takes it (as Open refuses
 * such a file): the text in the editor stays as it was and the page never freezes on it.
 * `onRefused` gets the pasted text's length.
 */
export function refuseLargePaste(ed: editor.IStandaloneCodeEditor, onRefused: (pastedLength: number) => void): void {
  ed.getContainerDomNode().addEventListener(
    "paste",
    (e: ClipboardEvent) => {
      const pasted = e.clipboardData?.getData("text/plain") ?? "";
      const model = ed.getModel();
      if (!model) return;
      const selected = (ed.getSelections() ?? []).reduce((n, sel) => n + model.getValueLengthInRange(sel), 0);
      const after = model.getValueLength() - selected + pasted.length;
      if (after <= MAX_FILE_BYTES) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      onRefused(pasted.length);
    },
    true,
  );
}
