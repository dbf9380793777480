/**
 * Lowering: a checked file without errors becomes the resolved `Scheme` that scoring, the
 * simulator and the services read. Every value here was validated before, so the readers'
 * fallbacks are the language's defaults, not error handling.
 */
import type { Declaration, Expr, SchemeFile } from "../../syntax/ast.ts";
import { foldConstant } from "../constant.ts";
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
} from "../model.ts";
import { inferAspect } from "../aspects.ts";
import { computeEffectiveWeights } from "../effective-weights.ts";
import { DEFAULTS } from "../properties.ts";
import { num, text, word, type CheckContext } from "./context.ts";

export interface Decls {
  metrics: Declaration[];
  indicators: Declaration[];
  groups: Declaration[];
  gates: Declaration[];
  ratings: Declaration[];
}

export function buildScheme(
  c: CheckContext,
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
    const better = (word(d, c, "better") ?? DEFAULTS.indicator.better) as Better;
    const steps: Step[] = c
      .props(d, "step")
      .flatMap((p) =>
        p.value.kind === "step" ? [{ threshold: foldConstant(p.value.threshold)!, points: foldConstant(p.value.points)! }] : [],
      )
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
      cap: num(d, c, "cap") ?? DEFAULTS.indicator.cap,
      steps,
      weight: num(d, c, "weight") ?? 0,
      ratchet: num(d, c, "ratchet") ?? DEFAULTS.indicator.ratchet,
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
      capP.value.kind === "capRating"
        ? { kind: "rating", rating: capP.value.rating.text }
        : { kind: "score", limit: capP.value.kind === "capScore" ? foldConstant(capP.value.limit)! : 0 };
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
        if (share?.kind === "number")
          quota = { share: share.value, shareText: share.text, of: q.value.kind === "quota" ? (q.value.of?.text ?? null) : null };
      }
      return {
        name: d.name!.text,
        label: d.label?.value ?? null,
        min: num(d, c, "min"),
        quota,
        reward: num(d, c, "reward") ?? DEFAULTS.rating.reward,
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
    period: ((schemeDecl && word(schemeDecl, c, "period")) ?? DEFAULTS.scheme.period) as Scheme["period"],
    missing: ((schemeDecl && word(schemeDecl, c, "missing")) ?? DEFAULTS.scheme.missing) as Scheme["missing"],
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
function poolColumns(schemeDecl: Declaration | null, c: CheckContext): PoolSpec {
  const p = schemeDecl ? c.prop(schemeDecl, "pool") : undefined;
  const items = p?.value.kind === "list" ? p.value.items : p?.value.kind === "expr" ? [p.value.expr] : [];
  const columns = items.flatMap((e) => (e.kind === "name" ? [e.name] : []));
  return columns.length > 0 ? { columns, declared: true } : { columns: [DEFAULTS.scheme.pool], declared: false };
}
