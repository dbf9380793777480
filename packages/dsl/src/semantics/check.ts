/**
 * The checker: resolves names, validates properties and structure (KPI002–KPI008, KPI101,
 * KPI102) and, when nothing is wrong, builds the resolved `Scheme` that scoring runs on.
 */
import { MIX_KEYS, mixProblem } from "../scenario/population-mix.ts";
import type { Declaration, DeclarationKind, Expr, Property, Range, SchemeFile } from "../syntax/ast.ts";
import { CODES, type DiagnosticCode } from "../diagnostics/codes.ts";
import { catalogueMessage, type Diagnostic, type QuickFix } from "../diagnostics/diagnostic.ts";
import type { Message } from "../i18n/translate.ts";
import { editDistance } from "../syntax/parser.ts";
import { foldConstant, isPercentLiteral, MAX_MAGNITUDE, plainLiteral, withinMagnitude } from "./constant.ts";
import type {
  Aspect,
  Better,
  Gate,
  GateCap,
  Group,
  Indicator,
  Member,
  Metric,
  MetricSource,
  MetricType,
  PoolSpec,
  Quota,
  Rating,
  Scheme,
  SimulationSettings,
  Step,
} from "./model.ts";
import { OBSERVABLE_BY_NAME, OBSERVABLES } from "./observables.ts";
import { PROPERTIES, propertySpec } from "./properties.ts";
import { declarationsByName, walkExpr, type Reference, type ReferenceContext, type SymbolTable } from "./symbols.ts";
import { inferAspect } from "./aspects.ts";
import { computeEffectiveWeights } from "./effective-weights.ts";

export interface CheckResult {
  diagnostics: Diagnostic[];
  scheme: Scheme | null;
  symbols: SymbolTable;
}

const FUNCTIONS: Record<string, { min: number; max: number }> = {
  min: { min: 1, max: Infinity },
  max: { min: 1, max: Infinity },
  abs: { min: 1, max: 1 },
};

class Checker {
  readonly diagnostics: Diagnostic[] = [];
  readonly references: Reference[] = [];
  readonly byName: Map<string, Declaration>;
  /** Properties whose numbers are out of range, already reported: no second message. */
  readonly badNumbers = new WeakSet<Property>();

  constructor(readonly file: SchemeFile) {
    this.byName = declarationsByName(file);
  }

