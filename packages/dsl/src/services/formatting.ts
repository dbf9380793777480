/** Format document: one edit replacing the whole text with the formatter's output. */
import type { TextEdit } from "../diagnostics/diagnostic.ts";
import { format } from "../format/format.ts";
import { rangeOf } from "./locate.ts";

/** No edits when the text is already formatted, or has syntax errors (the formatter refuses). */
export function formatDocument(text: string): TextEdit[] {
  const formatted = format(text);
  if (formatted === null || formatted === text) return [];
  return [{ range: rangeOf(text, 0, text.length), newText: formatted }];
}
