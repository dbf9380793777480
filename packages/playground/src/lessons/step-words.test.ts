/**
 * A lesson's words must match its chart: a colour a step names ("the blue line") is the
 * colour of a series or marker that chart draws, a series it names ("the falsifying line")
 * is one of the chart's series, and a value it names for the lesson's control ("a 60%
 * target") is one the chart shows. The charts are built by the same builders the lesson uses.
 * Every language a lesson is written in is held to the same chart, in that language's words.
 */
import { describe, expect, it } from "vitest";
import type { ChartConfiguration } from "chart.js";
import { lessonFiles, loadLesson, resolveScheme } from "../../../../lessons/load.ts";
import { analyzeText } from "../language/language-services.ts";
import { COLOUR_NAMES, LIGHT } from "../charts/palette.ts";
import { gamingOverTimeConfig } from "../charts/gaming-over-time.ts";
import { moraleBacklogConfig } from "../charts/morale-backlog.ts";
import { ratingBandsConfig } from "../charts/rating-bands.ts";
import { scoreVsTruthConfig } from "../charts/score-vs-truth.ts";
import { indicatorValuesConfig } from "../charts/indicator-values.ts";
import { figureAlongSweepConfig } from "./figure-along-sweep.ts";
import type { SimulationView } from "../sim/result.ts";
import { sweepValues } from "../sim/literal-text.ts";
import { lessonIn, type Lesson } from "./schema.ts";
import { LANGS, type Lang } from "@goodhart/dsl";
import { plainSummary } from "../test-support/page-words.ts";

const summary = plainSummary({});

function viewFor(lesson: Lesson): SimulationView {
  const facts = analyzeText(resolveScheme(lesson.scheme)).facts!;
  return {
    staff: 0,
    periods: 1,
    seed: 1,
    summary,
    indicators: {},
    perPeriod: [{ period: 1, summary }],
    perStaff: {
      score: new Float64Array(0),
      trueValue: new Float64Array(0),
      type: new Uint8Array(0),
      rating: new Uint8Array(0),
      indicatorValues: {},
    },
    facts: { indicators: facts.indicators, bands: facts.bands, notSimulated: [] },
  };
}

type AnyConfig = ChartConfiguration<"line" | "bar" | "scatter", unknown>;

function chartsOf(lesson: Lesson, lang: Lang = "en"): AnyConfig[] {
  const view = viewFor(lesson);
  const out: AnyConfig[] = [];
  if (lesson.sweep)
    out.push(
      figureAlongSweepConfig(
        [],
        { value: 0.5, figure: 0.1 },
        { label: lesson.sweep.label, percent: true },
        lesson.sweep.watch,
        LIGHT,
        lang,
      ) as AnyConfig,
    );
  if (lesson.chart === "gaming-over-time") out.push(gamingOverTimeConfig(view, LIGHT, lang) as AnyConfig);
  if (lesson.chart === "morale-backlog") out.push(moraleBacklogConfig(view, LIGHT, lang) as AnyConfig);
  if (lesson.chart === "rating-bands") out.push(ratingBandsConfig(view, LIGHT) as AnyConfig);
  if (lesson.chart === "score-vs-truth") out.push(scoreVsTruthConfig(view, LIGHT) as AnyConfig);
  if (lesson.chart.startsWith("indicator:")) {
    const facts = view.facts.indicators.find((f) => f.name === lesson.chart.slice("indicator:".length))!;
    out.push(indicatorValuesConfig(view, facts, LIGHT) as AnyConfig);
  }
  return out;
}

/** Colour names of everything the charts draw: series, bars, marker lines. */
function coloursDrawn(configs: AnyConfig[]): Set<string> {
  const hexes: string[] = [];
  for (const c of configs) {
    for (const d of c.data.datasets)
      for (const k of ["borderColor", "backgroundColor"] as const)
        hexes.push(...[(d as unknown as Record<string, unknown>)[k]].flat().filter((x): x is string => typeof x === "string"));
    const lines = (c.options?.plugins as { thresholds?: { lines: { color: string }[] } } | undefined)?.thresholds?.lines ?? [];
    hexes.push(...lines.map((l) => l.color));
  }
  return new Set(hexes.map((h) => COLOUR_NAMES[h.slice(0, 7).toUpperCase()] ?? COLOUR_NAMES[h.slice(0, 7)] ?? h));
}