  /** `message`: English text, or a catalogue message that every language can show. */
  report(code: DiagnosticCode, range: Range, message: string | Message, decl?: Declaration, fixes?: QuickFix[]): void {
    const words = typeof message === "string" ? { message } : catalogueMessage(message);
    const d: Diagnostic = { code, severity: CODES[code].severity, ...words, range };
    if (decl?.name) d.declaration = { kind: decl.kind, name: decl.name.text };
    if (fixes && fixes.length > 0) d.fixes = fixes;
    this.diagnostics.push(d);
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === "error");
  }

  props(decl: Declaration, key: string): Property[] {
    return decl.properties.filter((p) => p.key.text === key);
  }

  prop(decl: Declaration, key: string): Property | undefined {
    return decl.properties.find((p) => p.key.text === key);
  }

  // ---- names -------------------------------------------------------------------------------

  checkNames(): void {
    const seen = new Map<string, Declaration>();
    let scheme: Declaration | null = null;
    for (const d of this.file.declarations) {
      if (d.kind === "scheme") {
        if (scheme) this.report("KPI003", d.keywordRange, "A file holds one `scheme` block; merge this one into the first.", d);
        scheme ??= d;
        continue;
      }
      if (!d.name) continue; // a syntax error (KPI001), reported by the parser
      const first = seen.get(d.name.text);
      if (first) {
        this.report(
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

  // ---- properties --------------------------------------------------------------------------

  checkProperties(d: Declaration): void {
    const specs = PROPERTIES[d.kind];
    const counts = new Map<string, number>();
    for (const p of d.properties) {
      const key = p.key.text;
      const spec = propertySpec(d.kind, key);
      if (!spec) {
        const suggestion = closest(key, specs.map((s) => s.key));
        const fixes: QuickFix[] = suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ range: p.key.range, newText: suggestion }] }] : [];
        this.report(
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
        this.report("KPI004", p.key.range, { key: "check.KPI004.twice", params: { key, kind: d.kind } }, d);
        continue;
      }
      if (p.value.kind === "missing") continue; // reported by the parser
      if (!this.checkMagnitudes(d, p)) continue;
      this.checkValueKind(d, p);
    }
    for (const spec of specs) {
      if (spec.required && !counts.has(spec.key)) {
        this.report("KPI005", d.name?.range ?? d.keywordRange, { key: "check.KPI005.needs", params: { kind: d.kind, key: spec.key, doc: { key: spec.docKey } } }, d);
      }
    }
  }

  /**
   * Every number literal in the property, and its folded value where it is a constant, within
   * ±MAX_MAGNITUDE: `1e400` or 400 digits would be infinite, and scoring cannot work with that.
   * Returns false when something was reported.
   */
  checkMagnitudes(d: Declaration, p: Property): boolean {
    const v = p.value;
    const parts = v.kind === "expr" ? [v.expr] : v.kind === "step" ? [v.threshold, v.points] : v.kind === "capScore" ? [v.limit] : v.kind === "quota" ? [v.share] : [];
    let ok = true;
    for (const e of parts) {
      walkExpr(e, (n) => {
        if (ok && n.kind === "number" && !withinMagnitude(n.value)) {
          ok = false;
          this.report("KPI004", n.range, `\`${shorten(n.text)}\` is too large: ${LIMIT_TEXT}.`, d);
        }
      });
      const folded = ok ? foldConstant(e) : null;
      if (folded !== null && !withinMagnitude(folded)) {
        ok = false;
        this.report("KPI004", e.range, `This works out to ${Number.isFinite(folded) ? folded.toExponential(3) : "infinity"}, too large: ${LIMIT_TEXT}.`, d);
      }
    }
    if (!ok) this.badNumbers.add(p);
    return ok;
  }

  checkValueKind(d: Declaration, p: Property): void {
    const spec = propertySpec(d.kind, p.key.text)!;
    const v = p.value;
    const key = p.key.text;
    const wrong = (expected: Message) => this.report("KPI004", v.range, { key: "check.KPI004.takes", params: { key, expected } }, d);
    switch (spec.value.kind) {
      case "string":
        if (v.kind !== "expr" || v.expr.kind !== "string") wrong({ key: "check.expect.text" });
        return;
      case "enum": {
        const words = spec.value.words;
        if (v.kind !== "expr" || v.expr.kind !== "name") return wrong({ key: "check.expect.oneOf", params: { words: words.map((w) => `\`${w}\``).join(", ") } });
        if (!words.includes(v.expr.name)) {
          const s = closest(v.expr.name, words);
          this.report(
            "KPI004",
            v.range,
            `\`${key}\` takes one of ${words.map((w) => `\`${w}\``).join(", ")}, not \`${v.expr.name}\`${s ? ` (did you mean \`${s}\`?)` : ""}.`,
            d,
            s ? [{ title: `Change to \`${s}\``, edits: [{ range: v.range, newText: s }] }] : [],
          );
        }
        return;
      }
      case "number": {
        if (v.kind !== "expr") return wrong({ key: "check.expect.number" });
        const n = foldConstant(v.expr);
        if (n === null || !Number.isFinite(n)) return wrong({ key: spec.value.percentLike ? "check.expect.numberOrPercent" : "check.expect.numberExample" });
        const { min, max, integer } = spec.value;
        if (min !== undefined && n < min) return wrong({ key: spec.value.percentLike ? "check.expect.atLeastShare" : "check.expect.atLeast", params: { min } });
        if (max !== undefined && n > max) return wrong(spec.value.percentLike ? { key: "check.expect.shareUpTo", params: { max: max * 100 } } : { key: "check.expect.atMost", params: { max: groupDigits(max) } });
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
          if (seen.has(name)) this.report("KPI004", e.range, `\`${name}\` is listed twice in \`${key}\`; keep one.`, d);
          seen.add(name);
        }
        return;
      }
    }
  }

  // ---- references --------------------------------------------------------------------------

  resolveRef(name: string, range: Range, context: ReferenceContext, expected: DeclarationKind[], from: Declaration): Declaration | null {
    const target = this.byName.get(name) ?? null;
    this.references.push({ name, range, context, target });
    if (!target || !expected.includes(target.kind)) {
      const candidates = [...this.byName.values()].filter((x) => expected.includes(x.kind)).map((x) => x.name!.text);
      const s = closest(name, candidates);
      const what: Message = { key: "check.kinds", params: { n: expected.length, a: expected[0] ?? "", b: expected[1] ?? "", c: expected[2] ?? "" } };
      const found: Message | string = target ? { key: "check.KPI002.found", params: { name, kind: target.kind } } : "";
      const names = `${candidates.slice(0, 8).map((x) => `\`${x}\``).join(", ")}${candidates.length > 8 ? ", …" : ""}`;
      const rest: Message = s
        ? { key: "check.KPI002.didYouMean", params: { suggestion: s } }
        : candidates.length > 0
          ? { key: "check.KPI002.useOneOf", params: { names } }
          : { key: "check.KPI002.declare", params: { kind: expected[0] ?? "" } };
      this.report(
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
  checkExpr(e: Expr, context: "value" | "when", from: Declaration): Set<string> {
    const reads = new Set<string>();
    const allowed: DeclarationKind[] = context === "value" ? ["metric", "indicator"] : ["metric", "indicator", "group"];
    walkExpr(e, (n) => {
      if (n.kind === "name") {
        if (context === "when" && n.name === "score") {
          this.references.push({ name: "score", range: n.range, context, target: null });
          return;
        }
        if (context === "value" && n.name === "score" && !this.byName.has("score")) {
          this.report("KPI002", n.range, "`score` (the total score) is only available in a gate's `when`; an indicator's value reads metrics and other indicators.", from);
          return;
        }
        const t = this.resolveRef(n.name, n.range, context, allowed, from);
        if (t?.kind === "indicator") reads.add(n.name);
      } else if (n.kind === "member") {
        const t = this.resolveRef(n.object.text, n.object.range, context, ["indicator"], from);
        if (t && n.member.text !== "points" && n.member.text !== "value") {
          this.report("KPI002", n.member.range, `An indicator has \`.points\` (its points) and \`.value\`; \`${n.member.text}\` is neither.`, from, [
            { title: "Change to `.points`", edits: [{ range: n.member.range, newText: "points" }] },
          ]);
        }
        if (t) reads.add(n.object.text);
      } else if (n.kind === "call") {
        const f = FUNCTIONS[n.callee.text];
        if (!f) {
          const s = closest(n.callee.text, Object.keys(FUNCTIONS));
          this.report("KPI002", n.callee.range, `There is no function \`${n.callee.text}\`; the functions are \`min\`, \`max\` and \`abs\`.${s ? ` Did you mean \`${s}\`?` : ""}`, from);
        } else if (n.args.length < f.min || n.args.length > f.max) {
          this.report("KPI004", n.range, `\`${n.callee.text}\` takes ${f.max === 1 ? "exactly one value" : "one or more values"}.`, from);
        }
      } else if (n.kind === "string") {
        this.report("KPI004", n.range, "Text in quotes cannot be computed with; use a metric, an indicator or a number.", from);
      }
    });
    return reads;
  }
}

