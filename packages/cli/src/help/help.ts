/**
 * Each command's help page in the reader's language. English is the command's own `help`
 * (one source for it); every other language has a file here, one page per command, with the
 * same flags and examples (help.test.ts holds each translation to its English page).
 */
import type { Lang } from "@goodhart/dsl";
import type { Command } from "../command.ts";
import { vi } from "./vi.ts";

export const TRANSLATED_HELP: Record<Exclude<Lang, "en">, Record<string, string>> = { vi };

export function commandHelp(c: Command, lang: Lang): string {
  return lang === "en" ? c.help : (TRANSLATED_HELP[lang][c.name] ?? c.help);
}
