/**
 * fast-check generators of valid rule files and staff records, shared by the property tests
 * (compiled vs reference, formatter, diff, services).
 */
import fc from "fast-check";

const numberText = fc.oneof(
  fc.integer({ min: 0, max: 200 }).map(String),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 9 })).map(([a, b]) => `${a}.${b}%`),
);

function exprArb(names: string[], depth: number): fc.Arbitrary<string> {
  const leaf = names.length > 0 ? fc.oneof(fc.constantFrom(...names), numberText) : numberText;
  if (depth <= 0) return leaf;
  const sub = exprArb(names, depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 2, arbitrary: fc.tuple(sub, fc.constantFrom("+", "-", "*", "/"), sub).map(([a, op, b]) => `${a} ${op} ${b}`) },
    { weight: 1, arbitrary: sub.map((a) => `(${a})`) },
    { weight: 1, arbitrary: sub.map((a) => `-${a}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom("min", "max"), sub, sub).map(([f, a, b]) => `${f}(${a}, ${b})`) },
    { weight: 1, arbitrary: sub.map((a) => `abs(${a})`) },
  );
}

function conditionArb(names: string[]): fc.Arbitrary<string> {
  const cmp = fc
    .tuple(exprArb(names, 1), fc.constantFrom("<", "<=", ">", ">=", "==", "!="), exprArb(names, 1))
    .map(([a, op, b]) => `${a} ${op} ${b}`);
  return fc.oneof(
    { weight: 3, arbitrary: cmp },
    { weight: 1, arbitrary: fc.tuple(cmp, fc.constantFrom("and", "or"), cmp).map(([a, op, b]) => `${a} ${op} ${b}`) },
    { weight: 1, arbitrary: cmp.map((a) => `not ${a}`) },
  );
}

export interface GeneratedScheme {
  text: string;
  metrics: string[];
}

/** A valid scheme (no errors; warnings allowed) of a few metrics, indicators, groups, gates, bands. */
export const schemeArb: fc.Arbitrary<GeneratedScheme> = fc
  .record({
    metricCount: fc.integer({ min: 1, max: 5 }),
    indicatorCount: fc.integer({ min: 1, max: 6 }),
    groupCount: fc.integer({ min: 0, max: 3 }),
    missing: fc.constantFrom("exclude", "zero"),
    seed: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 64, maxLength: 64 }),
  })
  .chain((shape) => {
    const metrics = Array.from({ length: shape.metricCount }, (_, i) => `m${i}`);
    const groups = Array.from({ length: shape.groupCount }, (_, i) => `g${i}`);
    const indicators = Array.from({ length: shape.indicatorCount }, (_, i) => `i${i}`);
    const indicatorArbs = indicators.map((name, i) => {
      const readable = [...metrics, ...indicators.slice(0, i), ...indicators.slice(0, i).map((x) => `${x}.points`)];
      return fc
        .record({
          value: exprArb(readable, 2),
          better: fc.constantFrom("higher", "lower"),
          steps: fc.boolean(),
          a: fc.integer({ min: -50, max: 150 }),
          gap: fc.integer({ min: 1, max: 100 }),
          stepPoints: fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 4 }),
          cap: fc.option(fc.constantFrom(100, 120, 80), { nil: null }),
          weight: fc.integer({ min: 0, max: 60 }),
          group: groups.length > 0 ? fc.option(fc.constantFrom(...groups), { nil: null }) : fc.constant(null),
          label: fc.option(
            fc.array(fc.constantFrom(..."aăđ Ệ-_.:\"\\'/*<>$`"), { maxLength: 10 }).map((cs) => cs.join("")),
            { nil: null },
          ),
        })
        .map((x) => {
          const lines = [`indicator ${name}${x.label !== null ? ` "${x.label.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"` : ""} {`];
          if (x.group) lines.push(`  group ${x.group}`);
          lines.push(`  value ${x.value}`);
          lines.push(`  better ${x.better}`);
          if (x.steps) {
            const pts = [...x.stepPoints].sort((p, q) => q - p);
            pts.forEach((p, k) => {
              const th = x.better === "higher" ? x.a + (pts.length - k) * x.gap : x.a - (pts.length - k) * x.gap;
              lines.push(`  step ${th < 0 ? `-${-th}` : th} -> ${p}`);
            });
          } else {
            const lo = x.a;
            const hi = x.a + x.gap;
            const [floor, target] = x.better === "higher" ? [lo, hi] : [hi, lo];
            lines.push(`  floor ${floor < 0 ? `-${-floor}` : floor}`);
            lines.push(`  target ${target < 0 ? `-${-target}` : target}`);
          }
          if (x.cap !== null) lines.push(`  cap ${x.cap}`);
          lines.push(`  weight ${x.weight}`);
          lines.push("}");
          return lines.join("\n");
        });
    });
    // Groups nest only under earlier groups, so there is never a cycle.
    const groupArbs = groups.map((name, i) =>
      fc
        .record({
          weight: fc.integer({ min: 0, max: 60 }),
          parent: i > 0 ? fc.option(fc.constantFrom(...groups.slice(0, i)), { nil: null }) : fc.constant(null),
        })
        .map((g) => `group ${name} {\n  weight ${g.weight}\n${g.parent ? `  group ${g.parent}\n` : ""}}`),
    );
    const whenNames = [...metrics, ...indicators, ...indicators.map((x) => `${x}.points`), ...groups, "score"];
    const gateArbs = fc.array(
      fc.record({
        when: conditionArb(whenNames),
        capRating: fc.boolean(),
        limit: fc.integer({ min: 0, max: 100 }),
        band: fc.integer({ min: 0, max: 2 }),
      }),
      { maxLength: 3 },
    );
    const ratingArb = fc.record({
      mins: fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 0, maxLength: 3 }),
      quota: fc.option(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.boolean()), { nil: null }),
    });
    return fc
      .tuple(fc.tuple(...indicatorArbs), groupArbs.length > 0 ? fc.tuple(...groupArbs) : fc.constant([] as string[]), gateArbs, ratingArb)
      .map(([inds, grps, gates, rating]) => {
        const mins = [...rating.mins].sort((a, b) => b - a);
        const bands = [...mins.map((_, i) => `band${i}`), "fallback"];
        const parts: string[] = [`scheme "Generated" {\n  missing ${shape.missing}\n}`];
        for (const m of metrics) parts.push(`metric ${m} {\n  type number\n}`);
        parts.push(...inds, ...grps);
        gates.forEach((g, k) => {
          // A band below the best: capping at the best caps nothing, and is a KPI004.
          const cap = g.capRating && bands.length > 1 ? `rating ${bands[Math.min(1 + g.band, bands.length - 1)]}` : `score ${g.limit}`;
          parts.push(`gate gate${k} {\n  when ${g.when}\n  cap ${cap}\n}`);
        });
        mins.forEach((m, i) => {
          const lines = [`rating band${i} {`, `  min ${m}`];
          if (i === 0 && rating.quota) {
            const [q, ofNext] = rating.quota;
            lines.push(`  quota ${q}%${ofNext && bands.length > 2 ? " of band1" : ""}`);
          }
          lines.push(`  reward ${mins.length - i}%`, "}");
          parts.push(lines.join("\n"));
        });
        parts.push("rating fallback {\n  reward 0%\n}");
        return { text: `${parts.join("\n\n")}\n`, metrics };
      });
  });

/** A staff record over the given metrics: missing values, zeros, negatives, large numbers. */
export function rowArb(metrics: string[]): fc.Arbitrary<Record<string, number | null>> {
  const value = fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 4, arbitrary: fc.double({ min: -200, max: 200, noNaN: true }) },
    { weight: 2, arbitrary: fc.integer({ min: -5, max: 150 }) },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(1e300, -1e300, 1e-300) },
  );
  return fc.record(Object.fromEntries(metrics.map((m) => [m, value])) as Record<string, fc.Arbitrary<number | null>>);
}
