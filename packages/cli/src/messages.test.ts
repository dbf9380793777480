/** Messages for bad flags and settings: each says what is wrong, in the user's terms, with the right exit code. */
import { describe, expect, it } from "vitest";
import { runWith, SCHEME } from "./test-support/mem-io.ts";

describe("messages", () => {
  it("a negative number after a flag is that flag's value, judged as such", async () => {
    for (const flag of ["--staff", "--periods", "--team"]) {
      const r = await runWith(["simulate", "s.kpi", flag, "-1"], { "s.kpi": SCHEME });
      expect(r.code).toBe(2);
      expect(r.stderr).not.toContain("takes no value");
      expect(r.stderr).toMatch(/must be at least 1|expected/);
    }
  });

  it("compile -o without a file names the flag plainly", async () => {
    const r = await runWith(["compile", "s.kpi", "-o"], { "s.kpi": SCHEME });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("goodhart: flag -o/--out needs a value\n");
  });

  it("a sweep bound a rule file cannot hold is a usage error (exit 2), not NaN", async () => {
    const r = await runWith(["sweep", "s.kpi", "--set", "volume.target=1e309..1:3"], { "s.kpi": SCHEME });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain("NaN");
    expect(r.stderr).toContain("FROM '1e309' is not a number between");
  });

  it("a population too large for memory advises the flag that sets it", async () => {
    const r = await runWith(["simulate", "s.kpi", "--staff", "90000000"], { "s.kpi": SCHEME });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain("memoryLimitMB");
    expect(r.stderr).toMatch(/simulate at most [\d,]+ staff \(--staff \d+\)/);
  });

  it("a simulation block beyond the simulator's limits is a located error before anything runs", async () => {
    const r = await runWith(["simulate", "s.kpi"], { "s.kpi": `${SCHEME}\nsimulation run {\n  periods 100000\n}\n` });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^s\.kpi:\d+:11: error KPI004 `periods` takes a number no larger than 1_000/m);
  });

  it("control characters in names from outside are escaped in text output", async () => {
    const odd = "d\n::error file=x::owned/s.expect";
    const cases = 'scheme s.kpi\n\ncase "x"\n  done 50\n  errors 0\n  expect rating poor\n';
    const r = await runWith(["test", odd], { [odd]: cases, "d\n::error file=x::owned/s.kpi": SCHEME });
    expect(r.code).toBe(1);
    for (const line of r.stdout.split("\n")) expect(line.trimStart()).not.toMatch(/^::error/);
    expect(r.stdout).toContain("d\\n::error");
    const labelled = SCHEME.replace('indicator volume "Volume"', 'indicator volume "Vol\u001b[31mume"');
    const e = await runWith(["score", "s.kpi", "--data", "d.csv", "--explain", "a"], {
      "s.kpi": labelled,
      "d.csv": "id,done,errors\na,40,1\n",
    });
    expect(e.code, e.stderr).toBe(0);
    expect(e.stdout).not.toContain("\u001b");
    expect(e.stdout).toContain("Vol\\u{1B}[31mume");
  });
});