const LIMIT_TEXT = `a number in a rule file lies between -${groupDigits(MAX_MAGNITUDE)} and ${groupDigits(MAX_MAGNITUDE)}`;

function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, "_");
}

/** A long literal as a message shows it. */
function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 12)}…${text.slice(-6)}` : text;
}

function isShareLiteral(e: Expr): boolean {
  return e.kind === "number";
}

export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  return bestD <= limit ? best : null;
}

function text(d: Declaration, c: Checker, key: string): string | null {
  const p = c.prop(d, key);
  return p?.value.kind === "expr" && p.value.expr.kind === "string" ? p.value.expr.value : null;
}

function word(d: Declaration, c: Checker, key: string): string | null {
  const p = c.prop(d, key);
  return p?.value.kind === "expr" && p.value.expr.kind === "name" ? p.value.expr.name : null;
}

function num(d: Declaration, c: Checker, key: string): number | null {
  const p = c.prop(d, key);
  const n = p?.value.kind === "expr" ? foldConstant(p.value.expr) : null;
  // Out of range is a KPI004 already; the checks that compare numbers leave it alone.
  return n !== null && withinMagnitude(n) ? n : null;
}

/**
 * Whether an indicator's value is a share (0..1), for KPI102. A loop, not recursion: a value
 * may name an indicator that names another, thousands deep.
 */
function isRatioExpr(start: Expr, c: Checker): boolean {
  const seen = new Set<string>();
  let e = start;
  for (;;) {
    switch (e.kind) {
      case "paren":
        e = e.expr;
        continue;
      case "name": {
        const d = c.byName.get(e.name);
        if (!d) return false;
        if (d.kind === "metric") return word(d, c, "type") === "ratio";
        if (d.kind !== "indicator" || seen.has(e.name)) return false;
        seen.add(e.name);
        const v = c.prop(d, "value");
        if (v?.value.kind !== "expr") return false;
        e = v.value.expr;
        continue;
      }
      case "binary":
        if (e.op === "/") {
          const l = metricType(e.left, c);
          const r = metricType(e.right, c);
          return l !== null && l === r && (l === "count" || l === "money");
        }
        return false;
      default:
        return false;
    }
  }
}

function metricType(e: Expr, c: Checker): string | null {
  if (e.kind === "paren") return metricType(e.expr, c);
  if (e.kind === "binary" && (e.op === "+" || e.op === "-")) {
    const l = metricType(e.left, c);
    return l !== null && l === metricType(e.right, c) ? l : null;
  }
  if (e.kind !== "name") return null;
  const d = c.byName.get(e.name);
  return d?.kind === "metric" ? word(d, c, "type") : null;
}

export function check(file: SchemeFile): CheckResult {
  const c = new Checker(file);
  c.checkNames();
  for (const d of file.declarations) c.checkProperties(d);

  const decls = (kind: DeclarationKind) => file.declarations.filter((d) => d.kind === kind && d.name);
  const metrics = decls("metric");
  const indicators = decls("indicator");
  const groups = decls("group");
  const gates = decls("gate");
  const ratings = decls("rating");

  for (const d of file.declarations) checkLayout(c, d);

  // Metric observables.
  for (const d of metrics) {
    const p = c.prop(d, "observes");
    if (p?.value.kind === "expr" && (p.value.expr.kind === "member" || p.value.expr.kind === "name")) {
      const e = p.value.expr;
      const name = e.kind === "member" ? `${e.object.text}.${e.member.text}` : e.name;
      if (!OBSERVABLE_BY_NAME.has(name)) {
        const s = closest(name, OBSERVABLES.map((o) => o.name));
        c.report(
          "KPI002",
          p.value.range,
          `The simulator has no observable \`${name}\`${s ? `: did you mean \`${s}\`?` : `; it offers ${OBSERVABLES.map((o) => `\`${o.name}\``).join(", ")}.`}`,
          d,
          s ? [{ title: `Change to \`${s}\``, edits: [{ range: p.value.range, newText: s }] }] : [],
        );
      }
    }
  }

  // Group parents and cycles. Only the first declaration of a name takes part: a later one
  // with the same name is a KPI003 already, and letting it in would key an indicator's parent
  // as if it were a group's.
  const parentOf = new Map<string, string>();
  for (const d of [...groups, ...indicators]) {
    const p = c.prop(d, "group");
    if (p?.value.kind === "expr" && p.value.expr.kind === "name") {
      const t = c.resolveRef(p.value.expr.name, p.value.range, "group", ["group"], d);
      if (t && c.byName.get(d.name!.text) === d) parentOf.set(d.name!.text, t.name!.text);
    }
  }
  const inCycle = groupCycles(groups.filter((d) => c.byName.get(d.name!.text) === d).map((d) => d.name!.text), parentOf);
  for (const d of groups) {
    const name = d.name!.text;
    const cycle = inCycle.get(name);
    if (!cycle || c.byName.get(name) !== d) continue;
    const next = parentOf.get(name)!;
    const size = cycle.size;
    c.report(
      "KPI008",
      c.prop(d, "group")!.value.range,
      next === name
        ? `Group \`${name}\` names itself as its parent; a group's parent chain must reach the top level.`
        : `Group \`${name}\` is inside \`${next}\`, whose parent chain leads back to \`${name}\` (a circle of ${size} groups); a group's parent chain must reach the top level.`,
      d,
    );
  }

  // Nesting depth: reported once, at the `group` that first goes too deep.
  const depthOf = groupDepths(groups.filter((d) => c.byName.get(d.name!.text) === d).map((d) => d.name!.text), parentOf, inCycle);
  for (const d of [...groups, ...indicators]) {
    const parent = parentOf.get(d.name!.text);
    if (parent === undefined || c.byName.get(d.name!.text) !== d) continue;
    if (d.kind === "group" ? depthOf.get(parent) === MAX_GROUP_DEPTH : false) {
      c.report("KPI004", c.prop(d, "group")!.value.range, `Groups nest more than ${MAX_GROUP_DEPTH} deep here (\`${d.name!.text}\` inside \`${parent}\`); move this group up a level or flatten the groups above it.`, d);
    }
  }

  // Expressions.
  const indicatorReads = new Map<string, Set<string>>();
  for (const d of indicators) {
    const p = c.prop(d, "value");
    if (p?.value.kind === "expr") indicatorReads.set(d.name!.text, c.checkExpr(p.value.expr, "value", d));
  }
  for (const d of gates) {
    const p = c.prop(d, "when");
    if (p?.value.kind === "expr") c.checkExpr(p.value.expr, "when", d);
    const cap = c.prop(d, "cap");
    if (cap?.value.kind === "capRating") c.resolveRef(cap.value.rating.text, cap.value.rating.range, "capRating", ["rating"], d);
  }
  for (const d of ratings) {
    const q = c.prop(d, "quota");
    if (q?.value.kind === "quota" && q.value.of) c.resolveRef(q.value.of.text, q.value.of.range, "quotaOf", ["rating"], d);
  }

  // Indicator value cycles.
  const order = orderIndicators(indicators.map((d) => d.name!.text), indicatorReads, (cycle) => {
    const d = c.byName.get(cycle[0]!)!;
    c.report("KPI008", c.prop(d, "value")!.value.range, `Indicator values refer to each other in a circle (${[...cycle, cycle[0]].join(" → ")}); break the circle.`, d);
  });

  // Indicator thresholds.
  for (const d of indicators) checkThresholds(c, d);

  // Rating bands.
  checkRatings(c, ratings);

  // The population mix of a simulation block, by the rule the simulator fills it with
  // (scenario/population-mix.ts): what `check` lets through, `simulate` runs.
  for (const d of decls("simulation")) {
    const given = Object.fromEntries(MIX_KEYS.map((k) => [k, num(d, c, k)]));
    if (!mixProblem(given)) continue;
    const shares = MIX_KEYS.map((k) => given[k]);
    const sum = shares.reduce((a: number, b) => a + (b ?? 0), 0);
    if (shares.every((x) => x !== null)) {
      c.report("KPI004", d.name!.range, `The population shares (saints, honest, reactive, maniacs) sum to ${round(sum * 100)}%, not 100%; adjust them so that every simulated staff member has a type.`, d);
    } else {
      const named = MIX_KEYS.filter((k) => given[k] !== null);
      c.report("KPI004", d.name!.range, `The population shares given (${named.join(", ")}) add up to ${round(sum * 100)}%, more than 100%; lower them (the shares not given split what is left in proportion to their defaults).`, d);
    }
  }

  // Weights.
  const memberDecls = new Map<string, Declaration[]>();
  for (const d of file.declarations) {
    if ((d.kind !== "indicator" && d.kind !== "group") || !d.name) continue;
    if (c.byName.get(d.name.text) !== d) continue;
    const parent = parentOf.get(d.name.text) ?? "";
    if (!memberDecls.has(parent)) memberDecls.set(parent, []);
    memberDecls.get(parent)!.push(d);
  }
  checkWeightSums(c, memberDecls);

  const symbols: SymbolTable = { byName: c.byName, references: c.references };
  if (c.hasErrors || inCycle.size > 0) return { diagnostics: c.diagnostics, scheme: null, symbols };
  const scheme = buildScheme(c, file, { metrics, indicators, groups, gates, ratings }, parentOf, memberDecls, order);
  return { diagnostics: c.diagnostics, scheme, symbols };
}

