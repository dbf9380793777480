/**
 * A shared link carries the scheme and the population in the URL hash, lz-string compressed.
 * The hash is data from a stranger: it is size-checked before decompression (lz-string can
 * expand a short input enormously) and validated with zod after.
 */
import { t, type Lang, type MessageKey } from "@goodhart/dsl";
import LZString from "lz-string";
import { z } from "zod";
import { populationSchema, type Population } from "../sim/population.ts";

export const HASH_PREFIX = "#s=";
/** Longest compressed payload accepted; real schemes compress to a few thousand characters. */
export const MAX_ENCODED_LENGTH = 60_000;
/** Longest scheme text accepted after decompression. */
const MAX_SCHEME_LENGTH = 200_000;

const payloadSchema = z.object({
  v: z.literal(1),
  scheme: z.string().max(MAX_SCHEME_LENGTH),
  population: populationSchema,
});

export interface SharedState {
  scheme: string;
  population: Population;
}

export type DecodeResult = { kind: "none" } | { kind: "ok"; state: SharedState } | { kind: "error"; message: string };

export function encodeShareHash(state: SharedState): string {
  const payload = { v: 1 as const, scheme: state.scheme, population: state.population };
  return HASH_PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify(payload));
}

/** Reads a `location.hash`; anything but our prefix is not a shared link. Problems are said in `lang`. */
export function decodeShareHash(hash: string, lang: Lang = "en"): DecodeResult {
  if (!hash.startsWith(HASH_PREFIX)) return { kind: "none" };
  const encoded = hash.slice(HASH_PREFIX.length);
  if (encoded.length === 0) return { kind: "error", message: t(lang, "ui.link.empty") };
  if (encoded.length > MAX_ENCODED_LENGTH) {
    const size = encoded.length.toLocaleString(lang);
    return { kind: "error", message: t(lang, "ui.link.tooLarge", { size, max: MAX_ENCODED_LENGTH.toLocaleString(lang) }) };
  }
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(encoded);
  } catch {
    json = null;
  }
  if (!json) return { kind: "error", message: t(lang, "ui.link.damaged") };
  if (json.length > MAX_SCHEME_LENGTH * 2) return { kind: "error", message: t(lang, "ui.link.tooMuch") };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { kind: "error", message: t(lang, "ui.link.unreadable") };
  }
  const parsed = payloadSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join(".")})` : "";
    // English keeps zod's own words for the problem; another language says its kind.
    const problem = lang === "en" ? (issue?.message ?? "unknown problem") : { key: problemKey(issue?.code) };
    return { kind: "error", message: t(lang, "ui.link.invalid", { where, problem }) };
  }
  return { kind: "ok", state: { scheme: parsed.data.scheme, population: parsed.data.population } };
}

function problemKey(code: string | undefined): MessageKey {
  return code === "too_small"
    ? "ui.link.problem.tooSmall"
    : code === "too_big"
      ? "ui.link.problem.tooBig"
      : code === "invalid_type"
        ? "ui.link.problem.wrongType"
        : "ui.link.problem.other";
}
