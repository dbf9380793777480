/**
 * Campbell and Goodhart on many designs: raising a self-reported target toward 100% raises
 * falsification and gaming and lowers the correlation between score and true value (docs/model.md
 * §10, the first phenomenon), on the 24 on-time designs of TARGET_DESIGNS (÷ closed and
 * ÷ received, floor 0% or 60%, three sets of bands, alone or beside a volume count) and four
 * completion shares, seeds 1–3.
 *
 * Band: on the two plain designs of an on-time share (floor 60%, three bands, 80% → 100%) all
 * three move on every seed — false closures ×1.6–2.4, gaming +1.9 to +2.6 points (÷ closed) and
 * +18 to +20 (÷ received), the correlation −0.11 to −0.30 (1,500 staff, 6 periods). Across the
 * grid, counted with TARGET_MARGIN (false closures ×1.2, gaming +2 points, correlation −0.03 on
 * the seeds' means): false closures rise on at least 22 of the 24 on-time designs (23 today),
 * gaming on 19 (20), the correlation falls on 20 (22); on completion shares false closures rise
 * on all four (×5–6). What is left is documented in docs/model.md §12: the correlation rises on
 * completion shares (a 100% target is within most people's reach and unties scores a lax one
 * ties at the top), and gaming barely moves where a 90% target with a 0% floor already sat near
 * the band. Reason for the counts: the contract says "any reasonable design"; they record how
 * far the model is from it, so that a change that loses ground fails here.
 */
import { describe, expect, it } from "vitest";
import { onTimeShare, ratings, RUN, SEEDS, TARGET_DESIGNS, targetMeans, targetMoves } from "./designs.ts";
import { run } from "../support/kpi.ts";

describe("the first phenomenon on the plain on-time shares, every seed", () => {
  it.each(["closed", "received"] as const)("on-time share of cases %s, target 80 → 100 per cent", (den) => {
    for (const seed of SEEDS) {
      const p = { ...RUN, seed };
      const rewards = ratings(10, 3, -5);
      const a = run(onTimeShare(den, { target: "80%", rewards }), p).summary;
      const b = run(onTimeShare(den, { target: "100%", rewards }), p).summary;
      expect(b.falsifiedShare!).toBeGreaterThan(1.5 * a.falsifiedShare!);
      expect(b.gamingRate!).toBeGreaterThan(a.gamingRate! + 0.01);
      expect(b.scoreTruthCorrelation!).toBeLessThan(a.scoreTruthCorrelation! - 0.08);
    }
  });
});

describe("the first phenomenon across the grid", () => {
  const moves = TARGET_DESIGNS.map((d) => ({ kind: d.kind, ...targetMoves(targetMeans(d.text(d.moderate)), targetMeans(d.text("100%"))) }));
  const count = (kind: "on-time" | "completion", key: "falsified" | "gaming" | "correlation") =>
    moves.filter((m) => m.kind === kind && m[key]).length;

  it("on-time shares: false closures, gaming and the correlation move the contract's way on most designs", () => {
    expect(moves.filter((m) => m.kind === "on-time")).toHaveLength(24);
    expect(count("on-time", "falsified")).toBeGreaterThanOrEqual(22);
    expect(count("on-time", "gaming")).toBeGreaterThanOrEqual(19);
    expect(count("on-time", "correlation")).toBeGreaterThanOrEqual(20);
  });

  it("completion shares: false closures and gaming rise on every design", () => {
    expect(count("completion", "falsified")).toBe(4);
    expect(count("completion", "gaming")).toBe(4);
  });
});
