import { format } from "@goodhart/dsl";
import { describe, expect, it } from "vitest";
import { runWith, SCHEME } from "../test-support/mem-io.ts";

const MESSY = SCHEME.replace('metric done "Done" {\n  type count', 'metric   done "Done"   {\n      type   count   // tally');
const BROKEN = "metric a { type count }\nindicator x {\n  value a\n  target\n}\n";

describe("goodhart fmt", () => {
  it("prints the formatted text on stdout", async () => {
    const r = await runWith(["fmt", "m.kpi"], { "m.kpi": MESSY });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(format(MESSY));
    expect(r.stdout).toContain("// tally");
  });

  it("--check lists unformatted files on stderr and exits 1; formatted ones pass", async () => {
    const clean = format(MESSY)!;
    const r = await runWith(["fmt", "--check", "m.kpi", "c.kpi"], { "m.kpi": MESSY, "c.kpi": clean });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("m.kpi: not formatted");
    expect(r.stderr).not.toContain("c.kpi: not formatted");
    expect((await runWith(["fmt", "--check", "c.kpi"], { "c.kpi": clean })).code).toBe(0);
  });

  it("--write rewrites only files that change", async () => {
    const r = await runWith(["fmt", "--write", "m.kpi"], { "m.kpi": MESSY });
    expect(r.code).toBe(0);
    expect(r.files.get("m.kpi")).toBe(format(MESSY));
    expect(r.stdout).toBe("");
  });

  it("never formats or writes a file with syntax errors", async () => {
    const r = await runWith(["fmt", "--write", "b.kpi"], { "b.kpi": BROKEN });
    expect(r.code).toBe(1);
    expect(r.files.get("b.kpi")).toBe(BROKEN);
    expect(r.stderr).toMatch(/^b\.kpi:4:3: error KPI001 /m);
    const plain = await runWith(["fmt", "b.kpi"], { "b.kpi": BROKEN });
    expect(plain.code).toBe(1);
    expect(plain.stdout).toBe("");
  });

  it("--write with --check is a usage error", async () => {
    const r = await runWith(["fmt", "--write", "--check", "m.kpi"], { "m.kpi": MESSY });
    expect(r.code).toBe(2);
  });

  it("--write leaves alone a file that check reports KPI001 for (a declaration without a name)", async () => {
    const text = "metric {\n  type   count\n}\n";
    const r = await runWith(["fmt", "--write", "m.kpi"], { "m.kpi": text });
    expect(r.code).toBe(1);
    expect(r.files.get("m.kpi")).toBe(text);
    expect(r.stderr).toMatch(/^m\.kpi:1:1: error KPI001 This metric needs a name/m);
    expect((await runWith(["check", "m.kpi"], { "m.kpi": text })).stdout).toContain("KPI001");
  });
});
