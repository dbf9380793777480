import { bandLabel, INVISIBLE_CHARACTERS, t, type Lang } from "@goodhart/dsl";
import { figureByKey } from "@goodhart/simulator";

/**
 * Names that came from outside (file names, CSV headers, flag values) as they may appear in
 * text output. A newline in a file name would start a new output line, which a CI log reads
 * as a command (`::error …`); an ESC would drive the terminal; a bidirectional override would
 * reorder what a reader sees. Each such character is shown as an escape instead.
 */
// The dsl's invisible characters (the set its markdown shows by code point), and the line breaks
// and tab a text line must not carry either.
const CONTROL = new RegExp(`[\\t\\n\\r\\u2028\\u2029${INVISIBLE_CHARACTERS}]`, "g");

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function printable(s: string): string {
  return s.replace(CONTROL, (c) => NAMED[c] ?? `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/**
 * A report with every string in it made printable, for a text renderer: CSV cells (an id, a
 * unit) reach the sentences whole, and a quoted cell may hold a line break. Keys are kept.
 */
export function printableDeep<T>(x: T): T {
  if (typeof x === "string") return printable(x) as T;
  if (Array.isArray(x)) return x.map((v) => printableDeep(v)) as T;
  if (x !== null && typeof x === "object") {
    const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(x));
    for (const [k, v] of Object.entries(x)) out[k] = printableDeep(v);
    return out as T;
  }
  return x;
}

/** A file name as text output shows it. */
export const displayPath = printable;

/** A message that may hold several lines: each line made printable, the line breaks kept. */
export function printableLines(s: string): string {
  return s
    .split("\n")
    .map((line) => printable(line))
    .join("\n");
}

export { bandWords } from "@goodhart/simulator";

/** A figure's label for a text report, a rating's band named as `band` names it. */
export function figureLabel(key: string, lang: Lang, band: (name: string) => string = (n) => n): string {
  const rating = /^(?:summary\.)?ratings\.(.+)$/.exec(key);
  if (rating) return t(lang, "figure.rating.label", { band: band(rating[1]!) });
  return figureByKey(key, lang)?.label ?? key;
}

/** A band as an explanation names it: the reader's words for it, then its name when they differ. */
export function bandWithName(scheme: { ratings: readonly { name: string; label: string | null }[] }, lang: Lang): (name: string) => string {
  return (name) => {
    const band = scheme.ratings.find((r) => r.name === name);
    const words = bandLabel(lang, band ?? { name, label: null });
    return words === name ? name : `${words} (${name})`;
  };
}
