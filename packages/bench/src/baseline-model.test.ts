import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasBaselineCommit, loadBaseline } from "./baseline-model.ts";

const SCHEME = `
metric closed { type count source self observes cases.closed }
metric received { type count source system observes cases.received }
indicator completion { aspect volume value closed / received floor 60% target 100% weight 100 }
rating good { min 70 reward 5% }
rating poor { reward 0% }
`;

describe("the earlier model the benchmark compares against", () => {
  it("is taken from the repository's history and runs, or is said to be missing with what to do", async () => {
    const dir = mkdtempSync(join(tmpdir(), "goodhart-baseline-"));
    try {
      const present = hasBaselineCommit();
      const baseline = await loadBaseline(dir);
      if (present) {
        expect(baseline.ok).toBe(true);
        if (!baseline.ok) return;
        const r = baseline.model.simulate(SCHEME, { staff: 300, periods: 2 });
        expect(r.summary.gamingRate).toBeGreaterThanOrEqual(0);
        expect(r.summary.gamingRate).toBeLessThanOrEqual(1);
      } else {
        expect(baseline).toMatchObject({ ok: false });
        if (!baseline.ok) expect(baseline.why).toContain("git fetch --unshallow");
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
