/**
 * Reading a `.kpi` the user picked. The file is data: it must be text of a sane size; it is
 * only ever put into the editor.
 */
import { t, type Lang, type MessageKey } from "@goodhart/dsl";
import { z } from "zod";

export const MAX_FILE_BYTES = 1_000_000;

/** A refusal as the schema writes it: a catalogue key, said in the reader's language below. */
const refusal = (key: MessageKey): string => key;

const schemeTextSchema = z
  .string()
  .max(MAX_FILE_BYTES, refusal("ui.open.tooLargeText"))
  .refine((text) => !text.includes("\u0000"), refusal("ui.open.binary"));

export type OpenResult = { ok: true; text: string } | { ok: false; message: string };

/** The file's text, or why it is refused, naming the file, in `lang`. */
export function checkSchemeText(name: string, size: number, text: string, lang: Lang = "en"): OpenResult {
  if (size > MAX_FILE_BYTES) return { ok: false, message: t(lang, "ui.open.tooLarge", { name, kb: String(Math.round(size / 1000)) }) };
  const parsed = schemeTextSchema.safeParse(text);
  if (!parsed.success) {
    const key = parsed.error.issues[0]?.message;
    const problem: MessageKey = key === "ui.open.tooLargeText" || key === "ui.open.binary" ? key : "ui.open.unreadable";
    return { ok: false, message: t(lang, "ui.open.refused", { name, problem: { key: problem } }) };
  }
  return { ok: true, text: parsed.data.replace(/^\uFEFF/, "") };
}
