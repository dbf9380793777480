import { describe, expect, it } from "vitest";
import { run } from "./support/kpi.ts";
import * as S from "./schemes.ts";

describe("10. determinism", () => {
  it("the same seed gives byte-identical JSON; another seed gives different figures", () => {
    const params = { staff: 700, periods: 4, seed: 7 };
    const a = JSON.stringify(run(S.AUDITED, params));
    const b = JSON.stringify(run(S.AUDITED, params));
    const c = JSON.stringify(run(S.AUDITED, { ...params, seed: 8 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it("a staff member's results do not depend on how many others are simulated", () => {
    // Counter-based randomness: staff 0..299 of a 300-run equal staff 0..299 of a 600-run.
    const small = run(S.CLIFF, { staff: 300, periods: 3 }).lastPeriod!;
    const large = run(S.CLIFF, { staff: 600, periods: 3 }).lastPeriod!;
    expect(large.score.slice(0, 300)).toEqual(small.score);
    expect(large.trueValue.slice(0, 300)).toEqual(small.trueValue);
  });
});