/**
 * The groups that lie on a parent cycle, each mapped to the set of its cycle. Every group has
 * at most one parent, so one walk per unvisited group finds every cycle in linear time.
 */
function groupCycles(names: string[], parentOf: Map<string, string>): Map<string, Set<string>> {
  const state = new Map<string, 1 | 2>();
  const inCycle = new Map<string, Set<string>>();
  for (const start of names) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let cur: string | undefined = start;
    while (cur !== undefined && !state.has(cur)) {
      state.set(cur, 1);
      path.push(cur);
      cur = parentOf.get(cur);
    }
    if (cur !== undefined && state.get(cur) === 1) {
      const cycle = new Set(path.slice(path.indexOf(cur)));
      for (const n of cycle) inCycle.set(n, cycle);
    }
    for (const n of path) state.set(n, 2);
  }
  return inCycle;
}

/**
 * Depth-first order of indicators after the ones they read, with an explicit stack: a chain
 * of indicators reading each other may be far longer than the JavaScript stack is deep.
 */
function orderIndicators(names: string[], reads: Map<string, Set<string>>, onCycle: (cycle: string[]) => void): string[] {
  const state = new Map<string, 1 | 2>();
  const out: string[] = [];
  const path: string[] = [];
  const pending: Iterator<string>[] = [];
  for (const root of names) {
    if (state.has(root)) continue;
    state.set(root, 1);
    path.push(root);
    pending.push((reads.get(root) ?? new Set<string>()).values());
    while (pending.length > 0) {
      const next = pending[pending.length - 1]!.next();
      if (next.done) {
        pending.pop();
        const n = path.pop()!;
        state.set(n, 2);
        out.push(n);
        continue;
      }
      const r = next.value;
      const s = state.get(r);
      if (s === 2) continue;
      if (s === 1) {
        onCycle(path.slice(path.indexOf(r)));
        continue;
      }
      state.set(r, 1);
      path.push(r);
      pending.push((reads.get(r) ?? new Set<string>()).values());
    }
  }
  return out;
}

