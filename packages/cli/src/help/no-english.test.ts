/**
 * In Vietnamese, the paths a user walks print no English sentence of ours: `check --lang vi`
 * on every bundled example, `--help --lang vi` for every command and `score --explain --lang vi`
 * on the examples that ship a staff table. "Ours" is every run of three or more English words
 * in the English catalogue (between its placeholders) and every prose line of the English help
 * pages; names, codes, flags and the examples' own labels are not ours and may stay.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { catalogueLiterals } from "@goodhart/dsl";
import { COMMANDS } from "../run.ts";
import { runWith } from "../test-support/mem-io.ts";

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..", "examples");
const WORDS = /[A-Za-z][a-z]+(?:[ -]+[a-z]{2,}){2,}/;

/** The English fragments a Vietnamese output must not contain. */
const FRAGMENTS = [
  ...new Set(
    catalogueLiterals("en")
      .flatMap((l) => l.split(/[.;:()—]|, /))
      .map((f) => f.trim())
      // Command lines quoted in the help (`goodhart check examples/*.kpi`) are the same in every language.
      .filter((f) => WORDS.test(f) && !/--|goodhart|\bkpi\b|\*|\//.test(f)),
  ),
];

/** Prose lines of the English help: not a flag, an example or a field list. */
const HELP_LINES = [
  ...new Set(
    COMMANDS.flatMap((c) => c.help.split("\n"))
      .map((l) => l.trim())
      .filter((l) => WORDS.test(l) && !/^(-|goodhart |cat |node |#|\{|\[)/.test(l)),
  ),
];

const files = Object.fromEntries(readdirSync(EXAMPLES).filter((f) => /\.(kpi|csv)$/.test(f)).map((f) => [`examples/${f}`, readFileSync(join(EXAMPLES, f), "utf8")]));
const schemes = Object.keys(files).filter((f) => f.endsWith(".kpi"));
// The examples' own words (labels, notes) are the scheme writer's, quoted as they wrote them.
const LABELS = [...new Set(schemes.flatMap((f) => [...files[f]!.matchAll(/"([^"\n]+)"/g)].map((m) => m[1]!)))].sort((a, b) => b.length - a.length);

function englishIn(raw: string): string[] {
  const output = LABELS.reduce((o, l) => o.split(l).join("‹label›"), raw);
  const found = FRAGMENTS.filter((f) => output.includes(f));
  const lines = new Set(output.split("\n").map((l) => l.trim()));
  return [...found, ...HELP_LINES.filter((l) => lines.has(l))];
}

describe("Vietnamese output has no English sentence of ours", () => {
  it("the fragments are found in English output, so the test can fail", async () => {
    const r = await runWith(["check", ...schemes, "--lang", "en"], files);
    expect(englishIn(r.stdout + r.stderr).length).toBeGreaterThan(10);
    expect(FRAGMENTS.length).toBeGreaterThan(100);
    expect(HELP_LINES.length).toBeGreaterThan(100);
  });

  it("check --lang vi on every bundled example", async () => {
    const r = await runWith(["check", ...schemes, "--lang", "vi"], files);
    expect(r.stdout.length).toBeGreaterThan(1000);
    expect(englishIn(r.stdout + r.stderr)).toEqual([]);
  });

  it.each(COMMANDS.map((c) => c.name))("%s --help --lang vi", async (name) => {
    const r = await runWith([name, "--help", "--lang", "vi"], {});
    expect(r.code).toBe(0);
    expect(englishIn(r.stdout)).toEqual([]);
  });

  it("the program's help and a usage error in Vietnamese", async () => {
    const help = await runWith(["--help", "--lang", "vi"], {});
    const usage = await runWith(["chek", "--lang", "vi"], {});
    expect(englishIn(help.stdout + usage.stderr)).toEqual([]);
  });

  const tables = Object.keys(files).filter((f) => f.endsWith(".staff.csv"));
  it.each(tables)("score --explain --lang vi on %s", async (table) => {
    const scheme = table.replace(".staff.csv", ".kpi");
    const ids = files[table]!.split("\n").slice(1, 6).map((l) => l.split(",")[0]!).filter(Boolean);
    for (const id of ids) {
      const r = await runWith(["score", scheme, "--data", table, "--explain", id, "--lang", "vi"], files);
      expect(r.code, r.stderr).toBe(0);
      expect(englishIn(r.stdout)).toEqual([]);
    }
  });
});
