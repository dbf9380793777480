/**
 * The chart a lesson step puts in focus, drawn by the playground's own chart builders from a
 * live run. Only the size differs from the workspace: a room reads it from the back.
 */
import { useMemo } from "react";
import { ChartFigure } from "../charts/ChartFigure.tsx";
import type { Palette, Theme } from "../charts/palette.ts";
import { gamingCaption, gamingLabel, gamingOverTimeConfig } from "../charts/gaming-over-time.ts";
import { figureByKey } from "@goodhart/simulator";
import { t, type Lang } from "@goodhart/dsl";
import { useLang } from "../i18n/lang.ts";
import { highlightSeries } from "../charts/highlight.ts";
import { GAMING_KINDS, type GamingKind } from "../sim/result.ts";
import { scoreVsTruthCaption, scoreVsTruthConfig } from "../charts/score-vs-truth.ts";
import { ratingBandsCaption, ratingBandsConfig } from "../charts/rating-bands.ts";
import { moraleCaption, moraleBacklogConfig } from "../charts/morale-backlog.ts";
import { indicatorCaption, indicatorValuesConfig } from "../charts/indicator-values.ts";
import type { SimulationView } from "../sim/result.ts";
import { enlarge } from "../charts/enlarge.ts";

interface Props {
  chart: string;
  view: SimulationView;
  palette: Palette;
  theme: Theme;
  /** Distinguishes two charts of one kind on screen (before and after). */
  id: string;
  title: string;
  height: number;
  /** The lesson's figure (`summary.gaming.falsify`…): its series is drawn thick. */
  watch?: string;
}

/** The dataset label a lesson's figure is drawn as, if the chart has it as a series. */
function watchedSeries(watch: string | undefined, lang: Lang = "en"): string | null {
  const kind = /^summary\.gaming\.(\w+)$/.exec(watch ?? "")?.[1];
  if (kind && (GAMING_KINDS as readonly string[]).includes(kind)) return gamingLabel(kind as GamingKind, lang);
  if (watch === "summary.morale") return figureByKey("morale", lang)!.label;
  if (watch === "summary.hardBacklog") {
    const f = figureByKey("hardBacklog", lang)!;
    return `${f.label} (${f.unit})`;
  }
  return null;
}

export function FocusChart({ chart, view, palette, theme, id, title, height, watch }: Props) {
  const lang = useLang();
  const built = useMemo(() => {
    switch (chart) {
      case "gaming-over-time":
        return { config: gamingOverTimeConfig(view, palette, lang), caption: gamingCaption(lang) };
      case "score-vs-truth":
        return { config: scoreVsTruthConfig(view, palette, lang), caption: scoreVsTruthCaption(lang) };
      case "rating-bands":
        return { config: ratingBandsConfig(view, palette, lang), caption: ratingBandsCaption(lang) };
      case "morale-backlog":
        return { config: moraleBacklogConfig(view, palette, lang), caption: moraleCaption(lang) };
      default: {
        const name = chart.startsWith("indicator:") ? chart.slice("indicator:".length) : "";
        const facts = view.facts.indicators.find((f) => f.name === name);
        if (!facts) return null;
        return {
          config: indicatorValuesConfig(view, facts, palette, lang),
          caption: indicatorCaption(Boolean(view.perStaff.indicatorValues[name]), lang),
        };
      }
    }
  }, [chart, view, palette, lang]);
  // Memoised with the config it wraps, so a step change does not redraw an unchanged chart.
  const config = useMemo(
    () =>
      built ? highlightSeries(enlarge(built.config as Parameters<typeof ChartFigure>[0]["config"]), watchedSeries(watch, lang)) : null,
    [built, watch, lang],
  );
  if (!built || !config) return <p className="lesson-note">{t(lang, "ui.chart.none", { chart })}</p>;
  // The cast joins the builders' distinct chart types; ChartFigure only passes the config on.
  return (
    <ChartFigure id={id} title={title} caption={built.caption} config={config} generation={`${theme}-${id}-${chart}`} height={height} />
  );
}
