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
import { findDeclaration, findProperty, fixTitled, isRatioValue, makeDiagnostic, rangeOf } from "./shared.ts";
import { bandNamed, render, type Message } from "../../i18n/translate.ts";
import { findPerverse, type PerverseIncentive } from "./perverse.ts";
import { percentText } from "../../format/percent.ts";

export function kpi208(scheme: Scheme, file: SchemeFile): Diagnostic[] {
  return findPerverse(scheme).map((p) => diagnostic(scheme, file, p));
}

/** A number as the message shows it: a share as a percent, others to one decimal. */
export function shown(x: number | null, percent: boolean): string {
  if (x === null) return "undefined";
  return percent ? percentText(x) : `${Math.round(x * 10) / 10}`;
}

/** Two values as the message shows them: with as many decimals (up to four) as tell them apart. */
function shownPair(a: number, b: number, percent: boolean): [string, string] {
  const at = (x: number, d: number) => (percent ? percentText(x, d) : x.toFixed(d).replace(/\.?0+$/, ""));
  for (let d = 1; d < 4; d++) if (at(a, d) !== at(b, d)) return [at(a, d), at(b, d)];
  return [shown(a, percent), shown(b, percent)];
}

/** Score points, to one decimal, or two where one would show 0.0. */
function scorePoints(x: number): string {
  const a = Math.abs(x);
  return a > 0 && a < 0.05 ? `${Math.round(x * 100) / 100}` : `${Math.round(x * 10) / 10}`;
}

/** The work of a perverse incentive's example, in words ("working 3 late cases …"). */
function workMessage(p: PerverseIncentive): Message {
  return { key: `perverse.work.${p.move}`, params: { n: p.cases } };
}

/** What a perverse gate caps to, as its sentence says it (`rating good`, `score 60`). */
function capMessage(scheme: Scheme, p: PerverseIncentive): Message | string {
  const cap = scheme.gates.find((g) => g.name === p.name)?.cap;
  if (!cap) return p.cap ?? "";
  if (cap.kind === "score") return { key: "perverse.cap.score", params: { limit: String(cap.limit) } };
  const rating = scheme.ratings.find((r) => r.name === cap.rating) ?? { name: cap.rating, label: null };
  return { key: "perverse.cap.rating", params: { band: bandNamed(rating) } };
}

/** The sentence both KPI208 and the exploit finder print for one perverse incentive. */
export function perverseMessage(scheme: Scheme, p: PerverseIncentive): Message {
  const score = (s: number | null): string | Message => (s === null ? { key: "perverse.noScore" } : `${Math.round(s * 10) / 10}`);
  // Bands by name in English, in the reader's words elsewhere (the label for a band of its own).
  const band = (name: string): Message => bandNamed(scheme.ratings.find((r) => r.name === name) ?? { name, label: null });
  const result = outcome(p, score, band);
  const work = workMessage(p);
  if (p.declaration === "gate") {
    const cap = capMessage(scheme, p);
    const free = p.uncapped ?? null;
    if (p.typical && free) {
      const capped = { ...p, before: free };
      return { key: "perverse.gateTypical", params: { name: p.name, cap, result: outcome(capped, score, band) } };
    }
    // Where the line is crossed from below a floor, the score may still rise: say what the gate took.
    const dropped = (p.after.score ?? 0) < (p.before.score ?? 0) || bandWorse(scheme, p.before.rating, p.after.rating);
    const stated: Message = !dropped && free ? { key: "perverse.uncapped", params: { result, free: score(free.score) } } : result;
    return { key: "perverse.gate", params: { name: p.name, work, cap, result: stated } };
  }
  const ind = scheme.indicators.find((i) => i.name === p.name)!;
  // A share shows as a percent; a count of 0.6 reopened cases is not 60%.
  const percent = isRatioValue(scheme, ind.value);
  const shownValue = shownPair(p.value!.old, p.value!.new, percent);
  // The indicator costs points, but the same work may earn more through other indicators: say
  // what this one alone takes (its share × the points lost), and that the score still rises.
  const before = p.before.score;
  const after = p.after.score;
  const offset = before !== null && after !== null && after >= before && !bandWorse(scheme, p.before.rating, p.after.rating);
  const stated: Message = offset
    ? { key: "perverse.resultOffset", params: { cost: scorePoints(ind.effectiveWeight * (p.points!.old - p.points!.new)), result } }
    : result;
  const points: Message =
    p.points!.old !== p.points!.new
      ? { key: "perverse.points", params: { old: shown(p.points!.old, false), new: shown(p.points!.new, false) } }
      : { key: "perverse.pointsAtLimit" };
  return {
    key: "perverse.indicator",
    params: {
      name: p.name,
      work,
      direction: ind.better === "higher" ? "down" : "up",
      old: shownValue[0],
      new: shownValue[1],
      points,
      result: stated,
    },
  };
}

/** "the score goes a → b" (and the rating, when it moved) from `before` to `after`. */
function outcome(
  p: Pick<PerverseIncentive, "before" | "after">,
  score: (s: number | null) => string | Message,
  band: (name: string) => Message,
): Message {
  return p.before.rating !== p.after.rating
    ? {
        key: "perverse.resultRating",
        params: { before: score(p.before.score), after: score(p.after.score), from: band(p.before.rating), to: band(p.after.rating) },
      }
    : { key: "perverse.result", params: { before: score(p.before.score), after: score(p.after.score) } };
}

/** Is band `to` below band `from` (ratings run from the best down)? */
function bandWorse(scheme: Scheme, from: string, to: string): boolean {
  return scheme.ratings.findIndex((r) => r.name === to) > scheme.ratings.findIndex((r) => r.name === from);
}

/** The same sentence in English (the exploit finder's text). */
export function perverseSentence(scheme: Scheme, p: PerverseIncentive): string {
  return render("en", perverseMessage(scheme, p));
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
  const sentence = perverseMessage(scheme, p);
  if (p.declaration === "gate") {
    return makeDiagnostic(
      "KPI208",
      rangeOf(decl, "when", scheme.gates.find((g) => g.name === p.name)!.range),
      { key: "lint.KPI208.gate", params: { sentence } },
      { kind: "gate", name: p.name },
    );
  }
  const fixes: QuickFix[] = [];
  const valueProp = findProperty(decl, "value");
  if (p.fix && valueProp?.value.kind === "expr") {
    const node = denominatorRange(valueProp.value.expr, p.fix.denominator);
    if (node)
      fixes.push(
        fixTitled({ key: `lint.KPI208.fix.${p.fix.by}`, params: { denominator: p.fix.denominator, replacement: p.fix.replacement } }, [
          { range: node.range, newText: p.fix.replacement },
        ]),
      );
  }
  const advice: Message = p.fix
    ? { key: `lint.KPI208.advice.${p.fix.by}`, params: { denominator: p.fix.denominator, replacement: p.fix.replacement } }
    : { key: "lint.KPI208.advice.general" };
  return makeDiagnostic(
    "KPI208",
    rangeOf(decl, "value", scheme.indicators.find((i) => i.name === p.name)!.range),
    { key: "lint.KPI208.indicator", params: { sentence, advice } },
    { kind: "indicator", name: p.name },
    fixes,
  );
}
