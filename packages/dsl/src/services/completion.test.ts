import { describe, expect, it } from "vitest";
import { complete } from "./completion.ts";
import { at, SCHEME } from "./fixtures.test-util.ts";

const labels = (text: string, offset: number) => complete(text, offset).items.map((i) => i.label);

/** Inserts `insert` at the place of `marker` (which is removed) and completes there. */
function completeAt(text: string, marker: string, insert = "") {
  const i = at(text, marker);
  const edited = text.slice(0, i) + insert + text.slice(i + marker.length);
  return { list: complete(edited, i + insert.length), text: edited };
}

describe("complete", () => {
  it("offers declaration keywords with snippets at the top level", () => {
    const { list } = completeAt(SCHEME + "\n@", "@");
    expect(list.items.map((i) => i.label)).toEqual(["scheme", "metric", "indicator", "group", "gate", "rating", "simulation"]);
    const ind = list.items.find((i) => i.label === "indicator")!;
    expect(ind.isSnippet).toBe(true);
    expect(ind.insertText).toContain("weight");
  });

  it("offers the property keys of the enclosing declaration, with their docs", () => {
    const { list } = completeAt(SCHEME, "  weight 70\n", "  weight 70\n  ");
    const keys = list.items.map((i) => i.label);
    expect(keys).toEqual(expect.arrayContaining(["value", "better", "floor", "target", "step", "ratchet", "note", "basis"]));
    expect(keys).not.toContain("source");
    expect(list.items.find((i) => i.label === "floor")!.documentation).toMatch(/0 points/);
    const metricKeys = labels(SCHEME, at(SCHEME, "  source self") + 2);
    expect(metricKeys).toEqual(expect.arrayContaining(["type", "source", "observes", "audit"]));
  });

  it("replaces the word being typed", () => {
    const text = SCHEME.replace("  floor 80%", "  flo");
    const offset = at(text, "  flo") + 5;
    const list = complete(text, offset);
    expect(list.range.start.offset).toBe(offset - 3);
    expect(list.items.map((i) => i.label)).toContain("floor");
  });

  it("offers enum words after an enum property", () => {
    expect(completeAt(SCHEME, "  floor 80%", "  better ").list.items.map((i) => i.label)).toEqual(["higher", "lower"]);
    const sources = completeAt(SCHEME, "source self", "source ").list.items;
    expect(sources.map((i) => i.label)).toEqual(["system", "self", "survey", "supervisor", "audit"]);
    expect(sources.find((i) => i.label === "self")!.documentation).toMatch(/falsified/);
    expect(completeAt(SCHEME, "type count", "type ").list.items.map((i) => i.label)).toContain("ratio");
    expect(completeAt(SCHEME, "period month", "period ").list.items.map((i) => i.label)).toEqual(["month", "quarter", "year"]);
    expect(completeAt(SCHEME, "period month", "missing ").list.items.map((i) => i.label)).toEqual(["exclude", "zero"]);
    expect(completeAt(SCHEME, "  floor 80%", "  aspect ").list.items.map((i) => i.label)).toContain("quality");
  });

  it("offers metrics and indicators in value, plus score and .points in when", () => {
    const inValue = completeAt(SCHEME, "value resolved\n  step", "value ").list.items.map((i) => i.label);
    expect(inValue).toEqual(expect.arrayContaining(["resolved", "on_time_count", "on_time", "kindness"]));
    expect(inValue).not.toContain("volume"); // not itself
    expect(inValue).not.toContain("score");
    expect(inValue).not.toContain("top");
    const inWhen = completeAt(SCHEME, "when on_time.points < 10", "when ").list.items.map((i) => i.label);
    expect(inWhen).toEqual(expect.arrayContaining(["score", "on_time", "resolved"]));
    const member = completeAt(SCHEME, "when on_time.points < 10", "when on_time.").list.items.map((i) => i.label);
    expect(member).toEqual(["points", "value"]);
    expect(completeAt(SCHEME, "when on_time.points < 10", "when resolved.").list.items).toEqual([]);
  });

  it("offers groups after group, ratings after cap rating and quota … of", () => {
    expect(completeAt(SCHEME, "  group care", "  group ").list.items.map((i) => i.label)).toEqual(["work", "care"]);
    expect(completeAt(SCHEME, "cap rating poor", "cap rating ").list.items.map((i) => i.label)).toEqual(["top", "ok", "poor"]);
    expect(completeAt(SCHEME, "cap rating poor", "cap ").list.items.map((i) => i.label)).toEqual(["rating", "score"]);
    expect(completeAt(SCHEME, "quota 20% of ok", "quota 20% of ").list.items.map((i) => i.label)).toEqual(["ok", "poor"]);
    expect(completeAt(SCHEME, "quota 20% of ok", "quota 20% ").list.items.map((i) => i.label)).toEqual(["of"]);
  });

  it("offers observables with descriptions after observes, replacing the dotted word", () => {
    const { list, text } = completeAt(SCHEME, "observes cases.closed", "observes cases.cl");
    expect(list.items.map((i) => i.label)).toContain("cases.closed_on_time");
    expect(list.items.find((i) => i.label === "cases.closed")!.documentation).toMatch(/closed/);
    expect(text.slice(list.range.start.offset, list.range.end.offset)).toBe("cases.cl");
  });

  it("offers nothing inside comments and strings", () => {
    expect(completeAt(SCHEME + "\n// a comment @", "@").list.items).toEqual([]);
    expect(completeAt(SCHEME, 'note "Legal', 'note "Le').list.items).toEqual([]);
    expect(completeAt(SCHEME, 'rating poor "Poor"', 'rating poor "Po').list.items).toEqual([]);
  });

  it("escapes user labels in the documentation of names", () => {
    const item = completeAt(SCHEME, "when on_time.points < 10", "when ").list.items.find((i) => i.label === "on_time")!;
    expect(item.documentation).not.toContain("<b>");
    expect(item.documentation).not.toMatch(/[^\\]\[x\]/);
  });
});
