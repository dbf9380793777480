import { describe, expect, it } from "vitest";
import { complete } from "./completion.ts";
import { snippetToPlainText } from "./snippet.ts";
import { analyze } from "../semantics/analyze.ts";
import { format } from "../format/format.ts";
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
    const { list } = completeAt(`${SCHEME}\n@`, "@");
    // The file has its one scheme block already.
    expect(list.items.map((i) => i.label)).toEqual(["metric", "indicator", "group", "gate", "rating", "simulation"]);
    expect(completeAt("@", "@").list.items[0]!.label).toBe("scheme");
    const ind = list.items.find((i) => i.label === "indicator")!;
    expect(ind.isSnippet).toBe(true);
    expect(ind.insertText).toContain("weight");
  });

  it("offers the property keys of the enclosing declaration, with their docs", () => {
    const { list } = completeAt(SCHEME, "  weight 70\n", "  weight 70\n  ");
    const keys = list.items.map((i) => i.label);
    expect(keys).toEqual(expect.arrayContaining(["better", "floor", "target", "step", "ratchet", "note", "basis"]));
    expect(keys).not.toContain("source");
    // Already in the block: offering them would only produce "given twice". `step` repeats.
    expect(keys).not.toContain("value");
    expect(keys).not.toContain("weight");
    expect(keys).not.toContain("group");
    expect(list.items.find((i) => i.label === "floor")!.documentation).toMatch(/0 points/);
    const metricKeys = labels(SCHEME, at(SCHEME, "  source self") + 2);
    expect(metricKeys).toEqual(expect.arrayContaining(["source", "audit"]));
    expect(metricKeys).not.toContain("type");
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
    expect(completeAt(`${SCHEME}\n// a comment @`, "@").list.items).toEqual([]);
    expect(completeAt(SCHEME, 'note "Legal', 'note "Le').list.items).toEqual([]);
    expect(completeAt(SCHEME, 'rating poor "Poor"', 'rating poor "Po').list.items).toEqual([]);
  });

  it("escapes user labels in the documentation of names", () => {
    const item = completeAt(SCHEME, "when on_time.points < 10", "when ").list.items.find((i) => i.label === "on_time")!;
    expect(item.documentation).not.toContain("<b>");
    expect(item.documentation).not.toMatch(/[^\\]\[x\]/);
  });
});

describe("completion for every client", () => {
  const declarations = () => completeAt(`${SCHEME}\n@`, "@").list.items;

  it("declaration templates, with their defaults, are valid declarations as `goodhart fmt` prints them", () => {
    for (const d of declarations()) {
      const plain = snippetToPlainText(d.insertText);
      expect(plain, d.label).not.toMatch(/\t|\$\{|\$\d/);
      const text = `${SCHEME}\n${plain}\n`;
      const a = analyze(text);
      expect(a.diagnostics.filter((x) => x.severity === "error").map((x) => `${d.label}: ${x.code} ${x.message}`)).toEqual([]);
      expect(format(text), d.label).toBe(text);
    }
  });

  it("template names are fresh in the file, and `value` names a metric it has", () => {
    const text = `${SCHEME}\nindicator new_indicator { value resolved\n weight 1 }\n@`;
    const ind = complete(text.replace("@", ""), text.length - 1).items.find((i) => i.label === "indicator")!;
    expect(snippetToPlainText(ind.insertText)).toMatch(/^indicator new_indicator_2 "Label" \{\n {2}value resolved\n/);
  });

  it("orders properties required first in the list itself, not only by sortText", () => {
    const items = completeAt("metric m {\n  @\n}\n", "@").list.items;
    expect(items[0]!.label).toBe("type");
    expect(items.map((i) => i.sortText)).toEqual([...items.map((i) => i.sortText)].sort());
  });

  it("does not offer a property already in an unclosed block, nor stops at the next declaration", () => {
    const text = "metric m {\n  type count\n  @\nmetric n {\n  source self\n}\n";
    const keys = completeAt(text, "@").list.items.map((i) => i.label);
    expect(keys).not.toContain("type");
    expect(keys).toContain("source");
  });
});

describe("snippetToPlainText", () => {
  it("keeps defaults, drops tab stops, takes a choice's first option, unescapes", () => {
    expect(snippetToPlainText("a ${1:x} $2 ${3|p,q|} ${4} \\$5 ${5:nested ${6:y}}$0")).toBe("a x  p  $5 nested y");
  });
});
