/**
 * A shared link carries the scheme and the population in the URL hash, lz-string compressed.
 * The hash is data from a stranger: it is size-checked before decompression (lz-string can
 * expand a short input enormously) and validated with zod after.
 */
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

/** Reads a `location.hash`; anything but our prefix is not a shared link. */
export function decodeShareHash(hash: string): DecodeResult {
  if (!hash.startsWith(HASH_PREFIX)) return { kind: "none" };
  const encoded = hash.slice(HASH_PREFIX.length);
  if (encoded.length === 0) return { kind: "error", message: "The shared link is empty: it carries no scheme." };
  if (encoded.length > MAX_ENCODED_LENGTH) {
    return {
      kind: "error",
      message: `The shared link is too large (${encoded.length.toLocaleString("en")} characters; at most ${MAX_ENCODED_LENGTH.toLocaleString("en")}). Share the .kpi file instead.`,
    };
  }
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(encoded);
  } catch {
    json = null;
  }
  if (!json) return { kind: "error", message: "The shared link is damaged: it could not be decompressed. Was it cut off when copied?" };
  if (json.length > MAX_SCHEME_LENGTH * 2) {
    return { kind: "error", message: "The shared link holds too much text to open safely." };
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { kind: "error", message: "The shared link is damaged: its content is not readable." };
  }
  const parsed = payloadSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join(".")})` : "";
    return { kind: "error", message: `The shared link is not a valid Goodhart scheme${where}: ${issue?.message ?? "unknown problem"}.` };
  }
  return { kind: "ok", state: { scheme: parsed.data.scheme, population: parsed.data.population } };
}
