/**
 * The playground's language: the browser's at first (navigator.languages), then whatever the
 * user picks, remembered in this browser. The words come from the project's catalogues; the
 * code, the findings and the numbers do not change with the language.
 */
import { createContext, useContext } from "react";
import { isLang, langFromBrowser, render, t, type Lang, type Message, type MessageKey, type MessageParams } from "@goodhart/dsl";

export const LANG_STORAGE_KEY = "goodhart.lang";

type Storage = Pick<globalThis.Storage, "getItem" | "setItem">;

/** The remembered choice, else the browser's first language with a catalogue, else English. */
export function initialLang(storage: Storage | null, languages: readonly string[]): Lang {
  let saved: string | null = null;
  try {
    saved = storage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    // Storage blocked: fall back to the browser's language.
  }
  return saved !== null && isLang(saved) ? saved : langFromBrowser(languages);
}

/** Remembers the choice; a browser that refuses storage just forgets it. */
export function saveLang(storage: Storage | null, lang: Lang): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Nothing to do: the choice holds for this page.
  }
}

export const LangContext = createContext<Lang>("en");

export function useLang(): Lang {
  return useContext(LangContext);
}

/** `tr("ui.…", {…})` in the current language. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const lang = useLang();
  return (key, params) => t(lang, key, params);
}

/** A diagnostic's words in `lang`: its catalogue message when it has one, else its English text. */
export function diagnosticMessage(
  lang: Lang,
  d: { message: string; text?: { key: string; params?: Record<string, unknown> } | undefined },
): string {
  if (!d.text || lang === "en") return d.message;
  try {
    return render(lang, d.text as Message);
  } catch {
    return d.message;
  }
}
