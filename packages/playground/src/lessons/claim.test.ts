import { describe, expect, it } from "vitest";
import { checkClaim } from "./claim.ts";
import { claimSchema } from "./schema.ts";

const rises = claimSchema.parse({ metric: "falsifiedShare", direction: "increases", along: "sweep" });
const lower = claimSchema.parse({ metric: "summary.gaming.rush", compare: "after < before", by: 0.01 });
const sweep = (...figures: (number | null)[]) => ({ kind: "sweep" as const, points: figures.map((figure, value) => ({ value, figure })) });

describe("checkClaim", () => {
  it("a bare metric name means the summary's figure", () => {
    expect(rises.metric).toBe("summary.falsifiedShare");
  });

  it("judges a sweep by its two ends, in the sweep's order", () => {
    expect(checkClaim(rises, sweep(0.01, 0.05, 0.02)).holds).toBe(true);
    expect(checkClaim(rises, sweep(0.02, 0.05, 0.01)).holds).toBe(false);
    expect(checkClaim(rises, sweep(0.02, 0.02)).holds).toBe(false);
  });

  it("a before/after claim needs the difference to exceed its margin", () => {
    expect(checkClaim(lower, { kind: "pair", before: 0.05, after: 0.03 }).holds).toBe(true);
    expect(checkClaim(lower, { kind: "pair", before: 0.05, after: 0.045 }).holds).toBe(false);
    expect(checkClaim(lower, { kind: "pair", before: 0.03, after: 0.05 }).holds).toBe(false);
  });

  it("an undefined figure or the wrong kind of evidence never holds", () => {
    expect(checkClaim(rises, sweep(null, 0.5)).holds).toBe(false);
    expect(checkClaim(rises, { kind: "pair", before: 0, after: 1 }).holds).toBe(false);
    expect(checkClaim(lower, sweep(1, 0)).holds).toBe(false);
  });

  it("says the numbers it compared", () => {
    expect(checkClaim(rises, sweep(0.012, 0.022)).detail).toBe("False closures: 1.2% → 2.2%");
  });
});
