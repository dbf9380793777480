/** Editors call the services on every keystroke, at any offset, in any half-typed text. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyze } from "../semantics/analyze.ts";
import { complete } from "./completion.ts";
import { hover } from "./hover.ts";
import { definition } from "./definition.ts";
import { references } from "./references.ts";
import { prepareRename, rename } from "./rename.ts";
import { codeActions } from "./code-actions.ts";
import { documentSymbols } from "./symbols.ts";
import { foldingRanges } from "./folding.ts";
import { semanticTokens } from "./semantic-tokens.ts";
import { codeLenses } from "./code-lens.ts";
import { SCHEME } from "./fixtures.test-util.ts";

const pieces = [
  "indicator",
  "metric",
  "group",
  "rating",
  "gate",
  " ",
  "\n",
  "{",
  "}",
  "x",
  "value",
  "when",
  "cap",
  "rating",
  "quota",
  "of",
  "20%",
  "->",
  ".",
  '"',
  "/*",
  "*/",
  "//",
  "score",
  "é",
  "𝔘",
  "\r\n",
  "on_time",
  "resolved",
];

const textArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join("")),
  fc.tuple(fc.nat(SCHEME.length), fc.nat(SCHEME.length)).map(([a, b]) => SCHEME.slice(0, Math.min(a, b)) + SCHEME.slice(Math.max(a, b))),
);

describe("services on arbitrary text", () => {
  it("never throw, at any offset", () => {
    fc.assert(
      fc.property(textArb, fc.integer({ min: -5, max: 2500 }), (text, offset) => {
        const a = analyze(text);
        const list = complete(text, offset, a);
        expect(list.range.start.offset).toBeLessThanOrEqual(list.range.end.offset);
        hover(text, offset, a);
        definition(text, offset, a);
        references(text, offset, true, a);
        const prep = prepareRename(text, offset, a);
        if (!("error" in prep)) {
          const r = rename(text, offset, "fresh_name_x", a);
          expect("edits" in r).toBe(true);
        }
        codeActions(a, offset, offset + 3);
        documentSymbols(a, text);
        foldingRanges(a);
        codeLenses(a);
        for (const t of semanticTokens(text, a)) {
          expect(t[2]).toBeGreaterThan(0);
          expect(t[0]).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("rename then re-analyse keeps the file free of new errors", () => {
    const names = ["resolved", "on_time_count", "work", "on_time", "volume", "top", "ok", "poor", "slow"];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom("renamed", "đổi_tên", "_x1"), (name, newName) => {
        const offset =
          SCHEME.search(new RegExp(`(metric|indicator|group|rating|gate) ${name} `)) +
          SCHEME.slice(SCHEME.search(new RegExp(`(metric|indicator|group|rating|gate) ${name} `))).indexOf(name);
        const r = rename(SCHEME, offset, newName);
        if ("error" in r) throw new Error(r.error);
        let out = SCHEME;
        for (const e of [...r.edits].reverse()) out = out.slice(0, e.range.start.offset) + e.newText + out.slice(e.range.end.offset);
        const before = analyze(SCHEME).diagnostics.map((d) => d.code);
        expect(analyze(out).diagnostics.map((d) => d.code)).toEqual(before);
      }),
    );
  });
});
