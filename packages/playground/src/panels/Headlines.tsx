/** The run's headline figures, each in plain words with its unit and one sentence on its meaning. */
import { memo } from "react";
import type { SimulationView } from "../sim/result.ts";
import { figure, FIGURE_ORDER, formatFigureValue } from "../figures/figures.ts";
import { useLang } from "../i18n/lang.ts";

// Memoised: the page re-renders on every keystroke, these only when their inputs change.
export const Headlines = memo(function Headlines({ view }: { view: SimulationView }) {
  const lang = useLang();
  return (
    <dl className="headlines" aria-label="Headline figures" data-testid="headlines">
      {FIGURE_ORDER.map((key) => {
        const f = figure(key, lang);
        return (
          <div key={key} className="headline" data-figure={key}>
            <dt>{f.label}</dt>
            <dd>
              <strong>
                {formatFigureValue(key, view.summary[key])}
                {f.showUnit ? <small> {f.unit}</small> : null}
              </strong>{" "}
              <span>{f.meaning}</span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
});