/** How each language names what a chart draws: a colour, a series, the control's value. */
interface StepWords {
  /** Match: [1] a colour, in the language's words. */
  colour: RegExp;
  /** The language's colour words → the palette's colour names. */
  colourName(word: string): string;
  /** Match: [1] the start of a series' name. */
  series: RegExp;
  /** The control's noun in its label, and the pattern of a value named with it. */
  valueNamed(label: string): RegExp | null;
}

const VI_COLOURS: Record<string, string> = {
  đỏ: "red",
  "xanh dương": "blue",
  "xanh nhạt": "light blue",
  cam: "orange",
  "xanh lá": "green",
  hồng: "pink",
  vàng: "yellow",
  xám: "grey",
};

const WORDS: Record<Lang, StepWords> = {
  en: {
    colour: /\b(red|blue|light blue|orange|green|pink|yellow|grey|gray)\s+(line|lines|bar|bars|dot|dots|diamond|marker|series)\b/gi,
    colourName: (w) => w.toLowerCase().replace("gray", "grey"),
    series: /\bthe\s+([a-z-]+ing)\s+line\b/gi,
    valueNamed(label) {
      // "a 60% target", "target of 95%": the noun is the last word of the label ("the same-day target" → target).
      const noun = /([a-z-]+)\W*$/i.exec(label)?.[1];
      return noun ? new RegExp(`(\\d+(?:\\.\\d+)?)%\\s+${noun}|${noun}\\s+(?:of\\s+)?(\\d+(?:\\.\\d+)?)%`, "gi") : null;
    },
  },
  vi: {
    colour: /(?:đường|cột|chấm|điểm)\s+(?:màu\s+)?(xanh dương|xanh nhạt|xanh lá|đỏ|cam|hồng|vàng|xám)/giu,
    colourName: (w) => VI_COLOURS[w.toLowerCase()] ?? w,
    // The gaming series, named by what staff do: "đường khai khống", "đường làm vội".
    series: /đường\s+(khai khống|làm vội|chọn việc|tác động|dời thời|cố ý)/giu,
    valueNamed(label) {
      // "mục tiêu 40%", "nâng mục tiêu lên 100%": the noun is the label's first two words ("mục tiêu xử lý trong ngày" → mục tiêu).
      const noun = /^(\p{L}+\s+\p{L}+)/u.exec(label)?.[1];
      return noun ? new RegExp(`${noun}\\s+(?:là\\s+|lên\\s+|ở\\s+mức\\s+)?(\\d+(?:\\.\\d+)?)%`, "giu") : null;
    },
  },
};

describe("lesson steps say what their chart shows", () => {
  const lessons = lessonFiles().map(loadLesson);
  it("has lessons to check", () => expect(lessons.length).toBeGreaterThanOrEqual(5));
  it.each(LANGS.filter((l) => l !== "en"))("every lesson is written in %s too", (lang) => {
    expect(lessons.filter((l) => !l.translations[lang]).map((l) => l.id)).toEqual([]);
  });
  for (const original of lessons) {
    for (const lang of LANGS) {
      it(`${original.id} (${lang}): colours, series and control values named in the steps are on the chart`, () => {
        const lesson = lessonIn(original, lang);
        const words = WORDS[lang];
        const charts = chartsOf(lesson, lang);
        const colours = coloursDrawn(charts);
        const labels = charts.flatMap((c) => c.data.datasets.map((d) => String(d.label ?? "").toLowerCase()));
        const shown = lesson.sweep ? sweepValues(lesson.sweep.from, lesson.sweep.to, lesson.sweep.steps) : [];
        const named = lesson.sweep ? words.valueNamed(lesson.sweep.label) : null;
        for (const step of lesson.steps) {
          for (const m of step.text.matchAll(words.colour))
            expect(colours, `“${m[0]}” in step “${step.title}”`).toContain(words.colourName(m[1]!));
          for (const m of step.text.matchAll(words.series))
            expect(
              labels.some((l) => l.startsWith(m[1]!.toLowerCase().slice(0, 5))),
              `“${m[0]}” in step “${step.title}”`,
            ).toBe(true);
          if (named) {
            for (const m of step.text.matchAll(named)) {
              const v = Number(m[1] ?? m[2]) / 100;
              expect(
                shown.some((x) => Math.abs(x - v) < 1e-9),
                `“${m[0]}” in step “${step.title}” is not among the chart's values ${shown.join(", ")}`,
              ).toBe(true);
            }
          }
        }
      });
    }
  }
  it("the check catches a colour the chart does not draw", () => {
    const lesson = lessons.find((l) => l.sweep && l.chart === "sweep")!;
    expect(coloursDrawn(chartsOf(lesson))).not.toContain("green");
  });
});
