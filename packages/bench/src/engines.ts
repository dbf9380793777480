/**
 * The benchmark scheme (`EIGHT` in dsl-bench.ts) as a user would write it for each engine
 * they might pick instead of Goodhart, behind one interface, so the benchmark (compare.ts)
 * and the agreement test (engines.test.ts) run exactly the same models.
 *
 * Every model is built from the one table below (`INDICATORS`, `GROUPS`, `TOP`, `BANDS`, the
 * gate) rather than written out eight times per engine: a slip in one engine's copy of a
 * floor would otherwise show up as "engine X is wrong", not as a typo. The table restates
 * EIGHT by hand (it is not derived from Goodhart's analysis) so that the comparison is
 * between independent implementations; the test holds all of them to Goodhart's scores.
 *
 * Records: the columnar engines read the Float64Array columns of `records()`; the per-record
 * engines read one plain object per staff member (`rowsOf`), built once outside the timed
 * region — that is the shape those engines' users hold (parsed JSON or CSV rows).
 */
import { analyze, compile, type CompiledScheme, type Row } from "@goodhart/dsl";
import { Engine as RulesEngine, type Almanac, type RuleProperties } from "json-rules-engine";
import { ZenEngine, type ZenDecision } from "@gorules/zen-engine";
import { evaluate as feelEvaluate } from "feelin";
import { EIGHT, EIGHT_METRICS, handLoop } from "./dsl-bench.ts";

export type Columns = Record<string, Float64Array>;

export interface Scored {
  score: Float64Array;
  /** Band index, best first (0 excellent … 3 not_completed), after the gate. */
  rating: Uint8Array;
}

/** One engine's model of EIGHT. */
export interface EngineModel {
  name: string;
  /** How the scheme is expressed in this engine, and what it could not express natively. */
  modelling: string;
  /** False when part of the scheme had to be written in host JavaScript outside the engine's rule language. */
  native: boolean;
  /** Per-record engines read `rows`; columnar ones read `columns`. Async engines are awaited over the whole batch. */
  run(input: BatchInput): Scored | Promise<Scored>;
}

export interface BatchInput {
  columns: Columns;
  rows: Row[];
  n: number;
}

// ---------------------------------------------------------------------------------------
// The scheme, restated as data.

interface IndicatorSpec {
  name: string;
  group: "work" | "service" | null;
  /** The value as an expression over metric names; the same text is valid ZEN and FEEL. */
  expr: string;
  /** The same value in JavaScript (for json-rules-engine's fact functions). */
  js: (m: Readonly<Record<string, number>>) => number;
  floor: number;
  target: number;
  weight: number;
}

// Direction follows from floor and target: better lower exactly when target < floor. The
// formula below — (v − floor) / (target − floor) × 100 — is then the same for both
// directions as docs/language-reference.md §5.1 writes them, and is written once per engine.
const INDICATORS: readonly IndicatorSpec[] = [
  {
    name: "timeliness",
    group: "work",
    expr: "on_time / resolved",
    js: (m) => m.on_time! / m.resolved!,
    floor: 0.8,
    target: 0.98,
    weight: 30,
  },
  {
    name: "quality",
    group: "work",
    expr: "1 - errors / resolved",
    js: (m) => 1 - m.errors! / m.resolved!,
    floor: 0.9,
    target: 0.99,
    weight: 30,
  },
  { name: "volume", group: "work", expr: "resolved", js: (m) => m.resolved!, floor: 50, target: 120, weight: 20 },
  {
    name: "rework",
    group: "work",
    expr: "reopened / resolved",
    js: (m) => m.reopened! / m.resolved!,
    floor: 0.1,
    target: 0.01,
    weight: 20,
  },
  { name: "speed", group: "service", expr: "days", js: (m) => m.days!, floor: 10, target: 3, weight: 40 },
  { name: "backlog_i", group: "service", expr: "backlog", js: (m) => m.backlog!, floor: 30, target: 5, weight: 20 },
  { name: "satisfaction", group: "service", expr: "satisfied", js: (m) => m.satisfied!, floor: 0.7, target: 0.95, weight: 40 },
  { name: "conduct", group: null, expr: "supervisor", js: (m) => m.supervisor!, floor: 50, target: 90, weight: 20 },
];
const GROUPS = { work: 50, service: 30 } as const;
/** Top-level members in declaration order: the two groups, then the ungrouped indicator. */
const TOP: readonly { member: string; weight: number }[] = [
  { member: "work", weight: GROUPS.work },
  { member: "service", weight: GROUPS.service },
  { member: "conduct", weight: 20 },
];
/** Bands best first; the fallback (not_completed, index 3) has no min. */
const BANDS: readonly number[] = [90, 70, 50];
const FALLBACK = 3;
/** gate falsified { when audit_failures > 0 cap rating completed } */
const GATE_CAP = 2;

