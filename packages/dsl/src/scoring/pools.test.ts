/**
 * Quota pools (docs/language-reference.md §3.1 `pool`, §5.6): scoreRows against a deliberately naive reading of
 * the rule — rows grouped by the tuple of their pool columns with plain loops, every row scored
 * by the reference evaluator, each allowance found by trying every k — on random schemes,
 * random pool columns (including empty cells) and random scores.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import { format } from "../format/format.ts";
import { scoreReference } from "./reference.ts";
import { scoreRows, type StaffInput } from "./score-rows.ts";

function scheme(text: string) {
  const a = analyze(text);
  const errors = a.diagnostics.filter((d) => d.severity === "error");
  if (errors.length) throw new Error(errors.map((e) => e.message).join("\n"));
  return a.scheme!;
}

interface Band {
  name: string;
  min: number | null;
  /** Quota as a whole percent, and the band it counts against (null: the pool). */
  pct: number | null;
  of: string | null;
}

/** The rule as a reader of §5.4 would apply it by hand. */
function naiveRatings(bands: Band[], scores: (number | null)[], before: number[], pools: string[][]): number[] {
  const after = [...before];
  const keys: string[] = [];
  for (const p of pools) if (!keys.includes(p.join("\u0000"))) keys.push(p.join("\u0000"));
  for (const key of keys) {
    const members: number[] = [];
    for (let i = 0; i < pools.length; i++) if (pools[i]!.join("\u0000") === key) members.push(i);
    for (let b = 0; b < bands.length - 1; b++) {
      const band = bands[b]!;
      if (band.pct === null) continue;
      const holders = members.filter((i) => after[i] === b);
      let allowance = 0;
      if (band.of === null) {
        allowance = Math.min(holders.length, Math.floor((band.pct * members.length) / 100));
      } else {
        const ofIndex = bands.findIndex((x) => x.name === band.of);
        const inOf = members.filter((i) => after[i] === ofIndex).length;
        for (let k = holders.length; k >= 0; k--) {
          const surplus = ofIndex === b + 1 ? holders.length - k : 0;
          if (k * 100 <= band.pct * (inOf + surplus)) {
            allowance = k;
            break;
          }
        }
      }
      const s = (i: number) => scores[i] ?? -Infinity;
      const ordered = [...holders].sort((x, y) => (s(y) === s(x) ? x - y : s(y) - s(x)));
      for (const i of ordered.slice(allowance)) after[i] = b + 1;
    }
  }
  return after;
}

const bandsArb = fc
  .record({
    top: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    topOfGood: fc.boolean(),
    good: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  })
  .map(({ top, topOfGood, good }): Band[] => [
    { name: "excellent", min: 90, pct: top, of: topOfGood ? "good" : null },
    { name: "good", min: 70, pct: good, of: null },
    { name: "completed", min: 50, pct: null, of: null },
    { name: "not_completed", min: null, pct: null, of: null },
  ]);

function schemeText(bands: Band[], columns: string[]): string {
  const ratings = bands
    .map(
      (b) =>
        `rating ${b.name} {${b.min !== null ? ` min ${b.min}` : ""}${b.pct !== null ? ` quota ${b.pct}%${b.of ? ` of ${b.of}` : ""}` : ""} }`,
    )
    .join("\n");
  return `scheme "t" {\n  pool ${columns.join(", ")}\n}\nmetric x { type number }\nindicator i { value x floor 0 target 100 weight 100 }\n${ratings}\n`;
}

const COLUMNS = ["unit", "role", "grade"];

