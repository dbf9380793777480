/** The language menu: each language named in itself, so anyone can find their own. */
import { LANGS, type Lang } from "@goodhart/dsl";
import { useT } from "./lang.ts";

const NAMES: Record<Lang, string> = { en: "English", vi: "Tiếng Việt" };

export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange(lang: Lang): void }) {
  const tr = useT();
  return (
    <select aria-label={tr("ui.language")} value={lang} data-testid="language" onChange={(e) => onChange(e.currentTarget.value as Lang)}>
      {LANGS.map((l) => (
        <option key={l} value={l} lang={l}>
          {NAMES[l]}
        </option>
      ))}
    </select>
  );
}
