/**
 * KPI202 unpaired volume: how much and how fast are paid, how well is not. People do what is
 * rewarded to the exclusion of what is not (Kerr 1975), and strong pay on measured tasks pulls
 * effort from unmeasured ones (Holmström & Milgrom 1991): rushing, cherry-picking easy cases,
 * closing what is not finished. Only indicators that carry weight count on either side: a
 * quality indicator at weight 0 protects nothing. Reported once, on the heaviest volume or
 * timeliness indicator, since that is where the pull comes from.
 */
import type { SchemeFile } from "../../syntax/ast.ts";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import type { Scheme } from "../model.ts";
import { findDeclaration, makeDiagnostic, rangeOf } from "./shared.ts";
import { percentText } from "../../format/percent.ts";

export function kpi202(scheme: Scheme, file: SchemeFile): Diagnostic[] {
  const weighted = scheme.indicators.filter((i) => i.effectiveWeight > 0);
  const outputs = weighted.filter((i) => i.aspect === "volume" || i.aspect === "timeliness");
  if (outputs.length === 0) return [];
  if (weighted.some((i) => i.aspect === "quality" || i.aspect === "satisfaction")) return [];
  const heaviest = outputs.reduce((a, b) => (b.effectiveWeight > a.effectiveWeight ? b : a));
  const share = outputs.reduce((s, i) => s + i.effectiveWeight, 0);
  const decl = findDeclaration(file, "indicator", heaviest.name);
  return [
    makeDiagnostic(
      "KPI202",
      rangeOf(decl, null, heaviest.range),
      {
        key: "lint.KPI202",
        params: { names: outputs.map((i) => `\`${i.name}\``).join(", "), count: outputs.length, share: percentText(share) },
      },
      { kind: "indicator", name: heaviest.name },
    ),
  ];
}
