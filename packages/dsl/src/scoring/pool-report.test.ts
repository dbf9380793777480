import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import { poolReport, renderPoolReport } from "./pool-report.ts";
import { scoreRows, type StaffInput } from "./score-rows.ts";

function scheme(text: string) {
  const a = analyze(text);
  const errors = a.diagnostics.filter((d) => d.severity === "error");
  if (errors.length) throw new Error(errors.map((e) => e.message).join("\n"));
  return a.scheme!;
}

const DECREE = scheme(`scheme "t" { pool unit, role }
metric x { type number }
indicator i { value x floor 0 target 100 weight 100 }
rating excellent { min 90 quota 20% of good }
rating good { min 70 }
rating completed { min 50 }
rating not_completed { }`);

const rows = (list: [string, string, string, number][]): StaffInput[] =>
  list.map(([id, unit, role, x]) => ({ id, unit, pool: { unit, role }, row: { x } }));

function report(input: StaffInput[], s = DECREE) {
  return poolReport(s, input, scoreRows(s, input));
}

describe("score --pools", () => {
  const input = rows([
    ["a", "A", "clerk", 95],
    ["b", "A", "clerk", 80],
    ["c", "A", "clerk", 80],
    ["d", "A", "clerk", 80],
    ["e", "A", "clerk", 80],
    ["f", "A", "clerk", 80],
    ["g", "A", "head", 95],
    ["h", "A", "head", 80],
    ["k", "A", "head", 80],
    ["l", "A", "head", 80],
    ["m", "A", "head", 80],
  ]);

  it("gives each pool's size, the allowance per quota band and who moved down", () => {
    const r = report(input);
    expect(r.columns).toEqual(["unit", "role"]);
    expect(r.pools.map((p) => [p.label, p.size])).toEqual([
      ["unit=A, role=clerk", 6],
      ["unit=A, role=head", 5],
    ]);
    // Clerks: 1 excellent, 5 good: 1 ≤ 0.2 × 5. Heads: 1 excellent, 4 good: k ≤ 0.2 × (5 − k) → 0.
    expect(r.pools[0]!.bands).toEqual([{ band: "excellent", quota: "20% of good", holders: 1, allowance: 1, ofCount: 5 }]);
    expect(r.pools[1]!.bands[0]!.allowance).toBe(0);
    expect(r.pools[1]!.moved).toEqual([
      { id: "g", score: 95, from: "excellent", to: "good", rank: 1, holders: 1, allowance: 0, tiedWith: null },
    ]);
    expect(r.pools[1]!.after).toEqual({ excellent: 0, good: 5, completed: 0, not_completed: 0 });
  });

  it("flags the pool where rounding lets nobody be excellent, and the equal scores the pool split", () => {
    const r = report(input);
    const unreachable = r.flags.filter((f) => f.kind === "unreachable");
    expect(unreachable.map((f) => f.label)).toEqual(["unit=A, role=head"]);
    // 20% of good, good the next band down: one may stay when 1 ≤ 0.2 × (band + good − 1), six together.
    expect(unreachable[0]).toMatchObject({ counted: "bandAndOf", have: 5, needed: 6 });
    const same = r.flags.find((f) => f.kind === "sameScore");
    expect(same).toEqual({
      kind: "sameScore",
      score: 95,
      bands: [
        { band: "excellent", ids: ["a"], pools: ["unit=A, role=clerk"] },
        { band: "good", ids: ["g"], pools: ["unit=A, role=head"] },
      ],
    });
    const text = renderPoolReport(r);
    expect(text).toContain(
      "nobody can be rated excellent here — quota 20% of good lets one in only with 6 or more rated excellent or good together; this pool has 5",
    );
    expect(text).toContain("moved down: g (95) excellent → good");
  });

  it("floor(20% × 4) = 0: a pool quota on four people lets nobody in", () => {
    const s = scheme(`scheme "t" { pool unit }
metric x { type number }
indicator i { value x floor 0 target 100 weight 100 }
rating top { min 90 quota 20% }
rating rest { }`);
    const r = report(
      [0, 1, 2, 3].map((k) => ({ id: `p${k}`, unit: "small", pool: { unit: "small" }, row: { x: 80 } })),
      s,
    );
    expect(r.flags).toEqual([
      {
        kind: "unreachable",
        pool: { unit: "small" },
        label: "unit=small",
        size: 4,
        band: "top",
        quota: "20%",
        ofCount: null,
        counted: "pool",
        have: 4,
        needed: 5,
      },
    ]);
    expect(renderPoolReport(r)).toContain("floor(20% × 4) = 0");
    // Five people allow one: no flag.
    expect(
      report(
        [0, 1, 2, 3, 4].map((k) => ({ id: `p${k}`, unit: "u", pool: { unit: "u" }, row: { x: 80 } })),
        s,
      ).flags,
    ).toEqual([]);
  });

  it("a tie split inside one pool is the tie rule, not the pool: named as such, not flagged", () => {
    const s = scheme(`metric x { type number }
indicator i { value x floor 0 target 100 weight 100 }
rating top { min 50 quota 50% }
rating rest { }`);
    const input: StaffInput[] = ["a", "b", "c", "d"].map((id) => ({ id, unit: "u", row: { x: 80 } }));
    const r = report(input, s);
    expect(r.flags).toEqual([]);
    expect(r.pools[0]!.moved.map((m) => [m.id, m.tiedWith])).toEqual([
      ["c", "a"],
      ["d", "a"],
    ]);
  });
});
