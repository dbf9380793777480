/** The charts of a run: the summary four, and one per indicator. Each says in a sentence what it shows. */
import { memo, useMemo } from "react";
import type { SimulationView } from "../sim/result.ts";
import { ChartFigure } from "../charts/ChartFigure.tsx";
import { paletteFor, type Theme } from "../charts/palette.ts";
import { ratingBandsCaption, ratingBandsConfig, ratingBandsTable } from "../charts/rating-bands.ts";
import { scoreVsTruthCaption, scoreVsTruthConfig, scoreVsTruthTable } from "../charts/score-vs-truth.ts";
import { gamingCaption, gamingOverTimeConfig, gamingTable } from "../charts/gaming-over-time.ts";
import { moraleCaption, moraleBacklogConfig, moraleTable } from "../charts/morale-backlog.ts";
import { t } from "@goodhart/dsl";
import { useLang } from "../i18n/lang.ts";
import { PoolReport } from "./PoolReport.tsx";
import type { SimulatedPoolsView } from "../sim/protocol.ts";
import { bunchingSentence, indicatorCaption, indicatorTable, indicatorValuesConfig } from "../charts/indicator-values.ts";

interface Props {
  view: SimulationView;
  theme: Theme;
  schemeName: string;
  /** A staff member's dot was chosen (index into the per-staff arrays). */
  onStaff?(index: number): void;
  /** The quotas' report per pool, when the scheme declares pools and has a quota. */
  pools?: SimulatedPoolsView | null;
  bandLabel?(name: string): string;
}

// Memoised: the page re-renders on every keystroke, these only when their inputs change.
export const SummaryCharts = memo(function SummaryCharts({ view, theme, schemeName, onStaff, pools, bandLabel }: Props) {
  const palette = paletteFor(theme);
  const lang = useLang();
  const c = useMemo(
    () => ({
      bands: ratingBandsConfig(view, palette, lang),
      scatter: scoreVsTruthConfig(view, palette, lang),
      gaming: gamingOverTimeConfig(view, palette, lang),
      morale: moraleBacklogConfig(view, palette, lang),
    }),
    [view, palette, lang],
  );
  const tables = useMemo(
    () => ({
      bands: ratingBandsTable(view, lang),
      scatter: scoreVsTruthTable(view, lang),
      gaming: gamingTable(view, lang),
      morale: moraleTable(view, lang),
    }),
    [view, lang],
  );
  return (
    <div className="charts">
      <ChartFigure
        id="rating-bands"
        title={t(lang, "ui.chart.bands.title")}
        caption={ratingBandsCaption(lang)}
        config={c.bands}
        generation={theme}
        schemeName={schemeName}
        table={tables.bands}
      />
      {pools ? <PoolReport pools={pools} bandLabel={bandLabel ?? ((n) => n)} /> : null}
      <ChartFigure
        id="score-vs-truth"
        title={t(lang, "ui.chart.scatter.title")}
        caption={`${scoreVsTruthCaption(lang)} ${t(lang, "ui.chart.scatter.click")}`}
        config={c.scatter}
        generation={theme}
        height={260}
        schemeName={schemeName}
        table={tables.scatter}
        onPoint={(datasetIndex, index) => {
          const point = c.scatter.data.datasets[datasetIndex]?.data[index] as { i?: number } | undefined;
          if (point?.i !== undefined) onStaff?.(point.i);
        }}
      />
      <ChartFigure
        id="gaming-over-time"
        title={t(lang, "ui.chart.gaming.title")}
        caption={gamingCaption(lang)}
        config={c.gaming}
        generation={theme}
        schemeName={schemeName}
        table={tables.gaming}
      />
      <ChartFigure
        id="morale-backlog"
        title={t(lang, "ui.chart.morale.title")}
        caption={moraleCaption(lang)}
        config={c.morale}
        generation={theme}
        schemeName={schemeName}
        table={tables.morale}
      />
    </div>
  );
});

export const IndicatorCharts = memo(function IndicatorCharts({ view, theme, schemeName }: Props) {
  const palette = paletteFor(theme);
  const lang = useLang();
  const configs = useMemo(
    () =>
      view.facts.indicators.map((f) => ({
        facts: f,
        config: indicatorValuesConfig(view, f, palette, lang),
        table: indicatorTable(view, f, lang),
      })),
    [view, palette, lang],
  );
  if (configs.length === 0) return <p className="hint">{t(lang, "ui.chart.noIndicators")}</p>;
  return (
    <div className="charts">
      {configs.map(({ facts, config, table }) => {
        const sentence = bunchingSentence(view.indicators[facts.name], facts, lang);
        return (
          <ChartFigure
            key={facts.name}
            id={`indicator-${facts.name}`}
            title={facts.label ?? facts.name}
            subtitle={sentence}
            caption={indicatorCaption(Boolean(view.perStaff.indicatorValues[facts.name]), lang)}
            config={config}
            generation={`${theme}-${facts.name}`}
            height={200}
            schemeName={schemeName}
            table={table}
          />
        );
      })}
    </div>
  );
});
