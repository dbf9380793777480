/**
 * KPI207 ratchet (info): a share of this period's over-achievement is added to next period's
 * target, so doing well today makes tomorrow harder. Staff learn to hold back and stop just
 * at the target (Weitzman 1980; the ratchet effect in Bevan & Hood 2006). An info, not a
 * warning: a ratchet can be a deliberate choice, but the designer should see the price.
 */
import type { SchemeFile } from "../../syntax/ast.ts";
import type { Diagnostic, QuickFix } from "../../diagnostics/diagnostic.ts";
import type { Scheme } from "../model.ts";
import { findDeclaration, findProperty, fixTitled, makeDiagnostic, rangeOf } from "./shared.ts";
import { percentText } from "../../format/percent.ts";

export function kpi207(scheme: Scheme, file: SchemeFile): Diagnostic[] {
  return scheme.indicators
    .filter((i) => i.ratchet > 0)
    .map((i) => {
      const decl = findDeclaration(file, "indicator", i.name);
      const p = findProperty(decl, "ratchet");
      const fixes: QuickFix[] = p ? [fixTitled({ key: "lint.KPI207.fix" }, [{ range: p.value.range, newText: "0%" }])] : [];
      return makeDiagnostic(
        "KPI207",
        rangeOf(decl, "ratchet", i.range),
        { key: "lint.KPI207", params: { share: percentText(i.ratchet), name: i.name } },
        { kind: "indicator", name: i.name },
        fixes,
      );
    });
}
