/**
 * Binding: every name a declaration uses is looked up (KPI002, KPI003) and recorded as a
 * reference for hover, rename and go-to-definition; expressions report what they read.
 */
import type { Declaration, DeclarationKind, Expr, Range } from "../../syntax/ast.ts";
import { BUILTIN_SCORE, FUNCTION_NAMES, FUNCTIONS, INDICATOR_MEMBERS, type FunctionName } from "../../syntax/vocabulary.ts";
import type { Message } from "../../i18n/translate.ts";
import { fixTitled } from "../../diagnostics/diagnostic.ts";
import { OBSERVABLE_BY_NAME, OBSERVABLES } from "../observables.ts";
import { walkExpr, type ReferenceContext } from "../symbols.ts";
import { closest, type CheckContext } from "./context.ts";

export function checkNames(c: CheckContext): void {
  const seen = new Map<string, Declaration>();
  let scheme: Declaration | null = null;
  for (const d of c.file.declarations) {
    if (d.kind === "scheme") {
      if (scheme) c.report("KPI003", d.keywordRange, { key: "check.KPI003.twoSchemes" }, d);
      scheme ??= d;
      continue;
    }
    if (!d.name) continue; // a syntax error (KPI001), reported by the parser
    const first = seen.get(d.name.text);
    if (first) {
      c.report(
        "KPI003",
        d.name.range,
        { key: "check.KPI003.duplicate", params: { name: d.name.text, kind: first.kind, line: first.name!.range.start.line } },
        d,
      );
    } else {
      seen.set(d.name.text, d);
    }
  }
}

function resolveRef(
  c: CheckContext,
  name: string,
  range: Range,
  context: ReferenceContext,
  expected: DeclarationKind[],
  from: Declaration,
  /** Names the language gives in this place (`score` in a `when`), offered beside the declared ones. */
  builtins: readonly string[] = [],
): Declaration | null {
  const target = c.byName.get(name) ?? null;
  c.references.push({ name, range, context, target });
  if (!target || !expected.includes(target.kind)) {
    const declared = [...c.byName.values()].filter((x) => expected.includes(x.kind)).map((x) => x.name!.text);
    const candidates = [...declared, ...builtins.filter((b) => !c.byName.has(b))];
    const s = closest(name, candidates);
    const what: Message = {
      key: "check.kinds",
      params: { n: expected.length, a: expected[0] ?? "", b: expected[1] ?? "", c: expected[2] ?? "" },
    };
    const found: Message | string = target ? { key: "check.KPI002.found", params: { name, kind: target.kind } } : "";
    const names = `${candidates
      .slice(0, 8)
      .map((x) => `\`${x}\``)
      .join(", ")}${candidates.length > 8 ? ", …" : ""}`;
    const rest: Message = s
      ? { key: "check.KPI002.didYouMean", params: { suggestion: s } }
      : candidates.length > 0
        ? { key: "check.KPI002.useOneOf", params: { names } }
        : { key: "check.KPI002.declare", params: { kind: expected[0] ?? "" } };
    c.report(
      "KPI002",
      range,
      { key: "check.KPI002.unknown", params: { what, name, found, rest } },
      from,
      s ? [{ title: `Change to \`${s}\``, edits: [{ range, newText: s }] }] : [],
    );
    return null;
  }
  return target;
}

/** Checks names in a `value` or `when` expression; returns the indicators it reads. */
function checkExpr(c: CheckContext, e: Expr, context: "value" | "when", from: Declaration): Set<string> {
  const reads = new Set<string>();
  const allowed: DeclarationKind[] = context === "value" ? ["metric", "indicator"] : ["metric", "indicator", "group"];
  walkExpr(e, (n) => {
    if (n.kind === "name") {
      if (context === "when" && n.name === BUILTIN_SCORE) {
        c.references.push({ name: BUILTIN_SCORE, range: n.range, context, target: null });
        return;
      }
      if (context === "value" && n.name === BUILTIN_SCORE && !c.byName.has(BUILTIN_SCORE)) {
        c.report("KPI002", n.range, { key: "check.KPI002.scoreInValue" }, from);
        return;
      }
      const t = resolveRef(c, n.name, n.range, context, allowed, from, context === "when" ? [BUILTIN_SCORE] : []);
      if (t?.kind === "indicator") reads.add(n.name);
    } else if (n.kind === "member") {
      const t = resolveRef(c, n.object.text, n.object.range, context, ["indicator"], from);
      if (t && !(INDICATOR_MEMBERS as readonly string[]).includes(n.member.text)) {
        c.report("KPI002", n.member.range, { key: "check.KPI002.member", params: { member: n.member.text } }, from, [
          fixTitled({ key: "check.KPI002.member.fix" }, [{ range: n.member.range, newText: "points" }]),
        ]);
      }
      if (t) reads.add(n.object.text);
    } else if (n.kind === "call") {
      // Own keys only: `constructor(x)` is not a function of the language.
      const f = Object.hasOwn(FUNCTIONS, n.callee.text) ? FUNCTIONS[n.callee.text as FunctionName] : undefined;
      if (!f) {
        const s = closest(n.callee.text, FUNCTION_NAMES);
        c.report(
          "KPI002",
          n.callee.range,
          {
            key: "check.KPI002.function",
            params: { name: n.callee.text, suggestion: s ? { key: "check.KPI002.function.didYouMean", params: { name: s } } : "" },
          },
          from,
        );
      } else if (n.args.length < f.minArgs || n.args.length > f.maxArgs) {
        c.report(
          "KPI004",
          n.range,
          { key: "check.KPI004.arity", params: { name: n.callee.text, one: f.maxArgs === 1 ? "yes" : "no" } },
          from,
        );
      }
    } else if (n.kind === "string") {
      c.report("KPI004", n.range, { key: "check.KPI004.text" }, from);
    }
  });
  return reads;
}

