/**
 * Property validation: each key is one its declaration kind takes (KPI004), given at most
 * once unless repeatable, every required key present (KPI005), and each value of the shape
 * and range semantics/properties.ts gives for it.
 */
import type { Declaration, Expr, Property } from "../../syntax/ast.ts";
import type { QuickFix } from "../../diagnostics/diagnostic.ts";
import type { Message } from "../../i18n/translate.ts";
import { foldConstant, MAX_MAGNITUDE, withinMagnitude } from "../constant.ts";
import { PROPERTIES, propertySpec } from "../properties.ts";
import { walkExpr } from "../symbols.ts";
import { closest, groupDigits, type CheckContext } from "./context.ts";

export function checkProperties(c: CheckContext, d: Declaration): void {
  const specs = PROPERTIES[d.kind];
  const counts = new Map<string, number>();
  for (const p of d.properties) {
    const key = p.key.text;
    const spec = propertySpec(d.kind, key);
    if (!spec) {
      const suggestion = closest(
        key,
        specs.map((s) => s.key),
      );
      const fixes: QuickFix[] = suggestion
        ? [{ title: `Change to \`${suggestion}\``, edits: [{ range: p.key.range, newText: suggestion }] }]
        : [];
      c.report(
        "KPI004",
        p.key.range,
        {
          key: "check.KPI004.notProperty",
          params: {
            key,
            kind: d.kind,
            rest: suggestion
              ? { key: "check.KPI002.didYouMean", params: { suggestion } }
              : { key: "check.KPI004.takesKeys", params: { keys: specs.map((s) => `\`${s.key}\``).join(", ") } },
          },
        },
        d,
        fixes,
      );
      continue;
    }
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > 1 && !spec.repeatable) {
      c.report("KPI004", p.key.range, { key: "check.KPI004.twice", params: { key, kind: d.kind } }, d);
      continue;
    }
    if (p.value.kind === "missing") continue; // reported by the parser
    if (p.value.kind === "expr" && containsError(p.value.expr)) continue; // reported by the lexer or parser
    if (!checkMagnitudes(c, d, p)) continue;
    checkValueKind(c, d, p);
  }
  // A bare keyword (`metric` alone, being typed) already has its syntax error, which says what to write.
  const fragment = d.name === null && d.properties.length === 0;
  for (const spec of specs) {
    if (spec.required && !counts.has(spec.key) && !fragment) {
      c.report(
        "KPI005",
        d.name?.range ?? d.keywordRange,
        { key: "check.KPI005.needs", params: { kind: d.kind, key: spec.key, doc: { key: spec.docKey } } },
        d,
      );
    }
  }
}

/**
 * Every number literal in the property, and its folded value where it is a constant, within
 * ±MAX_MAGNITUDE: `1e400` or 400 digits would be infinite, and scoring cannot work with that.
 * Returns false when something was reported.
 */
function checkMagnitudes(c: CheckContext, d: Declaration, p: Property): boolean {
  const v = p.value;
  const parts =
    v.kind === "expr"
      ? [v.expr]
      : v.kind === "step"
        ? [v.threshold, v.points]
        : v.kind === "capScore"
          ? [v.limit]
          : v.kind === "quota"
            ? [v.share]
            : [];
  let ok = true;
  for (const e of parts) {
    walkExpr(e, (n) => {
      if (ok && n.kind === "number" && !withinMagnitude(n.value)) {
        ok = false;
        c.report("KPI004", n.range, { key: "check.KPI004.tooLarge", params: { text: shorten(n.text), limit: LIMIT } }, d);
      }
    });
    const folded = ok ? foldConstant(e) : null;
    if (folded !== null && !withinMagnitude(folded)) {
      ok = false;
      c.report(
        "KPI004",
        e.range,
        {
          key: "check.KPI004.worksOut",
          params: { value: Number.isFinite(folded) ? folded.toExponential(3) : { key: "check.infinity" }, limit: LIMIT },
        },
        d,
      );
    }
  }
  if (!ok) c.badNumbers.add(p);
  return ok;
}

