/**
 * Exact at the boundary (§5.3): values, points, group points and scores are rounded to 9
 * decimals as computed, so a score that is mathematically on a band's `min` meets it, and the
 * order of declarations never changes a score.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import { compile } from "./compile.ts";
import { scoreReference } from "./reference.ts";
import { round9 } from "./exact.ts";
import { emitModule } from "./emit.ts";
import { rowArb, schemeArb } from "../../test/index.ts";
import type { Scheme } from "../semantics/model.ts";
import type { Row, RowResult } from "./types.ts";

function scheme(text: string): Scheme {
  const a = analyze(text);
  const errors = a.diagnostics.filter((d) => d.severity === "error");
  if (errors.length) throw new Error(errors.map((e) => e.message).join("\n"));
  return a.scheme!;
}

/** Every number the scorer reports, keyed by name, so two arrangements compare by meaning. */
function figures(r: RowResult): Record<string, unknown> {
  const inds = Object.keys(r.indicators)
    .sort()
    .map((k) => [k, r.indicators[k]!.value, r.indicators[k]!.points]);
  const groups = Object.keys(r.groups)
    .sort()
    .map((k) => [k, r.groups[k]]);
  return { score: r.score, rating: r.rating, gates: [...r.gates].sort(), inds, groups };
}

function sameBits(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Object.is(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameBits(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return sameBits(ka, kb) && ka.every((k) => sameBits((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

describe("round9", () => {
  it("is ⌊x × 10⁹ + ½⌋ ÷ 10⁹, idempotent, and leaves NaN and huge numbers alone", () => {
    expect(round9(49.99999999999994)).toBe(50);
    expect(round9(56.99999999999999)).toBe(57);
    expect(round9(0.1234567894)).toBe(0.123456789);
    expect(round9(0.1234567895)).toBe(0.12345679);
    expect(round9(-1.0000000005)).toBe(-1);
    expect(round9(1e300)).toBe(1e300);
    expect(round9(NaN)).toBeNaN();
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => Object.is(round9(round9(x)), round9(x))));
  });

  /** ⌊D × 10^(E+9) + ½⌋ ÷ 10⁹ on the decimal String(x) = D × 10^E, in integers (below 2²³). */
  function decimalRound9(x: number): number {
    const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([-+]\d+))?$/.exec(String(x))!;
    const frac = m[3] ?? "";
    const digits = BigInt(m[2]! + frac) * (m[1] ? -1n : 1n);
    const shift = (m[4] ? Number(m[4]) : 0) - frac.length + 9;
    if (shift >= 0) return Number(digits * 10n ** BigInt(shift)) / 1e9;
    const d = 10n ** BigInt(-shift);
    const a = 2n * digits + d;
    const n = a >= 0n ? a / (2n * d) : -((-a + 2n * d - 1n) / (2n * d));
    return Number(n) / 1e9;
  }

  it("from a million on, is exact on the decimal a value prints as (differential, BigInt); below, it is the double's product", () => {
    const large = fc.oneof(
      fc.double({ min: 1e6, max: 8.4e6, noNaN: true }).chain((x) => fc.constantFrom(x, -x)),
      // Half-way points of the 9-decimal grid, and two-decimal money, from a million up.
      fc.integer({ min: 1e9, max: 8e9 }).map((k) => k / 1e3 + 5e-10),
      fc.integer({ min: 1e8, max: 8e8 }).map((k) => k / 100),
    );
    fc.assert(
      fc.property(large, (x) => {
        expect(round9(x)).toBe(decimalRound9(x));
      }),
      { numRuns: 20000 },
    );
    // Written with at most 9 decimals, any value is its own rounding, whatever its size.
    const written = fc.tuple(
      fc.integer({ min: -8_000_000, max: 8_000_000 }),
      fc.integer({ min: 0, max: 999_999_999 }),
      fc.integer({ min: 0, max: 9 }),
    );
    fc.assert(
      fc.property(written, ([whole, frac, places]) => {
        const x = Number(`${whole}.${String(frac).padStart(9, "0").slice(0, places) || "0"}`);
        expect(round9(x)).toBe(x);
      }),
      { numRuns: 20000 },
    );
    const small = fc.double({ min: -999_999, max: 999_999, noNaN: true });
    fc.assert(fc.property(small, (x) => Object.is(round9(x), Math.floor(x * 1e9 + 0.5) / 1e9)));
    // Beyond 2²³ a value has no more than 9 decimals to round: it is its own rounding.
    fc.assert(fc.property(fc.double({ min: 2 ** 23, max: 1e15, noNaN: true }), (x) => round9(x) === x && round9(-x) === -x));
    // The reviewer's case: ⌊x × 10⁹ + ½⌋ in doubles made this 4433310.980000001.
    expect(round9(4433310.98)).toBe(4433310.98);
    expect(round9(8773773.14)).toBe(8773773.14);
  });

  it("a money value on a step's threshold meets it, in every scorer", async () => {
    const s = scheme(`
metric cost { type number }
indicator c { value cost better lower step 4433310.98 -> 100 step 5000000 -> 50 weight 100 }
rating full { min 100 }
rating partial { reward 0% }
`);
    const row = { cost: 4433310.98 };
    expect(scoreReference(s, row)).toMatchObject({ score: 100, rating: "full" });
    expect(compile(s).score(row)).toMatchObject({ score: 100, rating: "full" });
    expect(compile(s).score(row).indicators.c!.value).toBe(4433310.98);
    const mod = (await import(`data:text/javascript,${encodeURIComponent(emitModule(s))}`)) as { score: (r: Row) => RowResult };
    expect(mod.score(row)).toMatchObject({ score: 100, rating: "full" });
  });
});

describe("a score that is mathematically on a band's min meets it", () => {
  const twoLines = scheme(`
metric done { type count }
metric total { type count }
metric other { type ratio }
indicator a { value done / total floor 90% target 100% weight 50 }
indicator b { value other floor 90% target 100% weight 50 }
rating completed { min 50 }
rating not_completed { reward -5% }
`);
  const row = { done: 19, total: 20, other: 0.95 };

  it("19 of 20 on two 90%–100% lines is 50 points each and a score of exactly 50", () => {
    const compiled = compile(twoLines);
    for (const r of [scoreReference(twoLines, row), compiled.score(row)]) {
      expect(r.indicators.a!.points).toBe(50);
      expect(r.indicators.b!.points).toBe(50);
      expect(r.score).toBe(50);
      expect(r.rating).toBe("completed");
    }
    const cols = compiled.scoreColumns({ done: Float64Array.of(19), total: Float64Array.of(20), other: Float64Array.of(0.95) }, 1);
    expect(cols.score[0]).toBe(50);
    expect(compiled.ratings[cols.rating[0]!]).toBe("completed");
  });

  it("57 on a 0–100 line meets min 57, in the standalone module too", async () => {
    const s = scheme(`
metric x { type number }
indicator i { value x floor 0 target 100 weight 100 }
rating ok { min 57 }
rating short { reward 0% }
`);
    expect(scoreReference(s, { x: 57 })).toMatchObject({ score: 57, rating: "ok" });
    const mod = (await import(`data:text/javascript,${encodeURIComponent(emitModule(s))}`)) as {
      score: (r: Row) => RowResult;
      scoreColumns: (c: Record<string, Float64Array>, n: number) => { score: Float64Array; rating: Uint8Array };
    };
    expect(mod.score({ x: 57 })).toMatchObject({ score: 57, rating: "ok" });
    expect(mod.scoreColumns({ x: Float64Array.of(57) }, 1).score[0]).toBe(57);
  });

  it("property: decimal inputs that land exactly on a threshold meet it", () => {
    // Lines floor f% → target t%; the input is the decimal f + M·(t − f)/100 written out, so
    // its points are M exactly in decimal arithmetic, and so is the weighted mean of any
    // number of such lines: a band at min M must be met, in both scorers.
    const line = fc.record({
      f: fc.integer({ min: 0, max: 99 }),
      gap: fc.integer({ min: 1, max: 100 }),
      lower: fc.boolean(),
      weight: fc.integer({ min: 1, max: 60 }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.array(line, { minLength: 1, maxLength: 5 }), (M, lines) => {
        const parts: string[] = [];
        const row: Record<string, number> = {};
        lines.forEach((l, k) => {
          const t = Math.min(l.f + l.gap, 100);
          if (t === l.f) return;
          const [floor, target] = l.lower ? [t, l.f] : [l.f, t];
          // value in ten-thousandths: 100·floor + M·(target − floor), an exact integer.
          const tenThousandths = 100 * floor + M * (target - floor);
          row[`m${k}`] = Number(`${tenThousandths / 10000}`);
          parts.push(
            `metric m${k} { type ratio }`,
            `indicator i${k} { value m${k} better ${l.lower ? "lower" : "higher"} floor ${floor}% target ${target}% weight ${l.weight} }`,
          );
        });
        if (parts.length === 0) return;
        const s = scheme(`${parts.join("\n")}\nrating met { min ${M} }\nrating missed { reward 0% }\n`);
        for (const r of [scoreReference(s, row), compile(s).score(row)]) {
          expect(r.score).toBe(M);
          expect(r.rating).toBe("met");
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("the order of declarations never changes a score", () => {
  it("reversing three indicators leaves every score as it was", () => {
    const blocks = [
      "indicator a { value x floor 0 target 10 weight 30 }",
      "indicator b { value y floor 0 target 10 weight 30 }",
      "indicator c { value z floor 0 target 10 weight 40 }",
    ];
    const head = "metric x { type number }\nmetric y { type number }\nmetric z { type number }\n";
    const tail = "\nrating good { min 70 }\nrating fair { reward 0% }\n";
    const fwd = scheme(head + blocks.join("\n") + tail);
    const rev = scheme(head + [...blocks].reverse().join("\n") + tail);
    for (const row of [
      { x: 7, y: 7, z: 7 },
      { x: 6.1, y: 7.3, z: 7.45 },
      { x: 9.7, y: 4.1, z: 7.1 },
    ]) {
      expect(scoreReference(rev, row).score).toBe(scoreReference(fwd, row).score);
      expect(compile(rev).score(row).score).toBe(scoreReference(fwd, row).score);
    }
    expect(scoreReference(rev, { x: 7, y: 7, z: 7 })).toMatchObject({ score: 70, rating: "good" });
  });

  it("four equal weights reversed: half-way means round the same way (they did not, summed as declared)", () => {
    const head = ["x", "y", "z", "u"].map((m) => `metric ${m} { type number }`).join("\n");
    const blocks = ["x", "y", "z", "u"].map((m, k) => `indicator i_${m} { value ${m} floor 0 target ${[10, 7, 3, 13][k]} weight 1 }`);
    const fwd = scheme(`${head}\n${blocks.join("\n")}\nrating f { reward 0% }\n`);
    const rev = scheme(`${head}\n${[...blocks].reverse().join("\n")}\nrating f { reward 0% }\n`);
    const cf = compile(fwd);
    const cr = compile(rev);
    const unit = fc.integer({ min: 0, max: 2 ** 30 }).map((k) => k / 2 ** 30);
    fc.assert(
      fc.property(fc.tuple(unit, unit, unit, unit), ([a, b, c, d]) => {
        const row = { x: a * 10, y: b * 7, z: c * 3, u: d * 13 };
        const want = scoreReference(fwd, row).score;
        return (
          Object.is(scoreReference(rev, row).score, want) && Object.is(cr.score(row).score, want) && Object.is(cf.score(row).score, want)
        );
      }),
      { numRuns: 3000 },
    );
  });

  it("property: shuffling a scheme's declarations never changes a score, rating, value or point", () => {
    fc.assert(
      fc.property(
        schemeArb.chain((g) =>
          fc.tuple(
            fc.constant(g),
            fc.array(rowArb(g.metrics), { minLength: 1, maxLength: 6 }),
            fc.shuffledSubarray(g.text.trim().split("\n\n"), { minLength: g.text.trim().split("\n\n").length }),
          ),
        ),
        ([g, rows, shuffled]) => {
          const a = scheme(g.text);
          const b = scheme(`${shuffled.join("\n\n")}\n`);
          const cb = compile(b);
          for (const row of rows) {
            const want = figures(scoreReference(a, row));
            const ref = figures(scoreReference(b, row));
            const fast = figures(cb.score(row));
            if (!sameBits(ref, want)) expect(ref).toEqual(want);
            if (!sameBits(fast, want)) expect(fast).toEqual(want);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