/** KPI002: a metric's `observes` names an observable the simulator offers. */
export function checkObservables(c: CheckContext, metrics: Declaration[]): void {
  for (const d of metrics) {
    const p = c.prop(d, "observes");
    if (p?.value.kind === "expr" && (p.value.expr.kind === "member" || p.value.expr.kind === "name")) {
      const e = p.value.expr;
      const name = e.kind === "member" ? `${e.object.text}.${e.member.text}` : e.name;
      if (!OBSERVABLE_BY_NAME.has(name)) {
        const s = closest(
          name,
          OBSERVABLES.map((o) => o.name),
        );
        c.report(
          "KPI002",
          p.value.range,
          {
            key: "check.KPI002.observable",
            params: { name, suggestion: s ?? "__none", offered: OBSERVABLES.map((o) => `\`${o.name}\``).join(", ") },
          },
          d,
          s ? [{ title: `Change to \`${s}\``, edits: [{ range: p.value.range, newText: s }] }] : [],
        );
      }
    }
  }
}

/**
 * Each group's and indicator's parent group. Only the first declaration of a name takes part:
 * a later one with the same name is a KPI003 already, and letting it in would key an
 * indicator's parent as if it were a group's.
 */
export function bindParents(c: CheckContext, groups: Declaration[], indicators: Declaration[]): Map<string, string> {
  const parentOf = new Map<string, string>();
  for (const d of [...groups, ...indicators]) {
    const p = c.prop(d, "group");
    if (p?.value.kind === "expr" && p.value.expr.kind === "name") {
      const t = resolveRef(c, p.value.expr.name, p.value.range, "group", ["group"], d);
      if (t && c.byName.get(d.name!.text) === d) parentOf.set(d.name!.text, t.name!.text);
    }
  }
  return parentOf;
}

/** Binds the names in indicator values, gate conditions and caps, and quotas; returns what each indicator reads. */
export function bindExpressions(
  c: CheckContext,
  indicators: Declaration[],
  gates: Declaration[],
  ratings: Declaration[],
): Map<string, Set<string>> {
  const indicatorReads = new Map<string, Set<string>>();
  for (const d of indicators) {
    const p = c.prop(d, "value");
    if (p?.value.kind === "expr") indicatorReads.set(d.name!.text, checkExpr(c, p.value.expr, "value", d));
  }
  for (const d of gates) {
    const p = c.prop(d, "when");
    if (p?.value.kind === "expr") checkExpr(c, p.value.expr, "when", d);
    const cap = c.prop(d, "cap");
    if (cap?.value.kind === "capRating") resolveRef(c, cap.value.rating.text, cap.value.rating.range, "capRating", ["rating"], d);
  }
  for (const d of ratings) {
    const q = c.prop(d, "quota");
    if (q?.value.kind === "quota" && q.value.of) resolveRef(c, q.value.of.text, q.value.of.range, "quotaOf", ["rating"], d);
  }
  return indicatorReads;
}

/** The members of each group ("" for the top level), in file order, first declarations only. */
export function membersByParent(c: CheckContext, parentOf: Map<string, string>): Map<string, Declaration[]> {
  const memberDecls = new Map<string, Declaration[]>();
  for (const d of c.file.declarations) {
    if ((d.kind !== "indicator" && d.kind !== "group") || !d.name) continue;
    if (c.byName.get(d.name.text) !== d) continue;
    const parent = parentOf.get(d.name.text) ?? "";
    if (!memberDecls.has(parent)) memberDecls.set(parent, []);
    memberDecls.get(parent)!.push(d);
  }
  return memberDecls;
}
