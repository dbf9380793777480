/** The charts of a run: the summary four, and one per indicator. Each says in a sentence what it shows. */
import { memo, useMemo } from "react";
import type { SimulationView } from "../sim/result.ts";
import { ChartFigure } from "../charts/ChartFigure.tsx";
import { paletteFor, type Theme } from "../charts/palette.ts";
import { RATING_BANDS_CAPTION, ratingBandsConfig, ratingBandsTable } from "../charts/rating-bands.ts";
import { SCORE_VS_TRUTH_CAPTION, scoreVsTruthConfig, scoreVsTruthTable } from "../charts/score-vs-truth.ts";
import { GAMING_CAPTION, gamingOverTimeConfig, gamingTable } from "../charts/gaming-over-time.ts";
import { MORALE_CAPTION, moraleBacklogConfig, moraleTable } from "../charts/morale-backlog.ts";
import { useLang } from "../i18n/lang.ts";
import { PoolReport } from "./PoolReport.tsx";
import type { SimulatedPoolsView } from "../sim/protocol.ts";
import {
  bunchingSentence,
  INDICATOR_BAND_CAPTION,
  INDICATOR_CAPTION,
  indicatorTable,
  indicatorValuesConfig,
} from "../charts/indicator-values.ts";

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
      bands: ratingBandsConfig(view, palette),
      scatter: scoreVsTruthConfig(view, palette),
      gaming: gamingOverTimeConfig(view, palette, lang),
      morale: moraleBacklogConfig(view, palette, lang),
    }),
    [view, palette, lang],
  );
  const tables = useMemo(
    () => ({
      bands: ratingBandsTable(view),
      scatter: scoreVsTruthTable(view),
      gaming: gamingTable(view, lang),
      morale: moraleTable(view, lang),
    }),
    [view, lang],
  );
  return (
    <div className="charts">
      <ChartFigure
        id="rating-bands"
        title="Rating bands"
        caption={RATING_BANDS_CAPTION}
        config={c.bands}
        generation={theme}
        schemeName={schemeName}
        table={tables.bands}
      />
      {pools ? <PoolReport pools={pools} bandLabel={bandLabel ?? ((n) => n)} /> : null}
      <ChartFigure
        id="score-vs-truth"
        title="Score against real work"
        caption={`${SCORE_VS_TRUTH_CAPTION} Click a dot to see why the scheme rated that person so.`}
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
        title="Gaming, by kind, over periods"
        caption={GAMING_CAPTION}
        config={c.gaming}
        generation={theme}
        schemeName={schemeName}
        table={tables.gaming}
      />
      <ChartFigure
        id="morale-backlog"
        title="Morale and hard cases waiting"
        caption={MORALE_CAPTION}
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
  const configs = useMemo(
    () => view.facts.indicators.map((f) => ({ facts: f, config: indicatorValuesConfig(view, f, palette), table: indicatorTable(view, f) })),
    [view, palette],
  );
  if (configs.length === 0) return <p className="hint">This scheme has no indicators to chart.</p>;
  return (
    <div className="charts">
      {configs.map(({ facts, config, table }) => {
        const sentence = bunchingSentence(view.indicators[facts.name], facts);
        return (
          <ChartFigure
            key={facts.name}
            id={`indicator-${facts.name}`}
            title={facts.label ?? facts.name}
            subtitle={sentence}
            caption={view.perStaff.indicatorValues[facts.name] ? INDICATOR_CAPTION : INDICATOR_BAND_CAPTION}
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
