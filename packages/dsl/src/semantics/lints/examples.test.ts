/**
 * Every example scheme is error-free and raises exactly the gaming-risk warnings its
 * `// expected warnings:` line promises, so the gallery's commentary cannot drift from the
 * checker.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyze } from "../analyze.ts";

const dir = fileURLToPath(new URL("../../../../../examples/", import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".kpi"))
  .sort();

describe("examples", () => {
  it("exist", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  for (const f of files) {
    it(`${f} raises exactly its expected warnings`, () => {
      const text = readFileSync(join(dir, f), "utf8");
      const line = /^\/\/ expected warnings:(.*)$/m.exec(text);
      expect(line, "the example states its expected warnings").not.toBeNull();
      const listed = line![1]!.trim();
      const expected =
        listed === "none"
          ? []
          : listed
              .split(",")
              .map((c) => c.trim())
              .sort();
      const a = analyze(text);
      expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(a.scheme).not.toBeNull();
      const got = [...new Set(a.diagnostics.filter((d) => /^KPI2/.test(d.code) && !d.suppressed).map((d) => d.code))].sort();
      expect(got).toEqual(expected);
    });
  }

  it("balanced-casework.kpi has nothing to say but KPI208 (its on-time share of closures)", () => {
    const a = analyze(readFileSync(join(dir, "balanced-casework.kpi"), "utf8"));
    expect(a.diagnostics.map((d) => `${d.code} ${d.declaration?.name}`)).toEqual(["KPI208 on_time"]);
  });
});
