import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "@goodhart/dsl";
import { simulate } from "@goodhart/simulator";
import { hasQuotaPools, simulatedPoolReport } from "./simulated-pools.ts";
import { POOLED_SCHEME, VALID_SCHEME } from "../../e2e/fixtures.ts";

const decree = readFileSync(new URL("../../../../examples/decree-335-civil-servant.kpi", import.meta.url), "utf8");

function run(text: string, staff: number, team: number, seed: number) {
  const scheme = analyze(text).scheme!;
  const result = simulate(scheme, { staff, team, periods: 3, seed });
  const last = result.lastPeriod!;
  return {
    scheme,
    last,
    pools: simulatedPoolReport(scheme, {
      staff,
      team,
      indicator: (name, i) => last.indicators[name]?.[i] ?? null,
      rating: (i) => last.rating[i] ?? null,
    }),
  };
}

describe("the pool report of a simulated population", () => {
  it("is for schemes that declare pools and have a quota", () => {
    expect(hasQuotaPools(analyze(decree).scheme!)).toBe(true);
    expect(hasQuotaPools(analyze(POOLED_SCHEME).scheme!)).toBe(true);
    expect(hasQuotaPools(analyze(VALID_SCHEME).scheme!)).toBe(false);
    expect(hasQuotaPools(analyze(decree.replace(/^\s*pool unit, role\s*$/m, "")).scheme!)).toBe(false);
  });

  const cases = [
    ["decree 335", decree, 200, 20, 1],
    ["decree 335", decree, 97, 4, 2],
    ["pooled clerk", POOLED_SCHEME, 60, 7, 3],
    ["pooled clerk", POOLED_SCHEME, 150, 10, 4],
  ] as const;
  for (const [name, text, staff, team, seed] of cases) {
    it(`reports each team as one pool and retraces the simulation's ratings (${name}, ${staff} staff, teams of ${team}, seed ${seed})`, () => {
      const { pools, last } = run(text, staff, team, seed);
      const { report } = pools;
      expect(report.pools.length).toBe(Math.ceil(staff / team));
      expect(report.pools.reduce((n, p) => n + p.size, 0)).toBe(staff);
      expect(report.pools[0]!.label).toBe("unit=team 1");
      // Every indicator is retraced from the simulated values; only a rule reading a metric
      // directly could differ (the decree's disciplinary gate), and the clerk scheme has none.
      if (name === "pooled clerk") expect(pools.mismatched).toBe(0);
      // After quotas, each pool's band counts are the simulation's own for that team.
      report.pools.forEach((p, k) => {
        const simulated: Record<string, number> = {};
        for (let i = k * team; i < Math.min(staff, (k + 1) * team); i++) simulated[last.rating[i]!] = (simulated[last.rating[i]!] ?? 0) + 1;
        const after = Object.fromEntries(Object.entries(p.after).filter(([, n]) => n > 0));
        if (pools.mismatched === 0) expect(after).toEqual(simulated);
      });
    });
  }

  it("flags the band a team of four cannot reach under 20% of the well completed", () => {
    const { pools } = run(decree, 40, 4, 5);
    expect(pools.report.flags.some((f) => f.kind === "unreachable" && f.size === 4)).toBe(true);
  });
});
