/**
 * KPI204 unverified self-report: a number the staff member writes down drives 20% or more of
 * the score and nobody re-checks any of it. Deterrence is detection probability × penalty
 * (Becker 1968): with no audit, the probability is zero and falsifying is free (Wells Fargo
 * 2016; ambulance times "corrected" to under 8 minutes, Bevan & Hood 2006).
 * The exposure counts every indicator that reads the metric, directly or through other
 * indicators, each once. `audit 0%` is no audit.
 */
import type { SchemeFile } from "../../syntax/ast.ts";
import type { Diagnostic, QuickFix } from "../../diagnostics/diagnostic.ts";
import type { Scheme } from "../model.ts";
import { findDeclaration, fixTitled, makeDiagnostic, metricsReadBy, rangeOf } from "./shared.ts";
import { percentText } from "../../format/percent.ts";

const EXPOSURE_LIMIT = 0.2;

export function kpi204(scheme: Scheme, file: SchemeFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const reads = new Map(scheme.indicators.map((i) => [i.name, metricsReadBy(scheme, i)]));
  for (const m of scheme.metrics) {
    if (m.source !== "self" || (m.audit !== null && m.audit > 0)) continue;
    const fed = scheme.indicators.filter((i) => reads.get(i.name)!.has(m.name));
    const exposure = fed.reduce((s, i) => s + i.effectiveWeight, 0);
    // A hair of float error must not decide whether exactly 20% warns.
    if (exposure < EXPOSURE_LIMIT - 1e-9) continue;
    const decl = findDeclaration(file, "metric", m.name);
    const last = decl?.properties[decl.properties.length - 1];
    const fixes: QuickFix[] = last
      ? [
          fixTitled({ key: "lint.KPI204.fix" }, [
            { range: { start: last.range.end, end: last.range.end }, newText: `\n${" ".repeat(last.range.start.column - 1)}audit 5%` },
          ]),
        ]
      : [];
    const feeds = fed.map((i) => `\`${i.name}\``).join(", ");
    out.push(
      makeDiagnostic(
        "KPI204",
        rangeOf(decl, "source", m.range),
        { key: "lint.KPI204", params: { name: m.name, feeds, share: percentText(exposure) } },
        { kind: "metric", name: m.name },
        fixes,
      ),
    );
  }
  return out;
}