describe("quota pools", () => {
  it("property: scoreRows rates every pool column combination as the naive rule does", () => {
    fc.assert(
      fc.property(
        bandsArb,
        fc.integer({ min: 1, max: 3 }),
        fc.array(
          fc.record({
            x: fc.option(fc.constantFrom(40, 55, 70, 75, 80, 85, 90, 92, 95, 100), { nil: null }),
            values: fc.tuple(fc.constantFrom("A", "B", null), fc.constantFrom("clerk", "head", null), fc.constantFrom("1", "2")),
          }),
          { maxLength: 40 },
        ),
        (bands, nColumns, people) => {
          const columns = COLUMNS.slice(0, nColumns);
          const s = scheme(schemeText(bands, columns));
          expect(s.pool).toEqual({ columns, declared: true });
          const input: StaffInput[] = people.map((p, k) => ({
            id: `p${k}`,
            unit: p.values[0],
            pool: Object.fromEntries(columns.map((c, j) => [c, p.values[j]!])),
            row: { x: p.x },
          }));
          const report = scoreRows(s, input);
          const ref = input.map((r) => scoreReference(s, r.row));
          const before = ref.map((r) => bands.findIndex((b) => b.name === r.rating));
          const expected = naiveRatings(
            bands,
            ref.map((r) => r.score),
            before,
            people.map((p) => columns.map((_, j) => String(p.values[j]))),
          );
          expect(report.staff.map((r) => r.rating)).toEqual(expected.map((b) => bands[b]!.name));
          report.staff.forEach((r, k) => expect(r.pool).toEqual(Object.fromEntries(columns.map((c, j) => [c, people[k]!.values[j]]))));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("Decree 335: 20% of well completed counts within each agency and job group, not across the file", () => {
    const s = scheme(
      schemeText(
        [
          { name: "excellent", min: 90, pct: 20, of: "good" },
          { name: "good", min: 70, pct: null, of: null },
          { name: "completed", min: 50, pct: null, of: null },
          { name: "not_completed", min: null, pct: null, of: null },
        ],
        ["unit", "role"],
      ),
    );
    // Agency A clerks: 1 excellent, 5 good → k ≤ 0.2 × (5 + 1 − k) → k = 1 stays.
    // Agency A heads: 1 excellent, 1 good → k ≤ 0.2 × (1 + 1 − k) → k = 0: the head moves down,
    // though one file-wide pool (2 excellent, 6 good) would have kept both.
    const rows: [string, string, number][] = [
      ["A", "clerk", 95],
      ["A", "clerk", 80],
      ["A", "clerk", 80],
      ["A", "clerk", 80],
      ["A", "clerk", 80],
      ["A", "clerk", 80],
      ["A", "head", 96],
      ["A", "head", 80],
    ];
    const report = scoreRows(
      s,
      rows.map(([unit, role, x], k) => ({ id: `s${k}`, unit, pool: { unit, role }, row: { x } })),
    );
    expect(report.staff.map((r) => r.rating)).toEqual(["excellent", "good", "good", "good", "good", "good", "good", "good"]);
    expect(report.staff[6]!.ratingBeforeQuota).toBe("excellent");
  });

  it("without `pool`, the pool is `unit` and a table without it is one pool", () => {
    const s = scheme(
      `metric x { type number }\nindicator i { value x floor 0 target 100 weight 100 }\nrating top { min 50 quota 50% }\nrating rest { }`,
    );
    expect(s.pool).toEqual({ columns: ["unit"], declared: false });
    const rows = (units: (string | null)[]) =>
      scoreRows(
        s,
        units.map((unit, k) => ({ id: `${k}`, unit, row: { x: 90 - k } })),
      ).staff.map((r) => r.rating);
    expect(rows(["a", "a", "b", "b"])).toEqual(["top", "rest", "top", "rest"]);
    expect(rows([null, null, null, null])).toEqual(["top", "top", "rest", "rest"]);
    // The document keeps the shape it had before `pool` existed: `unit` names the pool.
    expect("pool" in scoreRows(s, [{ id: "a", unit: "x", row: { x: 1 } }]).staff[0]!).toBe(false);
  });
});

describe("`pool` in the language", () => {
  it("parses one or more columns, formats them canonically, and rejects what is not a column name", () => {
    expect(format(`scheme "t" {\n  pool unit ,role\n}\n`)).toContain("pool unit, role");
    expect(scheme(`scheme { pool agency }\nrating r { }`).pool).toEqual({ columns: ["agency"], declared: true });
    const bad = (text: string) =>
      analyze(text)
        .diagnostics.filter((d) => d.code === "KPI004")
        .map((d) => d.message);
    expect(bad(`scheme { pool 3 }\nrating r { }`)[0]).toContain("column names");
    expect(bad(`scheme { pool "unit" }\nrating r { }`)[0]).toContain("column names");
    expect(bad(`scheme { pool unit, unit }\nrating r { }`)[0]).toContain("listed twice");
    expect(bad(`metric m { type count pool unit }\nrating r { }`).length).toBe(1);
  });

  it("a comma list elsewhere is still a KPI004, not a crash", () => {
    const d = analyze(`metric m { type count, ratio }\nrating r { }`).diagnostics;
    expect(d.some((x) => x.code === "KPI004")).toBe(true);
  });
});
