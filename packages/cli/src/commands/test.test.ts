import { describe, expect, it } from "vitest";
import { runWith, SCHEME } from "../test-support/mem-io.ts";

const PASS = `scheme s.kpi

case "full marks"
  done 50
  errors 0
  expect score 100
  expect rating excellent
`;
const FAIL = PASS.replace("expect rating excellent", "expect rating poor");

describe("goodhart test", () => {
  it("runs expectation files, resolving the scheme beside them, exit 0 when all pass", async () => {
    const r = await runWith(["test", "dir/s.expect"], { "dir/s.expect": PASS, "dir/s.kpi": SCHEME });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("✓ full marks");
    expect(r.stdout).toContain("1 passed, 0 failed");
  });

  it("exit 1 with file:line:col of each failing check", async () => {
    const r = await runWith(["test", "s.expect"], { "s.expect": FAIL, "s.kpi": SCHEME });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/s\.expect:7:3: expect rating poor: expected .*poor.*, got .*excellent/);
  });

  it("--json and --junit report the same cases", async () => {
    const j = await runWith(["test", "s.expect", "--json"], { "s.expect": FAIL, "s.kpi": SCHEME });
    expect(JSON.parse(j.stdout)[0]).toMatchObject({ file: "s.expect", passed: 0, failed: 1 });
    const x = await runWith(["test", "s.expect", "--junit"], { "s.expect": FAIL, "s.kpi": SCHEME });
    expect(x.stdout).toContain('<testsuites name="goodhart test" tests="1" failures="1"');
  });

  it("a malformed expectation file or a broken scheme is exit 1 with the reason", async () => {
    const bad = await runWith(["test", "s.expect"], { "s.expect": 'case "x"\n  expect\n' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^s\.expect:\d+:\d+: /m);
    const broken = await runWith(["test", "s.expect"], { "s.expect": PASS, "s.kpi": "metric a { type count }\n" });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("its scheme s.kpi has errors");
  });

  it("--junit counts a file that cannot run as an error, never as 0 tests", async () => {
    const bad = await runWith(["test", "ok.expect", "bad.expect", "--junit"], {
      "ok.expect": PASS,
      "s.kpi": SCHEME,
      "bad.expect": 'case "x"\n  expect\n',
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('<testsuites name="goodhart test" tests="2" failures="0" errors="1">');
    expect(bad.stdout).toMatch(
      /<testsuite name="bad\.expect" tests="1" failures="0" errors="1"[^>]*>\s*<testcase[^>]*>\s*<error message="bad\.expect:\d+:\d+: /,
    );
    const brokenScheme = await runWith(["test", "s.expect", "--junit"], { "s.expect": PASS, "s.kpi": "metric a { type count }\n" });
    expect(brokenScheme.stdout).toContain('errors="1"');
    const missing = await runWith(["test", "s.expect", "--junit"], { "s.expect": PASS });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain("cannot read s.kpi");
  });

  it("an expectation file may name its scheme by absolute path", async () => {
    const r = await runWith(["test", "dir/s.expect"], {
      "dir/s.expect": PASS.replace("scheme s.kpi", "scheme /abs/where/s.kpi"),
      "/abs/where/s.kpi": SCHEME,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 passed, 0 failed");
  });

  it("a missing scheme is exit 2 naming it; no file is a usage error", async () => {
    const r = await runWith(["test", "s.expect"], { "s.expect": PASS });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot read s.kpi");
    expect((await runWith(["test"])).code).toBe(2);
  });

  it("without a file, runs every *.expect file found under the current directory", async () => {
    const files = { "a/s.expect": PASS, "a/s.kpi": SCHEME, "b/t.expect": FAIL, "b/s.kpi": SCHEME, "notes.txt": "" };
    const r = await runWith(["test"], files, { listFiles: async () => Object.keys(files).sort() });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("a/s.expect");
    expect(r.stdout).toContain("b/t.expect");
    expect(r.stdout).toContain("1 passed, 1 failed");
    const none = await runWith(["test"], {}, { listFiles: async () => ["x.kpi"] });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no *.expect file under this directory");
  });

  it("a metric named __proto__ is an input like any other, also in a `like` case", async () => {
    const scheme =
      "metric __proto__ { type count }\nindicator i { value __proto__ floor 0 target 10 weight 100 }\nrating top { min 50 }\nrating rest { }\n";
    const cases =
      'scheme p.kpi\n\ncase "high"\n  __proto__ 10\n  expect score 100\n  expect rating top\n\ncase "same" like "high"\n  expect score 100\n';
    const r = await runWith(["test", "p.expect"], { "p.expect": cases, "p.kpi": scheme });
    expect(r.stdout).toContain("2 passed, 0 failed");
    expect(r.code).toBe(0);
  });
});
