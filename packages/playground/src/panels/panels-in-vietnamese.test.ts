/**
 * The Sensitivity tab and the pool report speak the page's language: rendered with the
 * language set to Vietnamese they carry the catalogue's Vietnamese words and none of the
 * English ones, while names, numbers and codes stay as they are.
 */
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { analyze, CATALOGUES, type Lang } from "@goodhart/dsl";
import { simulate } from "@goodhart/simulator";
import { LangContext } from "../i18n/lang.ts";
import { DEFAULT_POPULATION } from "../sim/population.ts";
import { simulatedPoolReport } from "../pools/simulated-pools.ts";
import { POOLED_SCHEME } from "../../e2e/fixtures.ts";
import { SensitivityPanel } from "./SensitivityPanel.tsx";
import { PoolReport } from "./PoolReport.tsx";
import { pageWords } from "../test-support/page-words.ts";

const inLang = (lang: Lang, element: ReactElement) => renderToStaticMarkup(createElement(LangContext.Provider, { value: lang }, element));
const words = (html: string) => pageWords(html);

function pools() {
  const scheme = analyze(POOLED_SCHEME).scheme!;
  const staff = 200;
  const team = 4;
  const last = simulate(scheme, { staff, team, periods: 2, seed: 3 }).lastPeriod!;
  return simulatedPoolReport(scheme, {
    staff,
    team,
    indicator: (name, i) => last.indicators[name]?.[i] ?? null,
    rating: (i) => last.rating[i] ?? null,
  });
}

describe("the Sensitivity tab and the pool report in Vietnamese", () => {
  it("the Sensitivity tab's title, picker, buttons and explanation follow the language", () => {
    const panel = (lang: Lang, hasErrors = false) =>
      inLang(
        lang,
        createElement(SensitivityPanel, {
          text: POOLED_SCHEME,
          population: DEFAULT_POPULATION,
          theme: "light",
          schemeName: "pooled",
          hasErrors,
        }),
      );
    const vi = words(panel("vi"));
    for (const key of ["ui.sens.title", "ui.sens.figure", "ui.sens.run", "ui.sens.cancel"] as const)
      expect(vi).toContain(CATALOGUES.vi[key]);
    expect(vi).toContain("Một chỉ số phụ thuộc vào những giả định nào của mô hình?");
    expect(panel("vi")).toContain(`aria-label="${CATALOGUES.vi["ui.sens.figureLabel"]}"`);
    expect(words(panel("vi", true))).toContain(CATALOGUES.vi["ui.sens.fixErrors"]);
    for (const english of ["Sensitivity", "Run sensitivity", "Cancel", "Which of the model's assumptions", "Figure to analyse"])
      expect(vi).not.toContain(english);
    const en = words(panel("en"));
    expect(en).toContain("Run sensitivity");
    expect(en).toContain("Which of the model's assumptions does a figure rest on?");
  });

  it("the pool report's heading, summary, flags and table follow the language; pool names and counts do not", () => {
    const view = pools();
    const report = (lang: Lang) => words(inLang(lang, createElement(PoolReport, { pools: view, bandLabel: (b: string) => b })));
    const vi = report("vi");
    const en = report("en");
    expect(vi).toContain("Tỷ lệ theo từng nhóm");
    expect(vi).toContain("mỗi tổ 4 người được coi là một nhóm");
    expect(vi).toMatch(/^[\s\S]*50 nhóm; tỷ lệ đã hạ \d+ người xuống một mức\./);
    // floor(20% × 4) = 0: in a team of four nobody can reach the top band.
    expect(vi).toMatch(
      /Ở 50 nhóm có 4 người, không ai có thể được xếp loại “\w+”: tỷ lệ 20% làm tròn xuống còn không người nào \(cần ít nhất 5 người trong nhóm/,
    );
    for (const key of ["ui.pools.col.team", "ui.pools.col.size", "ui.pools.col.moved"] as const) expect(vi).toContain(CATALOGUES.vi[key]);
    for (const english of [
      "Quotas, pool by pool",
      "pools; the quotas moved",
      "nobody can be rated",
      "stands for one pool",
      "Moved down",
      "Team",
      "Size",
      " of ",
    ])
      expect(vi).not.toContain(english);
    expect(en).toMatch(/In 50 pools of 4, nobody can be rated/);
    // The same pools, in the same order, in both languages.
    const labels = view.report.pools.slice(0, 8).map((p) => p.label.replace(/^[^=]+=/, ""));
    for (const l of labels) {
      expect(vi).toContain(l);
      expect(en).toContain(l);
    }
  });
});