const members = (group: string) => INDICATORS.filter((i) => i.group === group);
/** `Σ wᵢ·pᵢ / Σ wᵢ` as text, for the expression languages. */
const weightedMean = (parts: readonly { ref: string; weight: number }[]): string =>
  `(${parts.map((p) => `${p.weight} * ${p.ref}`).join(" + ")}) / ${parts.reduce((s, p) => s + p.weight, 0)}`;
const rawPoints = (i: IndicatorSpec, v: string): string => `(${v} - ${i.floor}) / (${i.target} - ${i.floor}) * 100`;

// ---------------------------------------------------------------------------------------
// Goodhart and the hand-written loop.

export function goodhart(): CompiledScheme {
  const a = analyze(EIGHT);
  if (!a.scheme) throw new Error("EIGHT does not check");
  return compile(a.scheme);
}

function goodhartColumns(compiled: CompiledScheme): EngineModel {
  return {
    name: "Goodhart `scoreColumns`",
    modelling: "the .kpi scheme, compiled; Float64Array columns in, score/rating arrays out",
    native: true,
    run: ({ columns, n }) => compiled.scoreColumns(columns, n),
  };
}

function goodhartRows(compiled: CompiledScheme): EngineModel {
  const bandIndex = new Map(compiled.ratings.map((r, i) => [r, i]));
  return {
    name: "Goodhart `score(row)`",
    modelling: "the same compiled scheme, one object per record (full per-indicator result objects)",
    native: true,
    run: ({ rows, n }) => {
      const out = alloc(n);
      for (let r = 0; r < n; r++) {
        const res = compiled.score(rows[r]!);
        out.score[r] = res.score ?? Number.NaN;
        out.rating[r] = bandIndex.get(res.rating)!;
      }
      return out;
    },
  };
}

