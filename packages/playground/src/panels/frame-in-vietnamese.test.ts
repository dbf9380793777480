/**
 * The frame around the tabs speaks the page's language: the population settings (labels,
 * their titles, the sliders' names), the examples gallery, a banner's dismiss button and the
 * divider, with none of the English words of their catalogue entries left; English stays as
 * it was (the end-to-end tests read it).
 */
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { t, type Lang } from "@goodhart/dsl";
import { LangContext } from "../i18n/lang.ts";
import { DEFAULT_POPULATION } from "../sim/population.ts";
import { PopulationPanel } from "./PopulationPanel.tsx";
import { ExamplesGallery } from "./ExamplesGallery.tsx";
import { Banner } from "./Banner.tsx";
import { Divider } from "./Divider.tsx";
import { catalogueEnglish, pageWords } from "../test-support/page-words.ts";

/** The page's words and the words it gives screen readers (aria labels, titles), entities read back. */
const words = (html: string) => pageWords(html, { labels: true });

const ENGLISH = catalogueEnglish(/^ui\.(population|gallery|divider|banner\.dismiss|chart\.type)/, /[a-z]{3,} [a-z]{2,}/i);

function frame(lang: Lang): string {
  const inLang = (el: ReactElement) => renderToStaticMarkup(createElement(LangContext.Provider, { value: lang }, el));
  const odd = { ...DEFAULT_POPULATION, mix: { ...DEFAULT_POPULATION.mix, saints: DEFAULT_POPULATION.mix.saints + 0.2 } };
  return [
    inLang(createElement(PopulationPanel, { value: odd, onChange() {} })),
    inLang(createElement(ExamplesGallery, { openId: null, edited: false, onOpen() {}, onRestorePrevious: () => undefined, onClose() {} })),
    inLang(createElement(Banner, { banner: { kind: "info", text: "x" }, onDismiss() {} })),
    inLang(createElement(Divider, { value: 50, onChange() {} })),
  ]
    .map(words)
    .join("\n");
}

describe("the frame around the tabs in Vietnamese", () => {
  it("in English the words are as they were, so the checks below can fail", () => {
    const en = frame("en");
    for (const s of ["Population", "Team size", "Honest triers: game only in soft, deniable ways, percent of staff", "Close the examples"])
      expect(en).toContain(s);
    expect(en).toContain("(sums to 120%; simulated as shares of that total)");
    expect(ENGLISH.filter((e) => en.includes(e)).length).toBeGreaterThan(15);
  });

  it("labels, titles, sliders, gallery, banner and divider follow the language", () => {
    const vi = frame("vi");
    expect(vi).toContain(t("vi", "ui.population.title"));
    expect(vi).toContain(t("vi", "ui.population.teamTitle"));
    expect(vi).toContain(t("vi", "ui.gallery.close"));
    expect(vi).toContain(t("vi", "ui.divider.label"));
    expect(ENGLISH.filter((e) => vi.includes(e))).toEqual([]);
  });
});
