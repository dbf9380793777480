/**
 * The repository explains itself: no doc, comment or message cites a file outside it (the
 * contract documents the project was built from). A reader follows a reference to
 * docs/language-reference.md, docs/model.md, docs/cli.md or docs/playground.md instead.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const OUTSIDE = /\b(LANGUAGE|SIMULATOR|CLI|PLAYGROUND|DOMAIN|TOOLCHAIN|ARCHITECTURE)\.md\b|\.\.\/shared\b|\bshared\/(spec|reviews)\b/;

const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
  .split("\0")
  .filter((f) => /\.(md|ts|tsx|mjs|js|json|kpi|expect|css|html|sh)$/.test(f) && f !== "docs/self-contained.test.ts");

describe("references", () => {
  it("has files to look through", () => expect(tracked.length).toBeGreaterThan(100));

  it("cite no file outside the repository", () => {
    const found: string[] = [];
    for (const f of tracked) {
      readFileSync(join(root, f), "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (OUTSIDE.test(line)) found.push(`${f}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it("would catch one", () => {
    for (const cite of ["see LANGUAGE.md §5", "SIMULATOR.md §4", "(CLI.md)", "PLAYGROUND.md", "../shared/spec/DOMAIN.md"])
      expect(OUTSIDE.test(cite), cite).toBe(true);
    for (const fine of ["docs/language-reference.md §5", "docs/cli.md", "docs/model.md", "README.md"])
      expect(OUTSIDE.test(fine), fine).toBe(false);
  });
});
