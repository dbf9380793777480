/**
 * Mutation fuzzing of the whole pipeline, bounded by run counts (not time) so the suite stays
 * fast. Every example scheme is damaged by a few random edits — cuts, copies, and tokens that
 * once broke a tool (deep nesting, huge numbers, duplicate names, directives, `__proto__`) —
 * and goes through check → fmt → check → compile → score as a user would run them:
 *
 * - no command prints "internal error", and exit codes are 0, 1 or 2 as documented;
 * - fmt only writes what parses, changes no finding (codes and suppressions stay the same,
 *   except the layout warning it exists to fix), and is idempotent;
 * - a scheme that checks compiles and scores, and the compiled scorer agrees with the
 *   reference to the last bit.
 */
import { analyze, compile, format, scoreReference, type Analysis, type Row } from "@goodhart/dsl";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runWith } from "./test-support/mem-io.ts";

const dir = new URL("../../../examples/", import.meta.url);
const EXAMPLES = readdirSync(dir)
  .filter((f) => f.endsWith(".kpi"))
  .sort()
  .map((f) => readFileSync(new URL(f, dir), "utf8"));

const TOKENS = [
  "{",
  "}",
  "(",
  ")",
  "-",
  '"',
  "//",
  "/*",
  "*/",
  "\n",
  "\r\n",
  " ",
  ",",
  ".",
  "->",
  "%",
  "==",
  "and",
  "not",
  "9".repeat(40),
  `1${"0".repeat(400)}`,
  "1_000_000_000_000_000",
  "0",
  "100%",
  "group g { weight 100 group g }",
  "indicator g { group g value x floor 0 target 1 weight 1 }",
  "// goodhart-ignore KPI203: fuzz",
  "} // goodhart-ignore KPI206: fuzz\n",
  "quota 50% of excellent",
  "__proto__",
  "constructor",
  "metric",
  "indicator",
  "rating",
  "gate",
  "weight",
  "step 1 -> 100",
  "(".repeat(200),
  "a + ".repeat(150),
  "- ".repeat(150),
  "\u2028",
  "\uFEFF",
  "é",
  "\u0000",
];

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("copy" as const), at: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
);

type Edit =
  | { kind: "insert"; at: number; token: string }
  | { kind: "cut"; at: number; length: number }
  | { kind: "copy"; at: number; from: number; length: number };

function mutate(text: string, edits: Edit[]): string {
  let t = text;
  for (const e of edits) {
    const at = e.at % (t.length + 1);
    if (e.kind === "insert") t = t.slice(0, at) + e.token + t.slice(at);
    else if (e.kind === "cut") t = t.slice(0, at) + t.slice(at + e.length);
    else {
      const from = e.from % (t.length + 1);
      t = t.slice(0, at) + t.slice(from, from + e.length) + t.slice(at);
    }
  }
  return t;
}

/** What a scheme says, as findings: codes and whether each is suppressed, position-free. */
function findings(analysis: Analysis): string[] {
  return analysis.diagnostics
    .filter((d) => d.code !== "KPI103")
    .map((d) => `${d.code}${d.suppressed ? " suppressed" : ""} ${d.declaration ? `${d.declaration.kind} ${d.declaration.name}` : ""}`)
    .sort();
}

function rowsFor(metrics: string[], seed: number): Row[] {
  const values = [null, 0, 1, 2.5, 10, 0.97, -3, 1e9];
  return Array.from({ length: 4 }, (_, r) =>
    Object.fromEntries(metrics.map((m, i) => [m, values[(seed + r * 7 + i * 3) % values.length]!])),
  );
}

/** A staff table for the scheme: its metrics, and the pool columns it declares (two pools). */
function csvFor(metrics: string[], rows: Row[], pool: readonly string[]): string {
  const header = ["id", ...pool, ...metrics];
  const line = (row: Row, i: number) => [
    `s${i}`,
    ...pool.map(() => `p${i % 2}`),
    ...metrics.map((m) => (row[m] === null ? "" : String(row[m]))),
  ];
  return `${[header.join(","), ...rows.map((row, i) => line(row, i).join(","))].join("\n")}\n`;
}

describe("mutated examples through check → fmt → check → compile → score", () => {
  it("never an internal error; fmt keeps every finding; compiled agrees with the reference", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: EXAMPLES.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        fc.nat(),
        async (which, edits, seed) => {
          const text = mutate(EXAMPLES[which]!, edits);
          const files = { "f.kpi": text };
          const analysis = analyze(text);
          const checked = await runWith(["check", "f.kpi"], files);
          expect([0, 1]).toContain(checked.code);
          expect(checked.stderr + checked.stdout).not.toContain("internal error");

          const fmt = await runWith(["fmt", "--write", "f.kpi"], files);
          expect(fmt.stderr).not.toContain("internal error");
          expect([0, 1]).toContain(fmt.code);
          const formatted = format(text);
          if (formatted === null) {
            expect(fmt.code).toBe(1);
            expect(fmt.files.get("f.kpi")).toBe(text);
            expect(analysis.diagnostics.some((d) => d.code === "KPI001")).toBe(true);
          } else {
            expect(fmt.files.get("f.kpi")).toBe(formatted);
            expect(analysis.diagnostics.some((d) => d.code === "KPI001")).toBe(false);
            expect(findings(analyze(formatted))).toEqual(findings(analysis));
            expect(format(formatted)).toBe(formatted);
          }

          const compiled = await runWith(["compile", "f.kpi"], files);
          expect(compiled.stderr).not.toContain("internal error");
          expect(compiled.code).toBe(analysis.scheme ? 0 : 1);
          if (!analysis.scheme) return;
          const scheme = analysis.scheme;
          const metrics = scheme.metrics.map((m) => m.name);
          const rows = rowsFor(metrics, seed);
          const module = compile(scheme);
          for (const row of rows) {
            const ref = scoreReference(scheme, row);
            const got = module.score(row);
            expect(Object.is(got.score, ref.score)).toBe(true);
            expect(got.rating).toBe(ref.rating);
            expect(got.indicators).toEqual(ref.indicators);
          }
          const pool = scheme.pool.declared ? scheme.pool.columns : [];
          const scored = await runWith(["score", "f.kpi", "--data", "d.csv"], { ...files, "d.csv": csvFor(metrics, rows, pool) });
          expect(scored.stderr).not.toContain("internal error");
          const columns = [...metrics, ...pool];
          const plain = columns.every((m) => /^[^,"\r\n]+$/.test(m) && m.trim() === m && m !== "id" && m !== "unit");
          if (plain && new Set(columns).size === columns.length) expect(scored.code, scored.stderr).toBe(0);
        },
      ),
      { numRuns: 30 },
    );
  });
});
