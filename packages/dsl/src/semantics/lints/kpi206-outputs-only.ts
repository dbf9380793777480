/**
 * KPI206 outputs only: nothing in the scheme looks at how well the work was done, how the
 * people served saw it, or how the staff member behaved. Then "hit the target and miss the
 * point" (output distortion, Bevan & Hood 2006) costs nothing, and what is not rewarded is
 * dropped (Kerr 1975). Only indicators that carry weight count, as in KPI202. Reported once:
 * on the `scheme` block when there is one (it is a property of the whole scheme), else on
 * the first indicator.
 */
import type { SchemeFile } from "../../syntax/ast.ts";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import type { Scheme } from "../model.ts";
import { findDeclaration, makeDiagnostic, schemeDeclaration } from "./shared.ts";

export function kpi206(scheme: Scheme, file: SchemeFile): Diagnostic[] {
  const first = scheme.indicators[0];
  if (!first) return [];
  const protective = scheme.indicators.some(
    (i) => i.effectiveWeight > 0 && (i.aspect === "quality" || i.aspect === "satisfaction" || i.aspect === "conduct"),
  );
  if (protective) return [];
  const unknown = scheme.indicators.filter((i) => i.aspect === null).map((i) => `\`${i.name}\``);
  const schemeDecl = findDeclaration(file, "scheme", null);
  const firstDecl = findDeclaration(file, "indicator", first.name);
  const range = schemeDecl?.label?.range ?? schemeDecl?.keywordRange ?? firstDecl?.name?.range ?? first.range;
  const declaration = schemeDecl ? schemeDeclaration(scheme) : { kind: "indicator", name: first.name };
  const hint = unknown.length > 0 ? { key: "lint.KPI206.hint" as const, params: { names: unknown.join(", "), count: unknown.length } } : "";
  return [makeDiagnostic("KPI206", range, { key: "lint.KPI206", params: { hint } }, declaration)];
}
