/** Code lens: above each indicator and group, the share of the score its weight really is. */
import type { Range } from "../syntax/ast.ts";
import type { Analysis } from "../semantics/analyze.ts";
import { percentText } from "../format/percent.ts";
import { t, type Lang } from "../i18n/translate.ts";

export interface CodeLens {
  range: Range;
  /** Plain text, e.g. "weight 30 → 18% of the score". */
  title: string;
  name: string;
}

export function codeLenses(analysis: Analysis, lang: Lang = "en"): CodeLens[] {
  const scheme = analysis.scheme;
  // Without a resolved scheme the shares are unknown; a wrong number is worse than none.
  if (!scheme) return [];
  const lenses: CodeLens[] = [];
  for (const d of analysis.file.declarations) {
    if (!d.name || (d.kind !== "indicator" && d.kind !== "group")) continue;
    const x =
      d.kind === "indicator" ? scheme.indicators.find((i) => i.name === d.name!.text) : scheme.groups.find((g) => g.name === d.name!.text);
    if (!x) continue;
    lenses.push({
      range: d.keywordRange,
      name: x.name,
      title: t(lang, "lens.weight", { weight: String(Math.round(x.weight * 100) / 100), share: percentText(x.effectiveWeight) }),
    });
  }
  return lenses;
}
