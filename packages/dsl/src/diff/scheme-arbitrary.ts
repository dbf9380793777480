/**
 * Test support: random schemes as a model, printed to text in random styles (spacing,
 * comments, redundant parentheses, blank lines). The diff's laws are stated over this: the
 * same model printed two ways must diff to nothing, one edit to the model to one change.
 */
import fc from "fast-check";

export interface ModelDeclaration {
  kind: "scheme" | "metric" | "indicator" | "group" | "gate" | "rating";
  /** "" for the scheme declaration. */
  name: string;
  label: string | null;
  /** Values as token lists, so a style can space them freely. */
  properties: [string, string[]][];
}

export type SchemeModel = ModelDeclaration[];

const label = fc.option(fc.constantFrom("Work", "Tỷ lệ đúng hạn", 'Say "hi"', "a\\b"), { nil: null });

export const schemeModel: fc.Arbitrary<SchemeModel> = fc
  .record({
    metrics: fc.array(fc.record({ ratio: fc.boolean(), self: fc.boolean(), audit: fc.boolean(), label }), { minLength: 2, maxLength: 4 }),
    groups: fc.array(fc.record({ weight: fc.integer({ min: 1, max: 100 }), label }), { maxLength: 2 }),
    indicators: fc.array(
      fc.record({
        a: fc.nat(),
        b: fc.option(fc.nat(), { nil: null }),
        group: fc.option(fc.nat(), { nil: null }),
        lower: fc.boolean(),
        steps: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 3 }), { nil: null }),
        floor: fc.integer({ min: 0, max: 40 }),
        target: fc.integer({ min: 60, max: 100 }),
        weight: fc.integer({ min: 1, max: 100 }),
        label,
      }),
      { minLength: 1, maxLength: 4 },
    ),
    gate: fc.option(fc.record({ metric: fc.nat(), limit: fc.integer({ min: 0, max: 5 }), score: fc.boolean() }), { nil: null }),
    quota: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
  })
  .map(({ metrics, groups, indicators, gate, quota }): SchemeModel => {
    const metricName = (i: number) => `m${i % metrics.length}`;
    const out: SchemeModel = [{ kind: "scheme", name: "", label: "Generated", properties: [["period", ["month"]]] }];
    metrics.forEach((m, i) =>
      out.push({
        kind: "metric",
        name: `m${i}`,
        label: m.label,
        properties: [
          ["type", [m.ratio ? "ratio" : "count"]],
          ["source", [m.self ? "self" : "system"]],
          ...(m.audit ? [["audit", ["10%"]] as [string, string[]]] : []),
        ],
      }),
    );
    groups.forEach((g, i) => out.push({ kind: "group", name: `g${i}`, label: g.label, properties: [["weight", [String(g.weight)]]] }));
    indicators.forEach((ind, i) => {
      const props: [string, string[]][] = [];
      if (ind.group !== null && groups.length > 0) props.push(["group", [`g${ind.group % groups.length}`]]);
      props.push(["value", ind.b === null ? [metricName(ind.a)] : [metricName(ind.a), "/", metricName(ind.b)]]);
      props.push(["better", [ind.lower ? "lower" : "higher"]]);
      if (ind.steps) {
        const thresholds = [...ind.steps].sort((x, y) => (ind.lower ? x - y : y - x));
        thresholds.forEach((t, k) => props.push(["step", [`${t}%`, "->", String(100 - k * 30)]]));
      } else if (ind.lower) {
        props.push(["floor", [`${ind.target}%`]], ["target", [`${ind.floor}%`]]);
      } else {
        props.push(["floor", [`${ind.floor}%`]], ["target", [`${ind.target}%`]]);
      }
      props.push(["weight", [String(ind.weight)]]);
      out.push({ kind: "indicator", name: `i${i}`, label: ind.label, properties: props });
    });
    if (gate) {
      out.push({
        kind: "gate",
        name: "guard",
        label: null,
        properties: [
          ["when", [metricName(gate.metric), ">", String(gate.limit)]],
          ["cap", gate.score ? ["score", "50"] : ["rating", "low"]],
        ],
      });
    }
    out.push({
      kind: "rating",
      name: "high",
      label: "High",
      properties: [["min", ["80"]], ...(quota ? [["quota", [`${quota}%`]] as [string, string[]]] : []), ["reward", ["10%"]]],
    });
    out.push({ kind: "rating", name: "low", label: null, properties: [["reward", ["0%"]]] });
    return out;
  });

/** A small deterministic generator so one integer seed picks a whole printing style. */
function chooser(seed: number) {
  let s = seed >>> 0 || 1;
  return <T>(options: readonly T[]): T => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return options[(s >>> 0) % options.length]!;
  };
}

const REFERENCE_KEYS = new Set(["value", "when"]);

/** Prints the model; seed 0 prints the plain style, any other seed a random legal variation. */
export function printModel(model: SchemeModel, seed = 0): string {
  const pick = seed === 0 ? <T>(options: readonly T[]) => options[0]! : chooser(seed);
  const gap = () => pick([" ", "  ", " /* c */ ", "\t"]);
  const lines: string[] = [];
  for (const d of model) {
    if (pick([false, true])) lines.push(pick(["", "// a comment", "/* block */"]));
    const head = [d.kind, d.name, d.label === null ? "" : quoted(d.label)].filter((s) => s !== "").join(gap());
    lines.push(`${head}${gap()}{`);
    for (const [key, tokens] of d.properties) {
      let value = tokens.join(gap());
      if (REFERENCE_KEYS.has(key) && pick([false, true])) value = `(${pick(["", " "])}${value}${pick(["", " "])})`;
      lines.push(`${pick(["  ", "    ", "\t"])}${key}${gap()}${value}${pick(["", "   // why", " /* x */"])}`);
    }
    lines.push(pick(["}", "  }"]));
  }
  return `${lines.join("\n")}\n`;
}

function quoted(s: string): string {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** Every name the model declares, with its kind. */
export function declared(model: SchemeModel): ModelDeclaration[] {
  return model.filter((d) => d.name !== "");
}

/** The model with one declaration renamed everywhere it is referenced. */
export function renameIn(model: SchemeModel, from: string, to: string): SchemeModel {
  return model.map((d) => ({
    ...d,
    name: d.name === from ? to : d.name,
    properties: d.properties.map(([k, toks]): [string, string[]] => [
      k,
      k === "type" || k === "source" || k === "better" ? toks : toks.map((t) => (t === from ? to : t)),
    ]),
  }));
}
