/**
 * The words a catalogue writes itself, without the values it fills in: the literal text of
 * every message, between its placeholders and inside its plural and select branches. Tests use
 * it to find one language's sentences in another language's output.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { CATALOGUES, type Lang } from "./translate.ts";

function collect(elements: MessageFormatElement[], out: string[]): void {
  for (const e of elements) {
    if (e.type === TYPE.literal) out.push(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const o of Object.values(e.options)) collect(o.value, out);
  }
}

export function catalogueLiterals(lang: Lang): string[] {
  const out: string[] = [];
  for (const text of Object.values(CATALOGUES[lang])) collect(parse(text, { ignoreTag: true }), out);
  return out;
}
