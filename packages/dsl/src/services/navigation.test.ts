import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import { definition } from "./definition.ts";
import { references } from "./references.ts";
import { prepareRename, rename } from "./rename.ts";
import { at, SCHEME } from "./fixtures.test-util.ts";

const slice = (text: string, r: { start: { offset: number }; end: { offset: number } }) => text.slice(r.start.offset, r.end.offset);

function applyEdits(text: string, edits: { range: { start: { offset: number }; end: { offset: number } }; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start.offset - a.range.start.offset))
    out = out.slice(0, e.range.start.offset) + e.newText + out.slice(e.range.end.offset);
  return out;
}

describe("definition", () => {
  it("jumps from a reference to the declared name", () => {
    const d = definition(SCHEME, at(SCHEME, "/ resolved", 4))!;
    expect(slice(SCHEME, d.range)).toBe("resolved");
    expect(d.range.start.offset).toBe(at(SCHEME, "metric resolved", 7));
    expect(slice(SCHEME, d.declarationRange)).toMatch(/^metric resolved[\s\S]*\}$/);
  });
  it("finds groups and ratings too", () => {
    expect(definition(SCHEME, at(SCHEME, "group care\n  value", 7))!.range.start.offset).toBe(at(SCHEME, "group care ", 6));
    expect(definition(SCHEME, at(SCHEME, "of ok", 4))!.range.start.offset).toBe(at(SCHEME, "rating ok", 7));
  });
  it("returns null on keywords and unknown names", () => {
    expect(definition(SCHEME, at(SCHEME, "indicator on_time", 2))).toBeNull();
    expect(definition("indicator x { value nope }", 22)).toBeNull();
  });
});

describe("references", () => {
  it("finds every use of a metric, with or without its declaration", () => {
    const all = references(SCHEME, at(SCHEME, "metric resolved", 9));
    expect(all.map((r) => slice(SCHEME, r))).toEqual(["resolved", "resolved", "resolved", "resolved"]);
    expect(references(SCHEME, at(SCHEME, "metric resolved", 9), false)).toHaveLength(3);
  });
  it("finds an indicator's `.points` uses", () => {
    const refs = references(SCHEME, at(SCHEME, "indicator on_time", 11));
    expect(refs.some((r) => r.start.offset === at(SCHEME, "when on_time", 5))).toBe(true);
  });
});

describe("rename", () => {
  it("renames the declaration and every reference", () => {
    const result = rename(SCHEME, at(SCHEME, "metric resolved", 9), "closed");
    if ("error" in result) throw new Error(result.error);
    const out = applyEdits(SCHEME, result.edits);
    expect(out).not.toMatch(/\bresolved\b/);
    expect(out).toContain("metric closed");
    expect(analyze(out).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
  it("renames Unicode names", () => {
    const text = SCHEME.replaceAll("kindness", "hài_lòng");
    const result = rename(text, at(text, "indicator hài_lòng", 12), "tỷ_lệ");
    if ("error" in result) throw new Error(result.error);
    expect(result.edits).toHaveLength(1);
  });
  it("refuses invalid, keyword, built-in and taken names", () => {
    const o = at(SCHEME, "metric resolved", 9);
    expect(rename(SCHEME, o, "9lives")).toHaveProperty("error");
    expect(rename(SCHEME, o, "has space")).toHaveProperty("error");
    expect(rename(SCHEME, o, "metric")).toHaveProperty("error");
    expect(rename(SCHEME, o, "and")).toHaveProperty("error");
    expect(rename(SCHEME, o, "score")).toHaveProperty("error");
    expect(rename(SCHEME, o, "on_time")).toHaveProperty("error");
    expect(rename(SCHEME, o, "")).toHaveProperty("error");
  });
  it("prepares only on declared names", () => {
    const p = prepareRename(SCHEME, at(SCHEME, "group work\n  value", 8));
    expect(p).toMatchObject({ placeholder: "work" });
    expect(prepareRename(SCHEME, at(SCHEME, "type count", 1))).toHaveProperty("error");
    const withScore = SCHEME.replace("when on_time.points < 10", "when score < 10");
    expect(prepareRename(withScore, at(withScore, "when score", 6))).toHaveProperty("error");
    // A half-typed scheme block reads `note` as the scheme's name: nothing refers to it.
    expect(prepareRename('scheme\n  note "x"\n}', 9)).toHaveProperty("error");
  });
});