/**
 * How deeply groups may nest (a top-level group is depth 1). Scoring rolls groups up
 * recursively; the bound keeps that far inside any stack. docs/language-reference.md states it.
 */
export const MAX_GROUP_DEPTH = 64;

/**
 * Each group's depth (1 at the top level), for groups not on a cycle. Memoised walks up the
 * parent chain, so a chain of n groups costs O(n).
 */
function groupDepths(names: string[], parentOf: Map<string, string>, inCycle: Map<string, Set<string>>): Map<string, number> {
  const depth = new Map<string, number>();
  for (const start of names) {
    const chain: string[] = [];
    let cur: string | undefined = start;
    while (cur !== undefined && !depth.has(cur) && !inCycle.has(cur)) {
      chain.push(cur);
      cur = parentOf.get(cur);
    }
    if (cur !== undefined && inCycle.has(cur)) continue;
    let d = cur === undefined ? 0 : depth.get(cur)!;
    for (let i = chain.length - 1; i >= 0; i--) depth.set(chain[i]!, ++d);
  }
  return depth;
}

/**
 * KPI103: one property per line in a block that spans lines. A block on a single line
 * (`metric a { type count }`) is the compact form and may hold several.
 */
function checkLayout(c: Checker, d: Declaration): void {
  if (!d.bodyRange || d.bodyRange.start.line === d.bodyRange.end.line) return;
  for (let i = 1; i < d.properties.length; i++) {
    const prev = d.properties[i - 1]!;
    const p = d.properties[i]!;
    if (p.key.range.start.line !== prev.range.end.line) continue;
    const between = { start: prev.range.end, end: p.key.range.start };
    const commented = c.file.comments.some((x) => x.range.start.offset >= between.start.offset && x.range.start.offset < between.end.offset);
    c.report(
      "KPI103",
      p.key.range,
      `\`${p.key.text}\` starts on the line of \`${prev.key.text}\`; put each property on its own line (\`goodhart fmt\` does), so a change to one shows as one changed line.`,
      d,
      commented ? [] : [{ title: `Move \`${p.key.text}\` to its own line`, edits: [{ range: between, newText: "\n  " }] }],
    );
  }
}

