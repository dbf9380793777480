/**
 * The Charts tab speaks the page's language: the four summary charts and each indicator's
 * chart (titles, captions, the bunching sentence, the PNG button, the data table's toggle),
 * with none of the English words of the charts' catalogue entries left; English stays as it
 * was (the end-to-end tests read it).
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { t, type Lang } from "@goodhart/dsl";
import { LangContext } from "../i18n/lang.ts";
import type { IndicatorFacts, SimulationView } from "../sim/result.ts";
import { paletteFor } from "../charts/palette.ts";
import { indicatorTable, indicatorValuesConfig } from "../charts/indicator-values.ts";
import { scoreVsTruthConfig, scoreVsTruthTable } from "../charts/score-vs-truth.ts";
import { moraleTable } from "../charts/morale-backlog.ts";
import { IndicatorCharts, SummaryCharts } from "./ChartsPanel.tsx";
import { catalogueEnglish, pageWords, plainSummary } from "../test-support/page-words.ts";

const words = (html: string) => pageWords(html);

/** The English sentences and words of the charts' catalogue entries, cut at their placeholders. */
const ENGLISH = catalogueEnglish(/^ui\.chart\./, /[a-z]{3,}/i);

const summary = plainSummary({ good: 0.4, poor: 0.6 });
const facts: IndicatorFacts = {
  name: "on_time",
  label: "Dossiers on time",
  better: "higher",
  floor: 0.7,
  target: 0.9,
  steps: [],
  percent: true,
};
const view = {
  staff: 4,
  periods: 1,
  seed: 1,
  summary,
  indicators: {
    on_time: { meanValue: 0.85, meanPoints: 60, bunching: 2.5, threshold: 0.9, bandWidth: 0.02, justMeeting: 5, justMissing: 2 },
  },
  perPeriod: [{ period: 1, summary }],
  perStaff: {
    score: new Float64Array([50, 60, 70, 80]),
    trueValue: new Float64Array([3, 4, 5, 6]),
    type: new Uint8Array([0, 1, 2, 3]),
    rating: new Uint8Array([0, 0, 1, 1]),
    indicatorValues: {},
  },
  facts: {
    indicators: [facts],
    bands: [
      { name: "good", label: null, min: 70 },
      { name: "poor", label: null, min: null },
    ],
    notSimulated: [],
  },
} as unknown as SimulationView;

function tab(lang: Lang): string {
  const inLang = (el: ReturnType<typeof createElement>) => renderToStaticMarkup(createElement(LangContext.Provider, { value: lang }, el));
  const palette = paletteFor("light");
  const config = indicatorValuesConfig(view, facts, palette, lang);
  const scatter = scoreVsTruthConfig(view, palette, lang);
  const scales = [config, scatter].flatMap((c) =>
    Object.values((c.options?.scales ?? {}) as Record<string, { title?: { text?: string } }>).map((s) => s.title?.text ?? ""),
  );
  const plugins = (config.options?.plugins ?? {}) as { thresholds?: { lines: { label: string }[] } };
  const thresholds = plugins.thresholds?.lines.map((l) => l.label);
  return [
    words(inLang(createElement(SummaryCharts, { view, theme: "light", schemeName: "s" }))),
    words(inLang(createElement(IndicatorCharts, { view, theme: "light", schemeName: "s" }))),
    words(
      inLang(
        createElement(IndicatorCharts, { view: { ...view, facts: { ...view.facts, indicators: [] } }, theme: "light", schemeName: "s" }),
      ),
    ),
    ...scales,
    ...(thresholds ?? []),
    ...scatter.data.datasets.map((d) => String(d.label)),
    JSON.stringify(indicatorTable(view, facts, lang)),
    JSON.stringify(scoreVsTruthTable(view, lang)),
    JSON.stringify(moraleTable(view, lang)),
  ].join("\n");
}

describe("the Charts tab in Vietnamese", () => {
  it("in English the words are as they were, so the checks below can fail", () => {
    const en = tab("en");
    for (const s of ["Rating bands", "Score against real work", "Data table", "Honest triers", "Measured value (%) — higher is better"])
      expect(en).toContain(s);
    expect(en).toContain("Bunching ×2.5: 2.5 times as many staff just past 90.0% as just short of it");
    expect(ENGLISH.filter((e) => en.includes(e)).length).toBeGreaterThan(20);
  });

  it("titles, captions, axes, series, thresholds and tables follow the language", () => {
    const vi = tab("vi");
    expect(vi).toContain(t("vi", "ui.chart.bands.title"));
    expect(vi).toContain(t("vi", "ui.chart.table"));
    expect(vi).toContain("mục tiêu 90.0%");
    expect(vi).toContain("Dồn sát ngưỡng ×2.5");
    expect(ENGLISH.filter((e) => vi.includes(e))).toEqual([]);
  });
});
