/**
 * KPI208 perverse incentive: more or better real work lowers the score or the rating. Kerr
 * (1975), "On the folly of rewarding A, while hoping for B": an on-time share of *closures*
 * falls when a late case is finally worked, so the late case is left to rot; a gate that caps
 * those who close more teaches them to stop; a lower-is-better count of something work
 * produces punishes producing it. The finding comes from perverse.ts, the same analysis the
 * exploit finder reports, so `check` and `goodhart exploits` always name the same rules.
 */
import type { Expr, SchemeFile } from "../../syntax/ast.ts";
import type { Diagnostic, QuickFix } from "../../diagnostics/diagnostic.ts";
import type { Scheme } from "../model.ts";
import { findDeclaration, findProperty, makeDiagnostic, rangeOf } from "./shared.ts";
import { findPerverse, type PerverseIncentive } from "./perverse.ts";

export function kpi208(scheme: Scheme, file: SchemeFile): Diagnostic[] {
  return findPerverse(scheme).map((p) => diagnostic(scheme, file, p));
}

/** A number as the message shows it: a share as a percent, others to one decimal. */
export function shown(x: number | null, percent: boolean): string {
  if (x === null) return "undefined";
  return percent ? `${Math.round(x * 1000) / 10}%` : `${Math.round(x * 10) / 10}`;
}

/** The sentence both KPI208 and the exploit finder print for one perverse incentive. */
export function perverseSentence(scheme: Scheme, p: PerverseIncentive): string {
  const score = (s: number | null): string => (s === null ? "no score" : `${Math.round(s * 10) / 10}`);
  const result = `the score goes ${score(p.before.score)} → ${score(p.after.score)}${p.before.rating !== p.after.rating ? ` and the rating ${p.before.rating} → ${p.after.rating}` : ""}`;
  if (p.declaration === "gate") {
    return `Gate \`${p.name}\` switches on when a staff member does more: ${p.work} caps them at ${p.cap} (${result}).`;
  }
  const ind = scheme.indicators.find((i) => i.name === p.name)!;
  const percent = Math.abs(p.value!.old) <= 1 && Math.abs(p.value!.new) <= 1;
  const pts = p.points!.old !== p.points!.new ? `, its points ${shown(p.points!.old, false)} → ${shown(p.points!.new, false)}` : " (its points are at a limit here, but the value moves the wrong way)";
  return `\`${p.name}\` punishes real work: ${p.work} moves it ${ind.better === "higher" ? "down" : "up"} from ${shown(p.value!.old, percent)} to ${shown(p.value!.new, percent)}${pts}; ${result}.`;
}

function denominatorRange(e: Expr, name: string): Expr | null {
  while (e.kind === "paren") e = e.expr;
  if (e.kind !== "binary" || e.op !== "/") return null;
  let d = e.right;
  while (d.kind === "paren") d = d.expr;
  return d.kind === "name" && d.name === name ? d : null;
}

function diagnostic(scheme: Scheme, file: SchemeFile, p: PerverseIncentive): Diagnostic {
  const decl = findDeclaration(file, p.declaration, p.name);
  const sentence = perverseSentence(scheme, p);
  if (p.declaration === "gate") {
    return makeDiagnostic(
      "KPI208",
      rangeOf(decl, "when", scheme.gates.find((g) => g.name === p.name)!.range),
      `Perverse incentive: ${sentence} Those who do more learn to stop short of the line or to hold work back (Kerr 1975). Cap on what harms the public (rework, audit findings), not on output.`,
      { kind: "gate", name: p.name },
    );
  }
  const fixes: QuickFix[] = [];
  const valueProp = findProperty(decl, "value");
  if (p.fix && valueProp?.value.kind === "expr") {
    const node = denominatorRange(valueProp.value.expr, p.fix.denominator);
    if (node) fixes.push({ title: `Divide by \`${p.fix.replacement}\` (cases received) instead of \`${p.fix.denominator}\``, edits: [{ range: node.range, newText: p.fix.replacement }] });
  }
  const advice = p.fix
    ? `Divide by cases received (\`${p.fix.replacement}\`), not by \`${p.fix.denominator}\`: then finishing a late case never costs points.`
    : "Measure it so that the work counts for it, not against it (a share of cases received, not of cases closed; a count of what harms the public, not of what work produces).";
  return makeDiagnostic(
    "KPI208",
    rangeOf(decl, "value", scheme.indicators.find((i) => i.name === p.name)!.range),
    `Perverse incentive: ${sentence} Staff learn to leave that work undone (Kerr 1975, rewarding A while hoping for B). ${advice}`,
    { kind: "indicator", name: p.name },
    fixes,
  );
}