function checkThresholds(c: Checker, d: Declaration): void {
  const floorP = c.prop(d, "floor");
  const targetP = c.prop(d, "target");
  const steps = c.props(d, "step");
  const better = word(d, c, "better") ?? "higher";
  const valueP = c.prop(d, "value");
  const ratio = valueP?.value.kind === "expr" ? isRatioExpr(valueP.value.expr, c) : false;
  if (steps.length > 0 && (floorP || targetP)) {
    c.report("KPI004", (floorP ?? targetP)!.key.range, "An indicator is scored either by `floor`/`target` or by `step`s, not both; remove one of them.", d);
    return;
  }
  if (steps.length === 0) {
    if (!floorP && !targetP) {
      c.report("KPI005", d.name!.range, "This indicator needs a way to turn its value into points: `floor` and `target`, or one or more `step THRESHOLD -> POINTS`.", d);
      return;
    }
    if (!floorP || !targetP) {
      c.report("KPI005", (floorP ?? targetP)!.key.range, `This indicator has \`${floorP ? "floor" : "target"}\` but no \`${floorP ? "target" : "floor"}\`: points run from 0 at the floor to 100 at the target, so give both.`, d);
      return;
    }
    const f = num(d, c, "floor");
    const t = num(d, c, "target");
    if (f === null || t === null) return;
    if (f === t) {
      c.report("KPI007", targetP.value.range, { key: "check.KPI007.equal" }, d);
    } else if (better === "higher" && t < f) {
      c.report("KPI007", targetP.value.range, { key: "check.KPI007.belowFloor" }, d);
    } else if (better === "lower" && t > f) {
      c.report("KPI007", targetP.value.range, { key: "check.KPI007.aboveFloor" }, d);
    }
    if (ratio) {
      for (const p of [floorP, targetP]) kpi102(c, d, p.value.kind === "expr" ? p.value.expr : null, p.key.text);
    }
    return;
  }
  const parsed: { threshold: number; points: number; p: Property }[] = [];
  for (const p of steps) {
    if (p.value.kind !== "step") continue;
    const threshold = foldConstant(p.value.threshold);
    const points = foldConstant(p.value.points);
    if (threshold === null || points === null || !withinMagnitude(threshold) || !withinMagnitude(points)) continue;
    parsed.push({ threshold, points, p });
    if (ratio) kpi102(c, d, p.value.threshold, "step");
  }
  const sorted = [...parsed].sort((a, b) => (better === "higher" ? b.threshold - a.threshold : a.threshold - b.threshold));
  for (let i = 1; i < sorted.length; i++) {
    const more = sorted[i - 1]!;
    const less = sorted[i]!;
    if (more.threshold === less.threshold) {
      c.report("KPI007", less.p.value.range, { key: "check.KPI007.sameThreshold", params: { threshold: String(less.threshold) } }, d);
    } else if (less.points > more.points) {
      c.report(
        "KPI007",
        less.p.value.range,
        { key: "check.KPI007.stepPoints", params: { points: String(less.points), threshold: String(more.threshold), morePoints: String(more.points), better } },
        d,
      );
    }
  }
}

function kpi102(c: Checker, d: Declaration, e: Expr | null, key: string): void {
  if (!e || isPercentLiteral(e)) return;
  const lit = plainLiteral(e);
  if (!lit || lit.value <= 1) return;
  c.report(
    "KPI102",
    lit.range,
    { key: "check.KPI102", params: { key, text: lit.text } },
    d,
    [{ title: `Change to \`${lit.text}%\``, edits: [{ range: lit.range, newText: `${lit.text}%` }] }],
  );
}

/**
 * The most rating bands a scheme may have: the compiled module reports a rating as its index
 * in one byte (`scoreColumns` returns a Uint8Array), so a 257th band would wrap around to the
 * first. docs/language-reference.md states it.
 */
export const MAX_RATING_BANDS = 256;

function checkRatings(c: Checker, ratings: Declaration[]): void {
  if (ratings.length === 0) {
    c.report(
      "KPI006",
      c.file.declarations[0]?.keywordRange ?? c.file.range,
      { key: "check.KPI006.none" },
    );
    return;
  }
  if (ratings.length > MAX_RATING_BANDS) {
    const extra = ratings[MAX_RATING_BANDS]!;
    c.report(
      "KPI006",
      extra.name!.range,
      `A scheme has at most ${MAX_RATING_BANDS} rating bands and this is band ${MAX_RATING_BANDS + 1} (of ${ratings.length}); merge bands so that there are no more than ${MAX_RATING_BANDS}.`,
      extra,
    );
  }
  const fallbacks = ratings.filter((d) => !c.prop(d, "min"));
  if (fallbacks.length === 0) {
    c.report("KPI006", ratings[ratings.length - 1]!.name!.range, { key: "check.KPI006.noFallback" });
  } else if (fallbacks.length > 1) {
    for (const d of fallbacks.slice(1)) {
      c.report("KPI006", d.name!.range, { key: "check.KPI006.twoFallbacks", params: { first: fallbacks[0]!.name!.text, second: d.name!.text } }, d);
    }
  }
  const byMin = new Map<number, Declaration>();
  for (const d of ratings) {
    const m = num(d, c, "min");
    if (m === null) continue;
    const other = byMin.get(m);
    if (other) c.report("KPI006", c.prop(d, "min")!.value.range, { key: "check.KPI006.sameMin", params: { first: other.name!.text, second: d.name!.text, min: String(m) } }, d);
    else byMin.set(m, d);
  }
  for (const d of ratings) {
    const q = c.prop(d, "quota");
    if (q?.value.kind === "quota" && q.value.of?.text === d.name!.text) {
      c.report(
        "KPI006",
        q.value.of.range,
        `\`quota … of ${d.name!.text}\` is a share of the band itself: whoever keeps the band counts in it, so by the rule no one could (k ≤ share × k); give a share of the pool (\`quota ${q.value.share.kind === "number" ? q.value.share.text : "15%"}\`) or of another band.`,
        d,
      );
    }
  }
  for (const d of fallbacks) {
    const q = c.prop(d, "quota");
    if (q) c.report("KPI006", q.key.range, { key: "check.KPI006.fallbackQuota" }, d);
  }
}

