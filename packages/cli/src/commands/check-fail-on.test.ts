/** `goodhart check --fail-on warning|info`: the CI gate on diagnostics short of errors. */
import { describe, expect, it } from "vitest";
import { runWith, SCHEME } from "../test-support/mem-io.ts";

const WARNS = SCHEME.replace("target 2%", "target 0%").replace("source system\n}\n\nindicator", "source self\n}\n\nindicator");
// WARNS fires KPI204 (on the self-reported metric) and KPI201 (on `quality`): both silenced.
const SUPPRESSED = WARNS.replace(
  'indicator quality "Quality"',
  '// goodhart-ignore KPI201: volume is capped by intake\nindicator quality "Quality"',
).replace('metric errors "Errors"', '// goodhart-ignore KPI204: audited monthly by the registry\nmetric errors "Errors"');
const INFO = SCHEME.replace("target 50\n", "target 50\n  ratchet 10%\n");

describe("goodhart check --fail-on", () => {
  it("warning: exit 1 on an unsuppressed warning, 0 when it is suppressed or only infos remain", async () => {
    expect((await runWith(["check", "a.kpi"], { "a.kpi": WARNS })).code).toBe(0);
    expect((await runWith(["check", "a.kpi", "--fail-on", "warning"], { "a.kpi": WARNS })).code).toBe(1);
    const silenced = await runWith(["check", "a.kpi", "--fail-on", "warning", "--json"], { "a.kpi": SUPPRESSED });
    expect(JSON.parse(silenced.stdout).map((d: { code: string; suppressed?: boolean }) => [d.code, d.suppressed])).toEqual([
      ["KPI204", true],
      ["KPI201", true],
    ]);
    expect(silenced.code).toBe(0);
    expect((await runWith(["check", "a.kpi", "--fail-on", "warning"], { "a.kpi": INFO })).code).toBe(0);
  });

  it("info: exit 1 on an info too; a clean file still exits 0", async () => {
    expect((await runWith(["check", "a.kpi", "--json"], { "a.kpi": INFO })).stdout).toContain('"severity": "info"');
    expect((await runWith(["check", "a.kpi", "--fail-on", "info"], { "a.kpi": INFO })).code).toBe(1);
    expect((await runWith(["check", "a.kpi", "--fail-on", "info"], { "a.kpi": SCHEME })).code).toBe(0);
  });

  it("any other severity is a usage error", async () => {
    const r = await runWith(["check", "a.kpi", "--fail-on", "loud"], { "a.kpi": SCHEME });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("expected error, warning or info");
  });
});
