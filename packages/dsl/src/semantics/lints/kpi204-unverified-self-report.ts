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
import { findDeclaration, formatShare, makeDiagnostic, metricsReadBy, rangeOf } from "./shared.ts";

export const EXPOSURE_LIMIT = 0.2;

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
      ? [{ title: "Audit 5% of its records", edits: [{ range: { start: last.range.end, end: last.range.end }, newText: `\n${" ".repeat(last.range.start.column - 1)}audit 5%` }] }]
      : [];
    out.push(
      makeDiagnostic(
        "KPI204",
        rangeOf(decl, "source", m.range),
        `Unverified self-report: \`${m.name}\` is recorded by the staff member, feeds ${fed.map((i) => `\`${i.name}\``).join(", ")} (${formatShare(exposure)} of the score), and nobody re-checks it. ` +
          `A falsified entry is never caught, so overstating costs nothing (Becker 1968: deterrence is detection probability × penalty); this is how accounts were opened without consent at Wells Fargo (2016) and response times "corrected" to the target (Bevan & Hood 2006). ` +
          `Re-check a share of its records (\`audit 5%\`) and add a gate that penalises falsification found, or take the number from a system record.`,
        { kind: "metric", name: m.name },
        fixes,
      ),
    );
  }
  return out;
}
