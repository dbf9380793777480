import { describe, expect, it } from "vitest";
import { runWith, SCHEME } from "../test-support/mem-io.ts";
import { grid, parseSetFlag } from "./sweep.ts";

describe("sweep --set", () => {
  it("spreads STEPS values evenly from FROM to TO, both ends included", () => {
    expect(parseSetFlag("on_time.target=80%..100%:11")).toEqual({
      path: "on_time.target",
      values: [0.8, 0.82, 0.84, 0.86, 0.88, 0.9, 0.92, 0.94, 0.96, 0.98, 1],
    });
    expect(parseSetFlag("a.weight=10..30:3").values).toEqual([10, 20, 30]);
    expect(parseSetFlag("a.reward=-10%..10%:3").values).toEqual([-0.1, 0, 0.1]);
    expect(parseSetFlag("a.b=5..5:1").values).toEqual([5]);
  });

  it("makes a grid of every combination", () => {
    expect(
      grid([
        { path: "a", values: [1, 2] },
        { path: "b", values: [10, 20, 30] },
      ]),
    ).toEqual([
      [1, 10],
      [1, 20],
      [1, 30],
      [2, 10],
      [2, 20],
      [2, 30],
    ]);
  });

  it("rejects malformed specs with an example", async () => {
    for (const bad of ["on_time.target", "on_time.target=80%:11", "x.y=a..1:3", "x.y=1..2:0", "x.y=1..2:1"]) {
      const r = await runWith(["sweep", "s.kpi", "--set", bad], { "s.kpi": SCHEME });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--set ${bad}`);
    }
  });

  it("a path that is not in the scheme is an input error (exit 1)", async () => {
    const r = await runWith(["sweep", "s.kpi", "--set", "volume.nothing=1..2:2"], { "s.kpi": SCHEME });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("indicator volume has no property nothing");
  });

  it("needs a --set", async () => {
    const r = await runWith(["sweep", "s.kpi"], { "s.kpi": SCHEME });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no --set given");
  });
});
