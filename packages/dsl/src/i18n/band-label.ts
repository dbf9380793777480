/**
 * A rating band as a reader names it. The four bands of Decree 335/2025/NĐ-CP have the
 * decree's own words in every catalogue (`band.excellent` …): a reader of another language
 * than English gets those, whatever the scheme's label says, so a scheme labelled in English
 * still reads "hoàn thành tốt nhiệm vụ" in Vietnamese. Any other band is named by the scheme's
 * label (the writer's words), else its name.
 */
import { CATALOGUES, t, type Lang, type MessageKey } from "./translate.ts";

export function bandLabel(lang: Lang, band: { name: string; label: string | null }): string {
  const key = `band.${band.name}`;
  const decree = Object.hasOwn(CATALOGUES.en, key) ? t(lang, key as MessageKey) : null;
  if (decree !== null && lang !== "en") return decree;
  return band.label ?? decree ?? band.name;
}