function checkValueKind(c: CheckContext, d: Declaration, p: Property): void {
  const spec = propertySpec(d.kind, p.key.text)!;
  const v = p.value;
  const key = p.key.text;
  const wrong = (expected: Message) => c.report("KPI004", v.range, { key: "check.KPI004.takes", params: { key, expected } }, d);
  switch (spec.value.kind) {
    case "string":
      if (v.kind !== "expr" || v.expr.kind !== "string") wrong({ key: "check.expect.text" });
      return;
    case "enum": {
      const words = spec.value.words;
      if (v.kind !== "expr" || v.expr.kind !== "name")
        return wrong({ key: "check.expect.oneOf", params: { words: words.map((w) => `\`${w}\``).join(", ") } });
      if (!words.includes(v.expr.name)) {
        const s = closest(v.expr.name, words);
        c.report(
          "KPI004",
          v.range,
          {
            key: "check.KPI004.notOneOf",
            params: { key, words: words.map((w) => `\`${w}\``).join(", "), value: v.expr.name, suggestion: s ?? "__none" },
          },
          d,
          s ? [{ title: `Change to \`${s}\``, edits: [{ range: v.range, newText: s }] }] : [],
        );
      }
      return;
    }
    case "number": {
      if (v.kind !== "expr") return wrong({ key: "check.expect.number" });
      const n = foldConstant(v.expr);
      if (n === null || !Number.isFinite(n))
        return wrong({ key: spec.value.percentLike ? "check.expect.numberOrPercent" : "check.expect.numberExample" });
      const { min, above, max, integer } = spec.value;
      if (min !== undefined && n < min)
        return wrong({ key: spec.value.percentLike ? "check.expect.atLeastShare" : "check.expect.atLeast", params: { min } });
      if (above !== undefined && n <= above) return wrong({ key: "check.expect.above", params: { min: above } });
      if (max !== undefined && n > max)
        return wrong(
          spec.value.percentLike
            ? { key: "check.expect.shareUpTo", params: { max: max * 100 } }
            : { key: "check.expect.atMost", params: { max: groupDigits(max) } },
        );
      if (integer && !Number.isInteger(n)) return wrong({ key: "check.expect.whole" });
      if (integer && n > 1e12) return wrong({ key: "check.expect.wholeLimit" });
      return;
    }
    case "expr":
      if (v.kind !== "expr") wrong({ key: "check.expect.expr" });
      else if (v.expr.kind === "string") wrong({ key: "check.expect.exprNotText" });
      return;
    case "ref":
      if (v.kind !== "expr" || v.expr.kind !== "name") wrong({ key: "check.expect.nameOf", params: { kind: spec.value.target } });
      return;
    case "observable":
      if (v.kind !== "expr" || (v.expr.kind !== "member" && v.expr.kind !== "name")) wrong({ key: "check.expect.observable" });
      return;
    case "step":
      if (v.kind !== "step") wrong({ key: "check.expect.step" });
      else if (foldConstant(v.threshold) === null || foldConstant(v.points) === null) wrong({ key: "check.expect.stepNumbers" });
      return;
    case "gateCap":
      if (v.kind === "capRating") return;
      if (v.kind === "capScore") {
        if (foldConstant(v.limit) === null) wrong({ key: "check.expect.capScore" });
        return;
      }
      return wrong({ key: "check.expect.cap" });
    case "quota": {
      const share = v.kind === "quota" ? v.share : v.kind === "expr" ? v.expr : null;
      if (!share || !isShareLiteral(share)) return wrong({ key: "check.expect.quota" });
      const n = foldConstant(share)!;
      if (n < 0 || n > 1) wrong({ key: "check.expect.share" });
      return;
    }
    case "columns": {
      const items = v.kind === "list" ? v.items : v.kind === "expr" ? [v.expr] : [];
      if (items.length === 0 || items.some((e) => e.kind !== "name")) return wrong({ key: "check.expect.columns" });
      const seen = new Set<string>();
      for (const e of items) {
        const name = e.kind === "name" ? e.name : "";
        if (seen.has(name)) c.report("KPI004", e.range, { key: "check.KPI004.listedTwice", params: { name, key } }, d);
        seen.add(name);
      }
      return;
    }
  }
}

const LIMIT = groupDigits(MAX_MAGNITUDE);

/** A long literal as a message shows it. */
function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 12)}…${text.slice(-6)}` : text;
}

function isShareLiteral(e: Expr): boolean {
  return e.kind === "number";
}

/** Whether an expression holds a value the lexer or parser already reported (a malformed number). */
function containsError(e: Expr): boolean {
  let found = false;
  walkExpr(e, (x) => {
    if (x.kind === "error") found = true;
  });
  return found;
}
