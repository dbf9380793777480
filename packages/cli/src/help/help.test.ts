/**
 * Every command has its help page in every language, and a translation keeps what a reader
 * types: every flag of the English page, and every example command line unchanged.
 */
import { describe, expect, it } from "vitest";
import { LANGS } from "@goodhart/dsl";
import { COMMANDS } from "../run.ts";
import { commandHelp, TRANSLATED_HELP } from "./help.ts";
import { runWith } from "../test-support/mem-io.ts";

const flags = (text: string) => new Set(text.match(/(?<![\w-])--?[a-z][\w-]*/g) ?? []);
// An example is a line that starts with the command, up to its comment.
const examples = (text: string) =>
  text
    .split("\n")
    .filter((l) => /^\s+(goodhart|cat|node) /.test(l))
    .map((l) => l.replace(/\s+#.*$/, "").trimEnd());

describe("help in every language", () => {
  const others = LANGS.filter((l) => l !== "en");

  it.each(others)("%s has a page for every command and none for a command that does not exist", (lang) => {
    expect(Object.keys(TRANSLATED_HELP[lang]).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
  });

  for (const c of COMMANDS) {
    it.each(others)(`${c.name}: the %s page has the English page's flags and examples`, (lang) => {
      const en = c.help;
      const tr = commandHelp(c, lang);
      expect(tr).not.toBe(en);
      expect([...flags(en)].filter((f) => !flags(tr).has(f))).toEqual([]);
      expect(examples(tr)).toEqual(examples(en));
      expect(tr.endsWith("\n")).toBe(true);
    });
  }

  it("--help --lang vi prints the Vietnamese page, in either place", async () => {
    const a = await runWith(["check", "--help", "--lang", "vi"], {});
    const b = await runWith(["help", "check", "--lang", "vi"], {});
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(TRANSLATED_HELP.vi.check);
    expect(b.stdout).toBe(a.stdout);
    expect((await runWith(["check", "--help"], {})).stdout).toBe(COMMANDS.find((c) => c.name === "check")!.help);
  });
});
