/**
 * The Compare tab speaks the page's language: the change sentences, the effective weights
 * and the warnings that appear or go (said again by the language worker from the diff's
 * fields), and the captions, axes and tables of its charts, with none of the English words of
 * their catalogue entries left; in English the sentences are the diff's own `text`, as
 * `goodhart diff` prints them.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { t, type Lang } from "@goodhart/dsl";
import { LangContext } from "../i18n/lang.ts";
import { diff } from "../language/language-services.ts";
import { VALID_SCHEME } from "../../e2e/fixtures.ts";
import { paletteFor } from "../charts/palette.ts";
import { bandText, ratingBandsCaption, ratingBandsConfig, ratingBandsTable } from "../charts/rating-bands.ts";
import { gamingCaption, gamingOverTimeConfig, gamingTable } from "../charts/gaming-over-time.ts";
import type { SimulationView } from "../sim/result.ts";
import { CompareMeaning } from "./CompareMeaning.tsx";
import { catalogueEnglish, pageWords, plainSummary } from "../test-support/page-words.ts";

const words = (html: string) => pageWords(html);

/** The English sentences of the diff's, the compare panel's and the charts' catalogue entries, cut at their placeholders. */
const ENGLISH = catalogueEnglish(/^(diff\.(?!sim\.)|ui\.compare\.|ui\.chart\.|code\.KPI\d+\.title)/, /[a-z]{2,} [a-z]{2,}/i);

// A draft that changes almost everything a reviewer reads: a target (KPI201 fires), a weight,
// a label, a rename, an added gate, a removed band's quota.
const BASE = VALID_SCHEME;
const DRAFT = VALID_SCHEME.replace("target 90%", "target 100%")
  .replace(/weight 50/, "weight 70")
  .replace(/indicator (\w+) "[^"]*"/, 'indicator $1 "Renamed label"')
  .replace(/\n\nrating/, '\n\ngate caught "Caught" {\n  when closed > received\n  cap score 50\n}\n\nrating');

const meaning = (lang: Lang) =>
  renderToStaticMarkup(
    createElement(LangContext.Provider, { value: lang }, createElement(CompareMeaning, { diff: diff(BASE, DRAFT, lang) })),
  );

const summary = plainSummary({ good: 0.3, completed: 0.7 });
const view = {
  staff: 10,
  periods: 2,
  seed: 1,
  summary,
  indicators: {},
  perPeriod: [
    { period: 1, summary },
    { period: 2, summary },
  ],
  perStaff: {
    score: new Float64Array(0),
    trueValue: new Float64Array(0),
    type: new Uint8Array(0),
    rating: new Uint8Array(0),
    indicatorValues: {},
  },
  facts: {
    indicators: [],
    bands: [
      { name: "good", label: "Well completed", min: 70 },
      { name: "completed", label: null, min: null },
    ],
    notSimulated: [],
  },
} as unknown as SimulationView;

/** Every word a chart shows: its axes' titles, its series, its labels, plus its caption and data table. */
function chartWords(lang: Lang): string {
  const palette = paletteFor("light");
  const configs = [ratingBandsConfig(view, palette, lang), gamingOverTimeConfig(view, palette, lang)];
  const axes = configs.flatMap((c) =>
    Object.values((c.options?.scales ?? {}) as Record<string, { title?: { text?: string } }>).map((s) => s.title?.text ?? ""),
  );
  const series = configs.flatMap((c) => c.data.datasets.map((d) => String(d.label ?? "")));
  const labels = configs.flatMap((c) => (c.data.labels ?? []).map((l) => [l].flat().join(" ")));
  return [
    ...axes,
    ...series,
    ...labels,
    ratingBandsCaption(lang),
    gamingCaption(lang),
    JSON.stringify(ratingBandsTable(view, lang)),
    JSON.stringify(gamingTable(view, lang)),
  ].join("\n");
}

describe("the Compare tab in Vietnamese", () => {
  it("in English the sentences are the diff's own text, so the checks below can fail", () => {
    const en = words(meaning("en"));
    expect(en).toContain("target 90% → 100%");
    expect(en).toContain("KPI201 excessive target now fires");
    expect(en).toContain('gate caught "Caught" added');
    expect(ENGLISH.filter((e) => en.includes(e)).length).toBeGreaterThan(3);
    expect(ENGLISH.filter((e) => chartWords("en").includes(e)).length).toBeGreaterThan(5);
    expect(ENGLISH.length).toBeGreaterThan(40);
  });

  it("the change sentences, weights and warnings follow the language", () => {
    const vi = words(meaning("vi"));
    expect(vi).toContain("target 90% → 100%");
    expect(vi).toContain(t("vi", "diff.note.fires", { code: "KPI201", title: t("vi", "code.KPI201.title") }));
    expect(vi).toContain("bổ sung điều kiện caught");
    expect(vi).toContain("tỷ trọng trong tổng điểm");
    expect(vi).toContain("nay có cảnh báo KPI201");
    expect(ENGLISH.filter((e) => vi.includes(e))).toEqual([]);
  });

  it("the charts' captions, axes, series and tables follow the language", () => {
    const vi = chartWords("vi");
    expect(vi).toContain(t("vi", "ui.chart.bands.axis"));
    expect(vi).toContain("hoàn thành tốt nhiệm vụ (điểm ≥ 70)");
    expect(bandText({ name: "good", label: "Well completed", min: 70 })).toBe("Well completed (score ≥ 70)");
    expect(ENGLISH.filter((e) => vi.includes(e))).toEqual([]);
  });
});