function checkWeightSums(c: Checker, memberDecls: Map<string, Declaration[]>): void {
  for (const [parent, members] of memberDecls) {
    const weighted = members.map((d) => ({ d, p: c.prop(d, "weight"), w: num(d, c, "weight") }));
    if (weighted.some((m) => m.w === null || !m.p)) continue;
    const sum = weighted.reduce((s, m) => s + m.w!, 0);
    if (Math.abs(sum - 100) <= 1e-9 || sum <= 0) continue;
    const where: Message = parent === "" ? { key: "check.KPI101.top" } : { key: "check.KPI101.group", params: { group: parent } };
    const newWeights = normalise(weighted.map((m) => m.w!));
    const fix: QuickFix = {
      title: "Normalise the weights to sum to 100",
      edits: weighted.map((m, i) => ({ range: m.p!.value.range, newText: newWeights[i]! })),
    };
    const anchor = parent === "" ? weighted[0]!.p!.value.range : c.byName.get(parent)?.name?.range ?? weighted[0]!.p!.value.range;
    c.report(
      "KPI101",
      anchor,
      { key: "check.KPI101", params: { where, sum: round(sum), shares: sharesShown(weighted.map((m) => `${m.d.name!.text} ${round((m.w! / sum) * 100)}%`)) } },
      parent === "" ? weighted[0]!.d : c.byName.get(parent),
      [fix],
    );
  }
}

/** The shares a KPI101 message lists: all of a readable group, the first few of a huge one. */
function sharesShown(shares: string[]): string {
  const shown = 8;
  return shares.length <= shown + 2 ? shares.join(", ") : `${shares.slice(0, shown).join(", ")} and ${shares.length - shown} more`;
}

