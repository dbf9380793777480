/** The five charts of a run. Each says in one sentence what it shows. */
import { memo, useMemo } from "react";
import type { SimulationView } from "../sim/result.ts";
import { ChartFigure } from "../charts/ChartFigure.tsx";
import { paletteFor, type Theme } from "../charts/palette.ts";
import { RATING_BANDS_CAPTION, ratingBandsConfig } from "../charts/rating-bands.ts";
import { SCORE_VS_TRUTH_CAPTION, scoreVsTruthConfig } from "../charts/score-vs-truth.ts";
import { GAMING_CAPTION, gamingOverTimeConfig } from "../charts/gaming-over-time.ts";
import { MORALE_CAPTION, moraleBacklogConfig } from "../charts/morale-backlog.ts";
import { INDICATOR_BAND_CAPTION, INDICATOR_CAPTION, indicatorValuesConfig } from "../charts/indicator-values.ts";
import { num } from "../charts/format.ts";

// Memoised: the page re-renders on every keystroke, these only when their inputs change.
export const ChartsPanel = memo(function ChartsPanel({ view, theme }: { view: SimulationView; theme: Theme }) {
  const palette = paletteFor(theme);
  const configs = useMemo(
    () => ({
      bands: ratingBandsConfig(view, palette),
      scatter: scoreVsTruthConfig(view, palette),
      gaming: gamingOverTimeConfig(view, palette),
      morale: moraleBacklogConfig(view, palette),
      indicators: view.facts.indicators.map((f) => ({ facts: f, config: indicatorValuesConfig(view, f, palette) })),
    }),
    [view, palette],
  );
  return (
    <div className="charts">
      <ChartFigure id="rating-bands" title="Rating bands" caption={RATING_BANDS_CAPTION} config={configs.bands} generation={theme} />
      <ChartFigure id="score-vs-truth" title="Score against real value" caption={SCORE_VS_TRUTH_CAPTION} config={configs.scatter} generation={theme} height={260} />
      <ChartFigure id="gaming-over-time" title="Gaming, by kind, over periods" caption={GAMING_CAPTION} config={configs.gaming} generation={theme} />
      <ChartFigure id="morale-backlog" title="Morale and hard backlog" caption={MORALE_CAPTION} config={configs.morale} generation={theme} />
      {configs.indicators.map(({ facts, config }) => {
        const summary = view.indicators[facts.name];
        const bunching = summary?.bunching;
        return (
          <ChartFigure
            key={facts.name}
            id={`indicator-${facts.name}`}
            title={`${facts.label ?? facts.name}${bunching !== null && bunching !== undefined ? ` — bunching ×${num(bunching, 1)}` : ""}`}
            caption={view.perStaff.indicatorValues[facts.name] ? INDICATOR_CAPTION : INDICATOR_BAND_CAPTION}
            config={config}
            generation={`${theme}-${facts.name}`}
            height={180}
          />
        );
      })}
    </div>
  );
});
