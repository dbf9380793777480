/**
 * The playground writes and names figures exactly as the simulator's catalogue does: one
 * definition, read by the cards, the sweep and compare charts and the lessons alike.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { figureByKey, formatFigure, HEADLINE_FIGURES, SUMMARY_FIGURES } from "@goodhart/simulator";
import { LANGS } from "@goodhart/dsl";
import { figure, FIGURE_ORDER, formatFigureValue, SWEEP_FIGURES, withUnit } from "./figures.ts";
import { formatFigure as lessonFormat, figureLabel } from "../lessons/metric.ts";
import { gamingLabel } from "../charts/gaming-over-time.ts";

describe("the playground's figures are the simulator's", () => {
  it("shows every headline figure, and only those", () => {
    expect([...FIGURE_ORDER].sort()).toEqual([...HEADLINE_FIGURES].sort());
    for (const k of SWEEP_FIGURES) expect(HEADLINE_FIGURES).toContain(k);
  });

  it("cards, charts and lessons format a value as the CLI does (morale included)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...HEADLINE_FIGURES), fc.double({ min: -1, max: 100, noNaN: true }), (key, v) => {
        const cli = formatFigure(figureByKey(key)!, v);
        expect(formatFigureValue(key, v)).toBe(cli);
        expect(lessonFormat(`summary.${key}`, v)).toBe(cli);
      }),
    );
    expect(formatFigureValue("morale", 0.7)).toBe("0.70");
    expect(formatFigureValue("morale", null)).toBe("—");
  });

  it("names figures in the reader's language, from the catalogue", () => {
    for (const lang of LANGS) {
      for (const f of SUMMARY_FIGURES) {
        const words = figureByKey(f.key, lang)!;
        expect(figureLabel(`summary.${f.key}`, lang)).toBe(words.label);
        for (const w of [words.label, words.unit, words.meaning]) expect(w.length, `${lang} ${f.key}`).toBeGreaterThan(0);
      }
    }
    expect(figure("morale", "vi").label).toBe("Tinh thần làm việc");
    expect(gamingLabel("falsify", "vi")).not.toBe(gamingLabel("falsify", "en"));
    expect(withUnit("hardBacklog", 1.234, "vi")).toBe("1.23 hồ sơ mỗi người");
    expect(figureLabel("summary.ratings.excellent", "vi")).toBe("Tỷ lệ xếp loại excellent");
  });
});
