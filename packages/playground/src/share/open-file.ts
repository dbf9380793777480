/**
 * Reading a `.kpi` the user picked. The file is data: it must be text of a sane size; it is
 * only ever put into the editor.
 */
import { z } from "zod";

export const MAX_FILE_BYTES = 1_000_000;

const schemeTextSchema = z
  .string()
  .max(MAX_FILE_BYTES, "The file is too large for a scheme (over 1 MB).")
  .refine((t) => !t.includes("\u0000"), "The file is not text (it contains binary data).");

export type OpenResult = { ok: true; text: string } | { ok: false; message: string };

export function checkSchemeText(name: string, size: number, text: string): OpenResult {
  if (size > MAX_FILE_BYTES)
    return { ok: false, message: `“${name}” is too large for a scheme (${Math.round(size / 1000)} kB; at most 1 MB).` };
  const parsed = schemeTextSchema.safeParse(text);
  if (!parsed.success) return { ok: false, message: `“${name}”: ${parsed.error.issues[0]?.message ?? "unreadable"}` };
  return { ok: true, text: parsed.data.replace(/^\uFEFF/, "") };
}
