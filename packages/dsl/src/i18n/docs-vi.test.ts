/**
 * The pages a new user reads first exist in Vietnamese and the English pages lead to them:
 * the README's start, the language reference's first part and the lint catalog, with an entry
 * for every diagnostic code.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CODES } from "../diagnostics/codes.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");
const read = (p: string) => readFileSync(join(ROOT, p), "utf8");

describe("docs in Vietnamese", () => {
  it.each([
    ["README.md", "docs/vi/README.md"],
    ["docs/language-reference.md", "vi/language-reference.md"],
    ["docs/lints/README.md", "../vi/lints.md"],
  ])("%s links to its Vietnamese page", (english, link) => {
    expect(read(english)).toContain(`](${link})`);
    expect(existsSync(join(ROOT, english, "..", link))).toBe(true);
  });

  it("the Vietnamese lint catalog has an entry for every code", () => {
    const vi = read("docs/vi/lints.md");
    expect(Object.keys(CODES).filter((c) => !new RegExp(`(\\*\\*|\\| )${c}\\b`).test(vi))).toEqual([]);
  });
});
