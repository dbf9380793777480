/**
 * The pool's last, partial round: split by staff over the pool's own (leased) workers, which
 * then go back to running whole runs. Every document must equal the same runs in one thread.
 */
import { describe, expect, it } from "vitest";
import { inThreadRunner, type RunJob } from "../scenario/run.ts";
import { nodeRunner } from "./pool-node.ts";

const SCHEME = `scheme "Pool" { period month }
metric closed { type count source self observes cases.closed audit 5% }
metric received { type count source system observes cases.received }
metric failures { type count source audit observes audit.failures }
indicator throughput { value closed / received floor 60% target 100% weight 1 }
gate caught { when failures > 0 cap rating low }
rating high { min 70 quota 30% reward 10% }
rating low { reward 0% }
`;

const jobs = (seeds: number[], staff: number): RunJob[] =>
  seeds.map((seed) => ({ scheme: SCHEME, params: { staff, periods: 2, seed, team: 10 } }));

describe("the node pool", () => {
  it("splits the last round over its leased workers, then runs whole runs on them again, all as in one thread", async () => {
    const runner = nodeRunner({ workers: 2 });
    // Three runs on two workers: one round of two, the third split by staff (4,200 ≥ 2 × 2,048).
    const first = jobs([1, 2, 3], 4200);
    expect(JSON.stringify(await runner(first))).toBe(JSON.stringify(await inThreadRunner()(first)));
    // The same workers, released by the split run, take whole runs and another split.
    const again = jobs([4, 5, 6, 7, 8], 4200);
    expect(JSON.stringify(await runner(again))).toBe(JSON.stringify(await inThreadRunner()(again)));
  });

  it("a cancelled split run rejects and leaves the pool usable", async () => {
    const runner = nodeRunner({ workers: 2 });
    const controller = new AbortController();
    const batch = runner(jobs([1, 2, 3], 4200), {
      signal: controller.signal,
      onProgress: (f) => {
        if (f > 0.7) controller.abort(new Error("stop"));
      },
    });
    await expect(batch).rejects.toThrow("stop");
    const after = jobs([9, 10, 11], 4200);
    expect(JSON.stringify(await runner(after))).toBe(JSON.stringify(await inThreadRunner()(after)));
  });
});
