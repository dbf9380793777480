/**
 * A&E four-hour target, England 2004/05: 96% of patients reported seen within four hours
 * against 77% in the patients' own survey (Bevan & Hood 2006; Healthcare Commission).
 *
 * Band: under a 100% on-time target on an unaudited self-report, the reported share exceeds the
 * true one by at least 3 points and at most 25. Reason: only reactive gamers and maniacs (30%
 * of the default workforce) falsify, so the population gap is a fraction of theirs; the
 * published 19 points also mixes measurement differences between the survey and the records.
 * A 10% audit with a gate that penalises what it finds brings the gap under one point.
 */
import { describe, expect, it } from "vitest";
import { DENOMINATORS, gap, mean, onTimeShare, seeds } from "./designs.ts";

describe.each(DENOMINATORS)("A&E: on-time share of cases %s, self-reported, target 100%", (den) => {
  const open = seeds(onTimeShare(den));
  const audited = seeds(onTimeShare(den, { audit: "10%", gate: true }));

  it("reports several points more than is true, on every seed", () => {
    for (const r of open) {
      expect(gap(r)).toBeGreaterThan(3);
      expect(gap(r)).toBeLessThan(25);
    }
  });

  it("a 10% audit with a penalising gate brings the gap under a point", () => {
    for (const r of audited) expect(Math.abs(gap(r))).toBeLessThan(1);
    expect(mean(audited.map((r) => gap(r)))).toBeLessThan(mean(open.map((r) => gap(r))) / 3);
  });

  it("falsification rises steeply over the last points to 100%", () => {
    const at = (t: string) => mean(seeds(onTimeShare(den, { target: t })).map((r) => r.summary.falsifiedShare!));
    const f85 = at("85%");
    const f95 = at("95%");
    const f100 = open.map((r) => r.summary.falsifiedShare!);
    for (const f of f100) expect(f).toBeGreaterThan(f85 + 0.01);
    expect(mean(f100)).toBeGreaterThanOrEqual(f95);
  });
});
