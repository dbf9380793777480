/**
 * Hover speaks the reader's language everywhere it has words of its own: declarations and
 * their kinds, observables, functions, sources, weights, curves, ratings, gates and the gaming
 * risks' messages. Names, numbers and code spans stay as written.
 */
import { describe, expect, it } from "vitest";
import { CATALOGUES, t } from "../i18n/translate.ts";
import { vocabularyGaps } from "../i18n/vocabulary-words.ts";
import { OBSERVABLES } from "../semantics/observables.ts";
import { FUNCTION_NAMES } from "../syntax/vocabulary.ts";
import { SOURCE_RISKS } from "./source-risks.ts";
import { hover } from "./hover.ts";
import { complete } from "./completion.ts";
import { at, SCHEME } from "./fixtures.test-util.ts";

const text = SCHEME.replace("value resolved\n  floor 1", "value max(resolved, 1)\n  floor 1").replace("target 98%", "target 100%");
const SPOTS: [string, number][] = [
  ["indicator on_time", 11],
  ["indicator volume", 11],
  ["metric resolved", 8],
  ["metric on_time_count", 8],
  ["group work", 7],
  ["rating top", 8],
  ["gate slow", 6],
  ["cases.closed", 3],
  ["source self", 8],
  ["max(", 1],
  ["indicator kindness", 2],
];

/** The English hover sentences: every catalogue text under `hover.` cut at its placeholders. */
const ENGLISH = Object.entries(CATALOGUES.en)
  .filter(([k]) => k.startsWith("hover.") && !k.startsWith("hover.exploits."))
  .flatMap(([, v]) => v.split(/\{[^}]*\}|\*\*|\n/))
  .map((s) => s.trim())
  .filter((s) => /[a-z]{3,} [a-z]{3,}/.test(s));

describe("hover in Vietnamese", () => {
  it("the English sentences are found in English hovers, so the check below can fail", () => {
    const en = SPOTS.map(([needle, into]) => hover(text, at(text, needle, into))!.contents).join("\n");
    expect(ENGLISH.filter((e) => en.includes(e)).length).toBeGreaterThan(10);
  });

  it.each(SPOTS)("%s: Vietnamese words, no English sentence of ours", (needle, into) => {
    const vi = hover(text, at(text, needle, into), undefined, "vi")!.contents;
    const en = hover(text, at(text, needle, into))!.contents;
    expect(vi).not.toBe(en);
    expect(ENGLISH.filter((e) => vi.includes(e))).toEqual([]);
  });

  it("the gaming risks list their titles and messages in Vietnamese", () => {
    const vi = hover(text, at(text, "indicator on_time", 11), undefined, "vi")!.contents;
    expect(vi).toContain(t("vi", "hover.risks"));
    expect(vi).toContain(`KPI201 ${t("vi", "code.KPI201.title")}`);
    expect(vi).not.toContain("Excessive target");
  });

  it("a function's and an observable's words, in both languages", () => {
    const fn = (lang: "en" | "vi") => hover(text, at(text, "max(", 1), undefined, lang)!.contents;
    expect(fn("en")).toContain("The largest of its values.");
    expect(fn("vi")).toContain("Giá trị lớn nhất trong các giá trị.");
    expect(hover(text, at(text, "cases.closed", 3), undefined, "vi")!.contents).toContain("đại lượng quan sát");
    expect(hover(text, at(text, "rating top", 1), undefined, "vi")!.contents).toContain(t("vi", "hover.kind.rating"));
  });

  it("completion documents observables, functions and sources in the reader's language", () => {
    const obs = complete("metric m {\n  observes ", "metric m {\n  observes ".length, undefined, "vi").items;
    expect(obs.find((i) => i.label === "cases.closed")!.documentation).toBe("Số hồ sơ được báo là đã giải quyết (cả thật lẫn khống).");
    const src = complete("metric m {\n  source ", "metric m {\n  source ".length, undefined, "vi").items;
    expect(src.find((i) => i.label === "self")!.documentation).toContain("tự báo cáo");
  });

  it("every observable, function and source has Vietnamese words, and none is left over", () => {
    for (const [part, words] of [
      ["observables", OBSERVABLES.map((o) => o.name)],
      ["functions", FUNCTION_NAMES],
      ["sources", Object.keys(SOURCE_RISKS)],
    ] as const) {
      expect({ part, ...vocabularyGaps("vi", part, words) }).toEqual({ part, missing: [], stale: [] });
    }
  });
});
