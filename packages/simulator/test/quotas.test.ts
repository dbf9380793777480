import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, applyQuotas, groupPools, type Scheme } from "@goodhart/dsl";
import { TeamQuotas } from "../src/quotas.ts";
import * as S from "./schemes.ts";

function scheme(ratings: string): Scheme {
  const s = analyze(S.closures(40).replace(S.RATINGS, ratings)).scheme;
  if (!s) throw new Error("scheme does not check");
  return s;
}

const SCHEMES = [
  scheme(`
rating excellent { min 90 quota 20% of good reward 15% }
rating good { min 70 reward 5% }
rating completed { min 50 reward 0% }
rating not_completed { reward -10% }`),
  scheme(`
rating excellent { min 90 quota 10% reward 15% }
rating good { min 70 quota 57% reward 5% }
rating not_completed { reward -10% }`),
  scheme(`
rating excellent { min 90 quota 12.5% of good reward 15% }
rating good { min 70 quota 30% reward 5% }
rating fair { min 40 quota 50% of poor reward 0% }
rating poor { reward -10% }`),
];

/** The language's rule applied team by team, as the reducer once did. */
function reference(s: Scheme, team: number, score: Float64Array, rating: Uint8Array): Uint8Array {
  const out = new Uint8Array(rating.length);
  for (let t0 = 0; t0 < rating.length; t0 += team) {
    const t1 = Math.min(rating.length, t0 + team);
    out.set(applyQuotas(s, score.subarray(t0, t1), rating.subarray(t0, t1)), t0);
  }
  return out;
}

describe("quotas per team", () => {
  it("give exactly the ratings of the language's rule, team by team", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SCHEMES.length - 1 }),
        fc.integer({ min: 1, max: 120 }),
        fc.array(
          fc.tuple(fc.nat(3), fc.oneof(fc.constant(NaN), fc.integer({ min: 0, max: 12 }), fc.double({ min: 0, max: 100, noNaN: true }))),
          { maxLength: 400 },
        ),
        (which, team, staff) => {
          const s = SCHEMES[which]!;
          const bands = s.ratings.length;
          const rating = Uint8Array.from(staff, ([r]) => r % bands);
          const score = Float64Array.from(staff, ([, v]) => v);
          const out = new Uint8Array(staff.length);
          new TeamQuotas(s, applyQuotas, team).apply(score, rating, out);
          expect(Array.from(out)).toEqual(Array.from(reference(s, team, score, rating)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("also in large pools, with many equal and missing scores", () => {
    for (const s of SCHEMES) {
      for (const team of [97, 500]) {
        const n = 1000;
        const rating = Uint8Array.from({ length: n }, (_, i) => ((i * 7) % 3 === 0 ? 0 : (i * 13) % s.ratings.length));
        const score = Float64Array.from({ length: n }, (_, i) => (i % 11 === 0 ? NaN : (i * 31) % 6));
        const out = new Uint8Array(n);
        new TeamQuotas(s, applyQuotas, team).apply(score, rating, out);
        expect(Array.from(out)).toEqual(Array.from(reference(s, team, score, rating)));
        expect(Array.from(out)).not.toEqual(Array.from(rating));
      }
    }
  });

  it("a team is the pool `goodhart score` forms from one agency and one job group (`pool unit, role`)", () => {
    // The scheme declares two pool columns; the simulated staff of team t are the rows whose
    // unit is t and whose role is the same, so both commands count quotas over the same people.
    const s = analyze(
      S.closures(40).replace(
        S.RATINGS,
        `scheme "p" { pool unit, role }\nrating excellent { min 90 quota 20% of good }\nrating good { min 70 }\nrating rest { }`,
      ),
    ).scheme!;
    expect(s.pool.columns).toEqual(["unit", "role"]);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.tuple(fc.nat(2), fc.integer({ min: 0, max: 100 })), { maxLength: 200 }),
        (team, staff) => {
          const rating = Uint8Array.from(staff, ([r]) => r);
          const score = Float64Array.from(staff, ([, v]) => v);
          const out = new Uint8Array(staff.length);
          new TeamQuotas(s, applyQuotas, team).apply(score, rating, out);
          const rows = staff.map((_, i) => ({
            id: String(i),
            unit: String(Math.floor(i / team)),
            pool: { unit: String(Math.floor(i / team)), role: "clerk" },
            row: {},
          }));
          const expected = new Uint8Array(staff.length);
          for (const { members } of groupPools(s, rows)) {
            const after = applyQuotas(
              s,
              members.map((i) => score[i]!),
              members.map((i) => rating[i]!),
            );
            members.forEach((i, k) => (expected[i] = after[k]!));
          }
          expect(Array.from(out)).toEqual(Array.from(expected));
        },
      ),
      { numRuns: 200 },
    );
  });
});
