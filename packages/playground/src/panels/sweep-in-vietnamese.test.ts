/**
 * The Sweep tab speaks the page's language: its title, hint, the number's name, the range's
 * problems, the charts' captions and labels and the data table, with none of the English
 * words of its catalogue entries left; English stays as it was (the end-to-end tests read it).
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { t, type Lang } from "@goodhart/dsl";
import { LangContext } from "../i18n/lang.ts";
import { DEFAULT_POPULATION } from "../sim/population.ts";
import type { LsNumberAt } from "../language/protocol.ts";
import type { SweepPoint } from "../sim/result.ts";
import { paletteFor } from "../charts/palette.ts";
import { sweepCaption, sweepFigureConfig, sweepTable } from "../charts/sweep-chart.ts";
import { rangeProblem } from "../sweep/sweep-range.ts";
import { humanLabel, SweepPanel } from "./SweepPanel.tsx";
import { catalogueEnglish, pageWords } from "../test-support/page-words.ts";

const words = (html: string) => pageWords(html);

/** The English sentences of the Sweep tab's catalogue entries, cut at their placeholders. */
const ENGLISH = catalogueEnglish(/^ui\.sweep\./, /[a-z]{2,} [a-z]{2,}/i, /\{[^}]*\}|[;:—]/);

const literal: LsNumberAt = {
  range: { start: { line: 7, column: 9, offset: 120 }, end: { line: 7, column: 12, offset: 123 } },
  text: "90%",
  value: 0.9,
  percent: true,
  path: "on_time.target",
};
const facts = { indicators: [{ name: "on_time", label: "Dossiers on time" }], labels: {} } as never;

const summary = (x: number) =>
  ({ meanScore: 70 + x, meanTrueValue: 40, gamingRate: 0.1, falsifiedShare: 0.02, scoreTruthCorrelation: 0.5, morale: 0.7 }) as never;
const points: SweepPoint[] = [0.8, 0.9, 1].map((v) => ({ value: v, summary: summary(v), replicates: 5 }));
const axis = (lang: Lang) => ({ percent: true, label: humanLabel(literal, facts, lang), now: 0.9 });

describe("the Sweep tab in Vietnamese", () => {
  it("the English sentences are there in English, so the checks below can fail", () => {
    const en = [
      words(
        renderToStaticMarkup(
          createElement(SweepPanel, {
            literal: null,
            text: "",
            facts: null,
            population: DEFAULT_POPULATION,
            theme: "light",
            schemeName: "s",
            onPickFromCursor() {},
          }),
        ),
      ),
      sweepCaption("en"),
    ].join("\n");
    expect(ENGLISH.filter((e) => en.includes(e)).length).toBeGreaterThan(2);
    expect(ENGLISH.length).toBeGreaterThan(20);
  });

  it("title, hint and button follow the language", () => {
    const panel = (lang: Lang) =>
      renderToStaticMarkup(
        createElement(
          LangContext.Provider,
          { value: lang },
          createElement(SweepPanel, {
            literal: null,
            text: "",
            facts: null,
            population: DEFAULT_POPULATION,
            theme: "light",
            schemeName: "s",
            onPickFromCursor() {},
          }),
        ),
      );
    const vi = words(panel("vi"));
    expect(vi).toContain(t("vi", "ui.sweep.title"));
    expect(vi).toContain(t("vi", "ui.sweep.fromCursor"));
    expect(panel("vi")).toContain(`aria-label="${t("vi", "ui.sweep.title")}"`);
    expect(ENGLISH.filter((e) => vi.includes(e))).toEqual([]);
    expect(words(panel("en"))).toContain("sweep the number at the cursor");
  });

  it("the number's name, the range's problems, the charts and the table", () => {
    expect(humanLabel(literal, facts)).toBe("Target of “Dossiers on time”");
    expect(humanLabel(literal, facts, "vi")).toBe("Mục tiêu của “Dossiers on time”");
    expect(humanLabel({ ...literal, path: null }, facts, "vi")).toBe("con số 90% ở dòng 7");
    const r = { from: 0.8, to: 1.2, step: 0.05, min: 0.7, max: 1, lowOpen: true, highOpen: false };
    expect(rangeProblem(r, true)).toBe("Stop at or below 100%: above that the value is impossible here.");
    const problems = [
      rangeProblem(r, true, "vi"),
      rangeProblem({ ...r, to: 1, from: 0.7 }, true, "vi"),
      rangeProblem({ ...r, to: 1, step: 0 }, true, "vi"),
      rangeProblem({ ...r, to: 1, step: 0.001 }, true, "vi"),
    ];
    expect(problems.every((p) => p !== null)).toBe(true);
    expect(problems[0]).toContain("100%");
    expect(problems[1]).toContain("lớn hơn 70%");
    const palette = paletteFor("light");
    const vi = [
      sweepCaption("vi"),
      JSON.stringify(sweepTable(points, ["meanScore", "gamingRate"], axis("vi"), "vi")),
      ...sweepFigureConfig(points, "meanScore", axis("vi"), "#000", palette, "vi").data.datasets.map((d) => d.label ?? ""),
    ].join("\n");
    expect(vi).toContain("(hiện tại)");
    expect(vi).toContain("cận dưới khoảng tin cậy 95%");
    expect(ENGLISH.filter((e) => vi.includes(e) || problems.some((p) => p!.includes(e)))).toEqual([]);
    expect(JSON.stringify(sweepTable(points, ["meanScore"], axis("en")))).toContain("90% (now)");
  });
});
