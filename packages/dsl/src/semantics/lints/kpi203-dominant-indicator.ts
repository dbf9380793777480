/**
 * KPI203 dominant indicator: one measure decides more than half of the score, so every gain
 * on it outweighs everything else together. The more a single number decides, the more
 * pressure it attracts and the more it is corrupted (Goodhart 1975; Campbell 1976); and a
 * measure's worth to a scheme falls with its distortion and noise (Baker 1992, 2002).
 * The share is the effective weight, so nested groups and weights not summing to 100 count
 * as they really score.
 */
import type { SchemeFile } from "../../syntax/ast.ts";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import type { Scheme } from "../model.ts";
import { findDeclaration, makeDiagnostic, rangeOf } from "./shared.ts";
import { percentText } from "../../format/percent.ts";

export function kpi203(scheme: Scheme, file: SchemeFile): Diagnostic[] {
  return scheme.indicators
    .filter((i) => i.effectiveWeight > 0.5)
    .map((i) => {
      const decl = findDeclaration(file, "indicator", i.name);
      const via = i.group ? { key: "lint.KPI203.via" as const, params: { group: i.group } } : "";
      return makeDiagnostic(
        "KPI203",
        rangeOf(decl, "weight", i.range),
        { key: "lint.KPI203", params: { name: i.name, share: percentText(i.effectiveWeight), via } },
        { kind: "indicator", name: i.name },
      );
    });
}
