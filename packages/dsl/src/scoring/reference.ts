/**
 * The reference evaluator: docs/language-reference.md §5 written out as plainly as possible, one staff
 * member at a time. It is the definition of a score; the compiled fast path (compile.ts) is
 * tested against it bit for bit. Keep it boring: clarity over speed.
 */
import type { Expr } from "../syntax/ast.ts";
import type { Indicator, Member, Scheme } from "../semantics/model.ts";
import type { IndicatorResult, Row, RowResult } from "./types.ts";
import { round9, sumOrder } from "./exact.ts";

type Value = number | null;

/** A computed number that is not finite (overflow, 0/0) counts as undefined, never NaN. */
function finite(x: number): Value {
  return Number.isFinite(x) ? x : null;
}

interface Env {
  metrics: Map<string, Value>;
  values: Map<string, Value>;
  points: Map<string, Value>;
  groups: Map<string, Value>;
  /** The score before gates, visible to `when` only. */
  score: Value | undefined;
}

function evaluate(e: Expr, env: Env): Value {
  switch (e.kind) {
    case "number":
      return e.value;
    case "paren":
      return evaluate(e.expr, env);
    case "name": {
      if (e.name === "score" && env.score !== undefined) return env.score;
      if (env.metrics.has(e.name)) return env.metrics.get(e.name)!;
      if (env.values.has(e.name)) return env.values.get(e.name)!;
      if (env.groups.has(e.name)) return env.groups.get(e.name)!;
      return null;
    }
    case "member":
      return e.member.text === "points" ? (env.points.get(e.object.text) ?? null) : (env.values.get(e.object.text) ?? null);
    case "unary": {
      const v = evaluate(e.operand, env);
      if (v === null) return null;
      return e.op === "-" ? -v : v === 0 ? 1 : 0;
    }
    case "call": {
      const args = e.args.map((a) => evaluate(a, env));
      if (args.some((a) => a === null)) return null;
      const xs = args as number[];
      if (e.callee.text === "min") return Math.min(...xs);
      if (e.callee.text === "max") return Math.max(...xs);
      return Math.abs(xs[0]!);
    }
    case "binary": {
      const l = evaluate(e.left, env);
      const r = evaluate(e.right, env);
      // Strict: an operation that reads an undefined value is undefined (5.2).
      if (l === null || r === null) return null;
      switch (e.op) {
        case "+":
          return finite(l + r);
        case "-":
          return finite(l - r);
        case "*":
          return finite(l * r);
        case "/":
          return r === 0 ? null : finite(l / r);
        case "<":
          return l < r ? 1 : 0;
        case "<=":
          return l <= r ? 1 : 0;
        case ">":
          return l > r ? 1 : 0;
        case ">=":
          return l >= r ? 1 : 0;
        case "==":
          return l === r ? 1 : 0;
        case "!=":
          return l !== r ? 1 : 0;
        case "and":
          return l !== 0 && r !== 0 ? 1 : 0;
        case "or":
          return l !== 0 || r !== 0 ? 1 : 0;
        default:
          return null;
      }
    }
    default:
      return null;
  }
}

function clamp(p: number, cap: number): number {
  return p < 0 ? 0 : p > cap ? cap : p;
}

/** §5.1: the points an indicator earns for value v, rounded as §5.3 says. */
export function pointsFor(ind: Indicator, v: number): number {
  return round9(rawPoints(ind, v));
}

function rawPoints(ind: Indicator, v: number): number {
  if (ind.steps.length > 0) {
    for (const step of ind.steps) {
      const met = ind.better === "higher" ? v >= step.threshold : v <= step.threshold;
      if (met) return clamp(step.points, ind.cap);
    }
    return 0;
  }
  const floor = ind.floor!;
  const target = ind.target!;
  const p = ind.better === "higher" ? ((v - floor) / (target - floor)) * 100 : ((floor - v) / (floor - target)) * 100;
  return clamp(p, ind.cap);
}

/** §5.3: the weighted mean Σ wᵢ·pᵢ / Σ wᵢ over the members left in (summed in `sumOrder`). */
function rollUp(members: Member[], weights: Map<string, number>, points: (m: Member) => Value): Value {
  let sumW = 0;
  let sumWP = 0;
  for (const m of sumOrder(members)) {
    const p = points(m);
    if (p === null) continue;
    const w = weights.get(m.name)!;
    sumW += w;
    sumWP += w * p;
  }
  return sumW > 0 ? round9(sumWP / sumW) : null;
}

export function scoreReference(scheme: Scheme, row: Row): RowResult {
  const env: Env = { metrics: new Map(), values: new Map(), points: new Map(), groups: new Map(), score: undefined };
  for (const m of scheme.metrics) {
    const raw = row[m.name];
    env.metrics.set(m.name, typeof raw === "number" && Number.isFinite(raw) ? raw : null);
  }

  const byName = new Map(scheme.indicators.map((i) => [i.name, i]));
  for (const name of scheme.evaluationOrder) {
    const ind = byName.get(name)!;
    const raw = evaluate(ind.value, env);
    const v = raw === null ? null : round9(raw);
    env.values.set(name, v);
    if (v === null) env.points.set(name, scheme.missing === "zero" ? 0 : null);
    else env.points.set(name, pointsFor(ind, v));
  }

  const weights = new Map<string, number>();
  for (const i of scheme.indicators) weights.set(i.name, i.weight);
  for (const g of scheme.groups) weights.set(g.name, g.weight);
  const groupPoints = (name: string): Value => {
    if (env.groups.has(name)) return env.groups.get(name)!;
    const p = rollUp(scheme.members.get(name) ?? [], weights, (m) => (m.kind === "group" ? groupPoints(m.name) : env.points.get(m.name)!));
    env.groups.set(name, p);
    return p;
  };
  for (const g of scheme.groups) groupPoints(g.name);
  const before = rollUp(scheme.members.get("") ?? [], weights, (m) =>
    m.kind === "group" ? env.groups.get(m.name)! : env.points.get(m.name)!,
  );

  // §5.3 gates: every `when` sees the score before any gate.
  env.score = before;
  const held = scheme.gates.filter((g) => {
    const w = evaluate(g.when, env);
    return w !== null && w !== 0;
  });
  let score = before;
  for (const g of held) {
    if (g.cap.kind === "score" && score !== null && score > g.cap.limit) score = g.cap.limit;
  }

  // §5.4 rating: the band with the highest min reached, then lowered by gates.
  const fallback = scheme.ratings.length - 1;
  let rating = fallback;
  if (score !== null) {
    const i = scheme.ratings.findIndex((r) => r.min !== null && score! >= r.min);
    if (i >= 0) rating = i;
  }
  for (const g of held) {
    if (g.cap.kind === "rating") {
      const capIndex = scheme.ratings.findIndex((r) => g.cap.kind === "rating" && r.name === g.cap.rating);
      if (capIndex > rating) rating = capIndex;
    }
  }

  // Null-prototype records: a staff-facing name like `__proto__` must stay an ordinary key.
  const indicators: Record<string, IndicatorResult> = Object.create(null);
  for (const i of scheme.indicators) {
    const value = env.values.get(i.name) ?? null;
    // Under `missing zero` an undefined value earns the 0 points the roll-up counts.
    indicators[i.name] = { value, points: env.points.get(i.name) ?? null };
  }
  const groups: Record<string, number | null> = Object.create(null);
  for (const g of scheme.groups) groups[g.name] = env.groups.get(g.name) ?? null;
  return { score, rating: scheme.ratings[rating]!.name, gates: held.map((g) => g.name), groups, indicators };
}