function round(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** Scales weights to sum to exactly 100 with two decimals (largest remainder). */
function normalise(ws: number[]): string[] {
  const sum = ws.reduce((a, b) => a + b, 0);
  const cents = ws.map((w) => (w / sum) * 10000);
  const floors = cents.map(Math.floor);
  let left = 10000 - floors.reduce((a, b) => a + b, 0);
  const order = cents.map((x, i) => [x - floors[i]!, i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left--;
  }
  return floors.map((c) => String(c / 100));
}

interface Decls {
  metrics: Declaration[];
  indicators: Declaration[];
  groups: Declaration[];
  gates: Declaration[];
  ratings: Declaration[];
}

function buildScheme(
  c: Checker,
  file: SchemeFile,
  decls: Decls,
  parentOf: Map<string, string>,
  memberDecls: Map<string, Declaration[]>,
  order: string[],
): Scheme {
  const schemeDecl = file.declarations.find((d) => d.kind === "scheme") ?? null;
  const metrics: Metric[] = decls.metrics.map((d) => {
    const p = c.prop(d, "observes");
    const e = p?.value.kind === "expr" ? p.value.expr : null;
    const observes = e?.kind === "member" ? `${e.object.text}.${e.member.text}` : e?.kind === "name" ? e.name : null;
    return {
      name: d.name!.text,
      label: d.label?.value ?? null,
      type: (word(d, c, "type") ?? "number") as MetricType,
      source: (word(d, c, "source") as MetricSource | null) ?? null,
      observes,
      audit: num(d, c, "audit"),
      note: text(d, c, "note"),
      basis: text(d, c, "basis"),
      range: d.range,
    };
  });
  const metricByName = new Map(metrics.map((m) => [m.name, m]));
  const indicators: Indicator[] = decls.indicators.map((d) => {
    const better = (word(d, c, "better") ?? "higher") as Better;
    const steps: Step[] = c
      .props(d, "step")
      .flatMap((p) => (p.value.kind === "step" ? [{ threshold: foldConstant(p.value.threshold)!, points: foldConstant(p.value.points)! }] : []))
      .sort((a, b) => (better === "higher" ? b.threshold - a.threshold : a.threshold - b.threshold));
    const valueP = c.prop(d, "value")!;
    const value = valueP.value.kind === "expr" ? valueP.value.expr : ({ kind: "error", range: valueP.range } as Expr);
    const written = word(d, c, "aspect") as Aspect | null;
    const inferred = written ?? inferAspect(value, metricByName, new Map());
    return {
      name: d.name!.text,
      label: d.label?.value ?? null,
      group: parentOf.get(d.name!.text) ?? null,
      aspect: inferred,
      aspectInferred: written === null && inferred !== null,
      value,
      better,
      floor: steps.length ? null : num(d, c, "floor"),
      target: steps.length ? null : num(d, c, "target"),
      cap: num(d, c, "cap") ?? 100,
      steps,
      weight: num(d, c, "weight") ?? 0,
      ratchet: num(d, c, "ratchet") ?? 0,
      effectiveWeight: 0,
      note: text(d, c, "note"),
      basis: text(d, c, "basis"),
      range: d.range,
    };
  });
  const groups: Group[] = decls.groups.map((d) => ({
    name: d.name!.text,
    label: d.label?.value ?? null,
    group: parentOf.get(d.name!.text) ?? null,
    weight: num(d, c, "weight") ?? 0,
    effectiveWeight: 0,
    note: text(d, c, "note"),
    basis: text(d, c, "basis"),
    range: d.range,
  }));
  const gates: Gate[] = decls.gates.map((d) => {
    const capP = c.prop(d, "cap")!;
    const cap: GateCap =
      capP.value.kind === "capRating" ? { kind: "rating", rating: capP.value.rating.text } : { kind: "score", limit: capP.value.kind === "capScore" ? foldConstant(capP.value.limit)! : 0 };
    const whenP = c.prop(d, "when")!;
    return {
      name: d.name!.text,
      label: d.label?.value ?? null,
      when: whenP.value.kind === "expr" ? whenP.value.expr : ({ kind: "error", range: whenP.range } as Expr),
      cap,
      note: text(d, c, "note"),
      basis: text(d, c, "basis"),
      range: d.range,
    };
  });
  const ratings: Rating[] = decls.ratings
    .map((d) => {
      const q = c.prop(d, "quota");
      let quota: Quota | null = null;
      if (q) {
        const share = q.value.kind === "quota" ? q.value.share : q.value.kind === "expr" ? q.value.expr : null;
        if (share?.kind === "number") quota = { share: share.value, shareText: share.text, of: q.value.kind === "quota" ? (q.value.of?.text ?? null) : null };
      }
      return {
        name: d.name!.text,
        label: d.label?.value ?? null,
        min: num(d, c, "min"),
        quota,
        reward: num(d, c, "reward") ?? 0,
        note: text(d, c, "note"),
        basis: text(d, c, "basis"),
        range: d.range,
      };
    })
    .sort((a, b) => (a.min === null ? 1 : b.min === null ? -1 : b.min - a.min));
  const members = new Map<string, Member[]>();
  members.set("", []);
  for (const g of groups) members.set(g.name, []);
  for (const [parent, ds] of memberDecls) {
    members.set(
      parent,
      ds.map((d) => ({ kind: d.kind === "group" ? ("group" as const) : ("indicator" as const), name: d.name!.text })),
    );
  }
  const simulations: SimulationSettings[] = file.declarations
    .filter((d) => d.kind === "simulation" && d.name)
    .map((d) => ({
      name: d.name!.text,
      staff: num(d, c, "staff"),
      periods: num(d, c, "periods"),
      seed: num(d, c, "seed"),
      team: num(d, c, "team"),
      saints: num(d, c, "saints"),
      honest: num(d, c, "honest"),
      reactive: num(d, c, "reactive"),
      maniacs: num(d, c, "maniacs"),
      hard: num(d, c, "hard"),
      luck: num(d, c, "luck"),
      sanction: num(d, c, "sanction"),
    }));
  const scheme: Scheme = {
    title: schemeDecl?.label?.value ?? schemeDecl?.name?.text ?? null,
    version: schemeDecl ? text(schemeDecl, c, "version") : null,
    period: ((schemeDecl && word(schemeDecl, c, "period")) ?? "month") as Scheme["period"],
    missing: ((schemeDecl && word(schemeDecl, c, "missing")) ?? "exclude") as Scheme["missing"],
    pool: poolColumns(schemeDecl, c),
    note: schemeDecl ? text(schemeDecl, c, "note") : null,
    basis: schemeDecl ? text(schemeDecl, c, "basis") : null,
    metrics,
    indicators,
    groups,
    gates,
    ratings,
    members,
    evaluationOrder: order,
    simulations,
  };
  // Indicator aspects may be inferred from other indicators they read.
  const indicatorByName = new Map(indicators.map((i) => [i.name, i]));
  for (const i of indicators) {
    if (i.aspect === null) {
      i.aspect = inferAspect(i.value, metricByName, indicatorByName);
      i.aspectInferred = i.aspect !== null;
    }
  }
  computeEffectiveWeights(scheme);
  return scheme;
}

/** The scheme's quota pool columns as written (`pool unit, role`); `unit` when not given. */
function poolColumns(schemeDecl: Declaration | null, c: Checker): PoolSpec {
  const p = schemeDecl ? c.prop(schemeDecl, "pool") : undefined;
  const items = p?.value.kind === "list" ? p.value.items : p?.value.kind === "expr" ? [p.value.expr] : [];
  const columns = items.flatMap((e) => (e.kind === "name" ? [e.name] : []));
  return columns.length > 0 ? { columns, declared: true } : { columns: ["unit"], declared: false };
}
