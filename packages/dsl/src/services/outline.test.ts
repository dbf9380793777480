import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import { codeActions } from "./code-actions.ts";
import { codeLenses } from "./code-lens.ts";
import { foldingRanges } from "./folding.ts";
import { format } from "../format/format.ts";
import { formatDocument } from "./formatting.ts";
import { semanticTokens, TOKEN_TYPES } from "./semantic-tokens.ts";
import { documentSymbols } from "./symbols.ts";
import { at, SCHEME } from "./fixtures.test-util.ts";

describe("documentSymbols", () => {
  it("lists declarations with their properties as children", () => {
    const symbols = documentSymbols(analyze(SCHEME), SCHEME);
    expect(symbols.map((s) => s.name)).toEqual([
      "Clerk",
      "resolved",
      "on_time_count",
      "work",
      "care",
      "on_time",
      "volume",
      "kindness",
      "slow",
      "top",
      "ok",
      "poor",
    ]);
    const onTime = symbols.find((s) => s.name === "on_time")!;
    expect(onTime.kind).toBe("indicator");
    expect(onTime.children.map((c) => c.name)).toEqual(["group", "value", "floor", "target", "weight", "note"]);
    expect(onTime.children.find((c) => c.name === "target")!.detail).toBe("98%");
    expect(onTime.selectionRange.start.offset).toBe(at(SCHEME, "indicator on_time", 10));
  });
});

describe("foldingRanges", () => {
  it("folds declaration bodies and block comments", () => {
    const text = `/* a\n b */\n${SCHEME}`;
    const folds = foldingRanges(analyze(text));
    expect(folds[0]).toEqual({ startLine: 1, endLine: 2, kind: "comment" });
    expect(folds.filter((f) => f.kind === "region")).toHaveLength(12);
    expect(folds.find((f) => f.kind === "region")).toEqual({ startLine: 3, endLine: 5, kind: "region" });
  });
});

describe("semanticTokens", () => {
  const type = (i: number) => TOKEN_TYPES[i];
  it("classifies names by what they denote, and keywords, numbers, strings, comments", () => {
    const text = `// hi\n${SCHEME}`;
    const tokens = semanticTokens(text);
    const lines = text.split("\n");
    const find = (line: number, word: string) => tokens.find((t) => t[0] === line && lines[line]!.slice(t[1], t[1] + t[2]) === word);
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle));
    expect(type(find(0, "// hi")![3])).toBe("comment");
    expect(type(find(lineOf("metric resolved"), "metric")![3])).toBe("keyword");
    expect(find(lineOf("metric resolved"), "resolved")).toEqual([lineOf("metric resolved"), 7, 8, TOKEN_TYPES.indexOf("metric"), 1]);
    expect(type(find(lineOf("value on_time_count"), "resolved")![3])).toBe("metric");
    expect(type(find(lineOf("when on_time"), "on_time")![3])).toBe("indicator");
    expect(type(find(lineOf("cap rating poor"), "poor")![3])).toBe("rating");
    expect(type(find(lines.indexOf("  group care"), "care")![3])).toBe("group");
    expect(type(find(lineOf("floor 80%"), "floor")![3])).toBe("property");
    expect(type(find(lineOf("floor 80%"), "80%")![3])).toBe("number");
    expect(type(find(lineOf("source self"), "self")![3])).toBe("enumMember");
    expect(type(find(lineOf('note "Legal'), '"Legal *deadline* per dossier type"')![3])).toBe("string");
  });
  it("splits multi-line comments into one token per line, sorted", () => {
    const tokens = semanticTokens("/* a\nbb */ metric m { type count }");
    expect(tokens.slice(0, 2)).toEqual([
      [0, 0, 4, TOKEN_TYPES.indexOf("comment"), 0],
      [1, 0, 5, TOKEN_TYPES.indexOf("comment"), 0],
    ]);
    for (let i = 1; i < tokens.length; i++)
      expect(tokens[i]![0] * 1e6 + tokens[i]![1]).toBeGreaterThan(tokens[i - 1]![0] * 1e6 + tokens[i - 1]![1]);
  });
});

describe("codeLenses", () => {
  it("shows each indicator's effective weight", () => {
    const lenses = codeLenses(analyze(SCHEME));
    expect(lenses.find((l) => l.name === "on_time")!.title).toBe("weight 30 → 18% of the score");
    expect(lenses.find((l) => l.name === "kindness")!.title).toBe("weight 100 → 40% of the score");
  });
  it("shows none while the file has errors", () => {
    expect(codeLenses(analyze(`${SCHEME}\nindicator {`))).toEqual([]);
  });
});

describe("codeActions", () => {
  it("turns diagnostics' fixes into quick fixes in the requested range", () => {
    const text = SCHEME.replace("value on_time_count / resolved", "value on_time_count / resolvd");
    const a = analyze(text);
    const o = at(text, "resolvd", 2);
    const actions = codeActions(a, o);
    expect(actions.map((x) => x.title)).toEqual(["Change to `resolved`"]);
    expect(actions[0]!.kind).toBe("quickfix");
    expect(actions[0]!.edits[0]!.newText).toBe("resolved");
    expect(codeActions(a, 0, 5)).toEqual([]);
  });
});

describe("formatDocument", () => {
  it("returns no edits for text with syntax errors or text already formatted", () => {
    expect(formatDocument("indicator {")).toEqual([]);
    const formatted = format(SCHEME)!;
    expect(formatDocument(formatted)).toEqual([]);
  });

  it("replaces a misformatted document with what `goodhart fmt` prints, in one whole-document edit", () => {
    const messy = SCHEME.replace("  period month", "period    month");
    const edits = formatDocument(messy);
    expect(edits).toHaveLength(1);
    expect(edits[0]!.range.start.offset).toBe(0);
    expect(edits[0]!.range.end.offset).toBe(messy.length);
    expect(edits[0]!.newText).toBe(format(messy));
    expect(edits[0]!.newText).toContain("\n  period month\n");
  });
});
