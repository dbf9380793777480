/**
 * Messages as data: every word Goodhart prints comes from one catalogue per language (en.ts,
 * vi.ts), keyed by a stable id and written in ICU MessageFormat, so plurals and numbers follow
 * the language's own rules (Intl.PluralRules) and adding a language is adding a file.
 *
 * The language changes words only: codes, findings and JSON keys stay as they are.
 */
import { IntlMessageFormat } from "intl-messageformat";
import { en, type MessageKey } from "./en.ts";
import { vi } from "./vi.ts";
// band-label.ts reads the catalogues too; each module uses the other only when called.
import { bandLabel } from "./band-label.ts";

export const LANGS = ["en", "vi"] as const;
export type Lang = (typeof LANGS)[number];
export type { MessageKey };

/** A value, or a message of its own rendered in the same language (a clause, a hint). */
export type MessageParams = { [name: string]: string | number | Message };

/** A message to render later, in whichever language the reader chose. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { en, vi };

const LOCALES: Record<Lang, string> = { en: "en", vi: "vi" };

const compiled = new Map<string, IntlMessageFormat>();

function formatter(lang: Lang, key: MessageKey): IntlMessageFormat {
  const id = `${lang}\u0000${key}`;
  let f = compiled.get(id);
  if (!f) {
    f = new IntlMessageFormat(CATALOGUES[lang][key], LOCALES[lang], undefined, { ignoreTag: true });
    compiled.set(id, f);
  }
  return f;
}

/** The message `key` in `lang` with its placeholders filled. */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const flat: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(params)) flat[name] = typeof v === "object" ? render(lang, v) : v;
  const out = formatter(lang, key).format(flat);
  return typeof out === "string" ? out : String(out);
}

/** A rating band named inside a sentence: its name, and the scheme's label for it ("" for none). */
export function bandNamed(band: { name: string; label: string | null }): Message {
  return { key: "named.band", params: { name: band.name, label: band.label ?? "" } };
}

/**
 * Renders a deferred message. A rating band a sentence names (`bandNamed`) is its name in
 * English, as the scheme, the JSON and the CSV write it; in another language it is the
 * reader's words for it (band-label.ts).
 */
export function render(lang: Lang, m: Message): string {
  if (m.key !== "named.band" || lang === "en") return t(lang, m.key, m.params);
  const { name, label } = m.params ?? {};
  return bandLabel(lang, { name: String(name), label: typeof label === "string" && label !== "" ? label : null });
}

export function isLang(x: string): x is Lang {
  return (LANGS as readonly string[]).includes(x);
}

/**
 * The language a POSIX locale asks for: `LC_ALL` first, then `LANG` (`vi_VN.UTF-8` → vi).
 * Unset, `C`, `POSIX` or a language without a catalogue: English.
 */
export function langFromLocale(env: { LC_ALL?: string | undefined; LANG?: string | undefined }): Lang {
  for (const value of [env.LC_ALL, env.LANG]) {
    if (!value) continue;
    const code = value.split(/[_.@-]/)[0]!.toLowerCase();
    return isLang(code) ? code : "en";
  }
  return "en";
}

/**
 * The language a browser asks for (`navigator.languages`): the first one with a catalogue,
 * English otherwise.
 */
export function langFromBrowser(languages: readonly string[]): Lang {
  for (const l of languages) {
    const code = l.split("-")[0]!.toLowerCase();
    if (isLang(code)) return code;
  }
  return "en";
}