function hand(): EngineModel {
  return {
    name: "hand-written Float64Array loop",
    modelling: "the scheme inlined as JavaScript arithmetic over the columns: the practical limit",
    native: true,
    run: ({ columns, n }) => {
      const out = alloc(n);
      handLoop(columns, n, out.score, out.rating);
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------
// json-rules-engine: conditions compare a fact with a constant; there is no arithmetic in
// the rule JSON. So the numbers are dynamic facts (JavaScript callbacks, cached per run), and
// the rules are what the engine does natively: the band thresholds and the gate. Which band
// wins (the best one whose rule fired) and how the gate caps it is the caller's code, since
// the engine reports every event that fired rather than a first hit.

function jsonRulesEngine(): EngineModel {
  const engine = new RulesEngine([], { allowUndefinedFacts: false });
  const num = (almanac: Almanac, fact: string): Promise<number> => almanac.factValue<number>(fact);
  for (const ind of INDICATORS) {
    engine.addFact(`value_${ind.name}`, async (_params, almanac) => {
      const m: Record<string, number> = {};
      for (const name of EIGHT_METRICS) m[name] = await num(almanac, name);
      return ind.js(m);
    });
    // The points rule of §5.1, parameterised by the indicator's floor and target.
    engine.addFact(`points_${ind.name}`, async (_params, almanac) => {
      const v = await num(almanac, `value_${ind.name}`);
      return clamp(((v - ind.floor) / (ind.target - ind.floor)) * 100);
    });
  }
  const mean = async (almanac: Almanac, parts: readonly { fact: string; weight: number }[]): Promise<number> => {
    let sum = 0;
    let weights = 0;
    for (const p of parts) {
      sum += p.weight * (await num(almanac, p.fact));
      weights += p.weight;
    }
    return sum / weights;
  };
  for (const g of Object.keys(GROUPS)) {
    engine.addFact(`group_${g}`, (_params, almanac) =>
      mean(
        almanac,
        members(g).map((i) => ({ fact: `points_${i.name}`, weight: i.weight })),
      ),
    );
  }
  engine.addFact("score", (_params, almanac) =>
    mean(
      almanac,
      TOP.map((t) => ({ fact: t.member in GROUPS ? `group_${t.member}` : `points_${t.member}`, weight: t.weight })),
    ),
  );
  const rules: RuleProperties[] = BANDS.map((min, band) => ({
    name: `band ${band}`,
    conditions: { all: [{ fact: "score", operator: "greaterThanInclusive", value: min }] },
    event: { type: "band", params: { band } },
  }));
  rules.push({
    name: "gate falsified",
    conditions: { all: [{ fact: "audit_failures", operator: "greaterThan", value: 0 }] },
    event: { type: "cap", params: { band: GATE_CAP } },
  });
  for (const r of rules) engine.addRule(r);
  return {
    name: "json-rules-engine",
    modelling:
      "indicator values, points, groups and score as dynamic facts (JS callbacks: conditions cannot do arithmetic); bands and gate as rules; best band and gate cap picked from the fired events in JS",
    native: false,
    run: async ({ rows, n }) => {
      const out = alloc(n);
      for (let r = 0; r < n; r++) {
        const res = await engine.run(rows[r]!);
        let band = FALLBACK;
        let cap = 0;
        for (const e of res.events) {
          const b = e.params!.band as number;
          if (e.type === "band") band = Math.min(band, b);
          else cap = Math.max(cap, b);
        }
        out.score[r] = await res.almanac.factValue<number>("score");
        out.rating[r] = Math.max(band, cap);
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------
// GoRules ZEN: a JSON decision graph. Expression nodes compute points (clamped with
// max/min), groups and the score; a first-hit decision table picks the band; an expression
// node applies the gate. Everything is in ZEN's own language; nothing is host JavaScript.

type JsonObject = { [k: string]: unknown };

function zenGraph(loop: boolean): JsonObject {
  const mode = loop
    ? { executionMode: "loop", inputField: "records", outputPath: "records" }
    : { executionMode: "single", inputField: null, outputPath: null };
  const pos = { x: 0, y: 0 };
  const exprNode = (id: string, exprs: readonly [string, string][]): JsonObject => ({
    id,
    type: "expressionNode",
    name: id,
    position: pos,
    content: { expressions: exprs.map(([key, value], k) => ({ id: `${id}${k}`, key, value })), passThrough: true, ...mode },
  });
  const clampZen = (e: string) => `max([0, min([100, ${e}])])`;
  const points = exprNode(
    "points",
    INDICATORS.map((i) => [`p_${i.name}`, clampZen(rawPoints(i, `(${i.expr})`))]),
  );
  // `$` is this node's output so far, so the groups feed the score within one node.
  const score = exprNode("score", [
    ...Object.keys(GROUPS).map((g): [string, string] => [
      g,
      weightedMean(members(g).map((i) => ({ ref: `p_${i.name}`, weight: i.weight }))),
    ]),
    ["score", weightedMean(TOP.map((t) => ({ ref: t.member in GROUPS ? `$.${t.member}` : `p_${t.member}`, weight: t.weight })))],
  ]);
  const table: JsonObject = {
    id: "bands",
    type: "decisionTableNode",
    name: "bands",
    position: pos,
    content: {
      hitPolicy: "first",
      inputs: [{ id: "in_score", name: "score", field: "score" }],
      outputs: [{ id: "out_band", name: "band", field: "band" }],
      rules: [
        ...BANDS.map((min, band) => ({ _id: `r${band}`, in_score: `>= ${min}`, out_band: String(band) })),
        { _id: "rf", in_score: "", out_band: String(FALLBACK) },
      ],
      passThrough: true,
      ...mode,
    },
  };
  const gate = exprNode("gate", [["rating", `audit_failures > 0 and band < ${GATE_CAP} ? ${GATE_CAP} : band`]]);
  const nodes = [
    { id: "in", type: "inputNode", name: "request", position: pos },
    points,
    score,
    table,
    gate,
    { id: "out", type: "outputNode", name: "response", position: pos },
  ];
  const edges = nodes.slice(1).map((node, k) => ({ id: `e${k}`, type: "edge", sourceId: nodes[k]!.id, targetId: node.id }));
  return { nodes, edges };
}

interface ZenOut {
  score: number;
  rating: number;
}

/** Records per `evaluate` call in loop mode: one call per batch, but bounded so that one JSON value does not hold 100,000 objects twice over. */
const ZEN_LOOP_CHUNK = 10_000;

function zen(engine: ZenEngine, loop: boolean): EngineModel {
  const decision: ZenDecision = engine.createDecision(zenGraph(loop));
  return loop
    ? {
        name: "@gorules/zen-engine, loop mode",
        modelling: `the same graph with every node in executionMode "loop" over a records array; one evaluate per ${ZEN_LOOP_CHUNK.toLocaleString("en-US")} records`,
        native: true,
        run: async ({ rows, n }) => {
          const out = alloc(n);
          for (let from = 0; from < n; from += ZEN_LOOP_CHUNK) {
            const res = await decision.evaluate({ records: rows.slice(from, Math.min(n, from + ZEN_LOOP_CHUNK)) });
            const got = (res.result as { records: ZenOut[] }).records;
            for (let k = 0; k < got.length; k++) {
              out.score[from + k] = got[k]!.score;
              out.rating[from + k] = got[k]!.rating;
            }
          }
          return out;
        },
      }
    : {
        name: "@gorules/zen-engine, per record",
        modelling:
          "decision graph: expression nodes for points (max/min clamp), groups and score; first-hit decision table for the bands; expression node for the gate; one awaited evaluate per record",
        native: true,
        run: async ({ rows, n }) => {
          const out = alloc(n);
          for (let r = 0; r < n; r++) {
            const res = (await decision.evaluate(rows[r]!)).result as ZenOut;
            out.score[r] = res.score;
            out.rating[r] = res.rating;
          }
          return out;
        },
      };
}

// ---------------------------------------------------------------------------------------
// feelin (FEEL): one context expression whose later entries read the earlier ones, so the
// whole scheme — points, groups, score, bands (if/else chain) and gate — is FEEL.

function feelContext(prefix: string): string {
  const v = (e: string) => e.replace(/[a-z_]+/g, (m) => prefix + m);
  const entries: string[] = INDICATORS.map((i) => `p_${i.name}: max(0, min(100, ${rawPoints(i, `(${v(i.expr)})`)}))`);
  for (const g of Object.keys(GROUPS))
    entries.push(`${g}: ${weightedMean(members(g).map((i) => ({ ref: `p_${i.name}`, weight: i.weight })))}`);
  entries.push(`score: ${weightedMean(TOP.map((t) => ({ ref: t.member in GROUPS ? t.member : `p_${t.member}`, weight: t.weight })))}`);
  entries.push(`band: ${BANDS.map((min, band) => `if score >= ${min} then ${band} else `).join("")}${FALLBACK}`);
  entries.push(`rating: if ${prefix}audit_failures > 0 and band < ${GATE_CAP} then ${GATE_CAP} else band`);
  return `{ ${entries.join(", ")} }`;
}

/** Records per `for` expression in batch mode (see ZEN_LOOP_CHUNK). */
const FEEL_CHUNK = 10_000;

function feelin(batch: boolean): EngineModel {
  if (!batch) {
    const expr = feelContext("");
    return {
      name: "feelin, per record",
      modelling:
        "one FEEL context expression (points with max/min, groups, score, if/else bands, gate); evaluate(expr, record) per record (feelin parses on every call: it has no compiled form)",
      native: true,
      run: ({ rows, n }) => {
        const out = alloc(n);
        for (let r = 0; r < n; r++) {
          const res = feelEvaluate(expr, rows[r]!).value as ZenOut;
          out.score[r] = res.score;
          out.rating[r] = res.rating;
        }
        return out;
      },
    };
  }
  const expr = `for r in records return ${feelContext("r.")}`;
  return {
    name: "feelin, one `for` over a batch",
    modelling: `the same context inside \`for r in records return …\`, so each ${FEEL_CHUNK.toLocaleString("en-US")} records are parsed once`,
    native: true,
    run: ({ rows, n }) => {
      const out = alloc(n);
      for (let from = 0; from < n; from += FEEL_CHUNK) {
        const got = feelEvaluate(expr, { records: rows.slice(from, Math.min(n, from + FEEL_CHUNK)) }).value as ZenOut[];
        for (let k = 0; k < got.length; k++) {
          out.score[from + k] = got[k]!.score;
          out.rating[from + k] = got[k]!.rating;
        }
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------

export interface Engines {
  /** The baseline every ratio is taken against. */
  hand: EngineModel;
  goodhart: EngineModel[];
  /** The engines a user might pick instead of Goodhart. */
  general: EngineModel[];
  dispose(): void;
}

export function makeEngines(): Engines {
  const compiled = goodhart();
  const zenEngine = new ZenEngine();
  return {
    hand: hand(),
    goodhart: [goodhartColumns(compiled), goodhartRows(compiled)],
    general: [jsonRulesEngine(), zen(zenEngine, false), zen(zenEngine, true), feelin(false), feelin(true)],
    dispose: () => zenEngine.dispose(),
  };
}

/** One plain object per record, as the per-record engines take them. */
export function rowsOf(columns: Columns, n: number): Row[] {
  const rows: Row[] = new Array(n);
  for (let r = 0; r < n; r++) {
    const row: Record<string, number> = {};
    for (const m of EIGHT_METRICS) row[m] = columns[m]![r]!;
    rows[r] = row;
  }
  return rows;
}

/** Rows where `got` differs from `want` (score beyond `tol`, or rating). */
/**
 * The general engines' models do the scheme's arithmetic without the language's rounding of
 * each value and point to 9 decimals (their expression languages have no cheap way to say it);
 * a value moved by up to 5·10⁻¹⁰ moves points by up to ~3·10⁻⁷ through a steep line, so their
 * scores are held to 1e-6. Ratings must agree exactly. The hand loop rounds as the language
 * does and is held to the last bit (tol 0).
 */
export function disagreements(want: Scored, got: Scored, n: number, tol = 1e-6): number[] {
  const bad: number[] = [];
  for (let r = 0; r < n; r++) {
    if (!(Math.abs(got.score[r]! - want.score[r]!) <= tol) || got.rating[r] !== want.rating[r]) bad.push(r);
  }
  return bad;
}

function alloc(n: number): Scored {
  return { score: new Float64Array(n), rating: new Uint8Array(n) };
}

function clamp(p: number): number {
  return p < 0 ? 0 : p > 100 ? 100 : p;
}
