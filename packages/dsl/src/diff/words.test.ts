/**
 * The diff's words in every language come from its fields: the English said again from them
 * is the diff's own `text` and messages, character for character, and a finding's catalogue
 * key and parameters say exactly its English message (so another language says the same
 * finding). Held on random pairs of schemes and on the bundled examples against each other.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { t } from "../i18n/translate.ts";
import { changeSentence, findingMessage } from "./describe.ts";
import { diffSchemes } from "./diff.ts";
import { diffIn } from "./localize.ts";
import { renderDiffMarkdown } from "./render-markdown.ts";
import { renderDiffText } from "./render-text.ts";
import { printModel, schemeModel } from "./scheme-arbitrary.ts";
import type { SchemeDiff } from "./types.ts";

const EXAMPLES = join(import.meta.dirname, "..", "..", "..", "..", "examples");
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".kpi"))
  .sort()
  .map((f) => readFileSync(join(EXAMPLES, f), "utf8"));

function holds(d: SchemeDiff): void {
  for (const c of d.changes) {
    expect(changeSentence(c, undefined, d.changes, "en")).toBe(c.text);
    expect(c.noteMessages?.map((m) => t("en", m.key, m.params))).toEqual(c.notes);
  }
  const g = d.diagnostics;
  for (const x of [...g.added, ...g.removed, ...g.accepted]) {
    expect(findingMessage(x, "en")).toBe(x.message);
    if (x.key) expect(t("en", x.key, x.params)).toBe(x.message);
  }
  for (const x of g.changed) if (x.key) expect(t("en", x.key, x.params)).toBe(x.new);
  expect(diffIn(d, "en")).toBe(d);
  expect(renderDiffText(d, { lang: "en" })).toBe(renderDiffText(d));
  expect(renderDiffMarkdown(d, { lang: "en" })).toBe(renderDiffMarkdown(d));
}

describe("the diff's words come from its fields", () => {
  it("on random pairs of schemes", () => {
    fc.assert(
      fc.property(schemeModel, schemeModel, (a, b) => holds(diffSchemes(printModel(a), printModel(b)))),
      { numRuns: 60 },
    );
  });

  it("on every bundled example against the next, where findings come and go", () => {
    let keyed = 0;
    examples.forEach((a, i) => {
      const d = diffSchemes(a, examples[(i + 1) % examples.length]!);
      holds(d);
      keyed += [...d.diagnostics.added, ...d.diagnostics.removed].filter((x) => x.key).length;
    });
    // Every lint finding is catalogued, so the renderers always have its words in any language.
    expect(keyed).toBeGreaterThan(10);
  });

  it("in Vietnamese every change sentence and finding is said again, names and values kept", () => {
    const d = diffSchemes(examples[0]!, examples[1]!);
    const vi = diffIn(d, "vi");
    expect(vi.changes.length).toBe(d.changes.length);
    vi.changes.forEach((c, i) => {
      expect(c.text).not.toBe(d.changes[i]!.text);
      if (c.name) expect(c.text).toContain(c.name);
    });
    const english = [...d.diagnostics.added, ...d.diagnostics.removed];
    const said = [...vi.diagnostics.added, ...vi.diagnostics.removed];
    expect(english.filter((x) => x.key).length).toBeGreaterThan(0);
    english.forEach((x, i) => {
      if (x.key) expect(said[i]!.message).not.toBe(x.message);
    });
    expect(renderDiffText(d, { lang: "vi" })).toContain("Các thay đổi");
  });
});
