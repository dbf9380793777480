/**
 * The run's headline figures, each in plain words with its unit and one sentence on its
 * meaning. Once a few replicates (the same scheme on further seeds) are in, each card shows
 * their mean with "±" the half-width of its 95% interval, and only the digits that supports.
 */
import { memo, useEffect, useRef } from "react";
import { intervalAt, type Intervals } from "@goodhart/simulator";
import type { SimulationView, Summary } from "../sim/result.ts";
import { figure, FIGURE_ORDER, type FigureKey } from "../figures/figures.ts";
import { useLang, useT } from "../i18n/lang.ts";
import { FEW_REPLICATES, figureText } from "../uncertainty/interval-text.ts";

/** The replicates so far: their mean summary and each figure's 95% interval. */
export interface Spread {
  done: number;
  total: number;
  summary: Summary;
  intervals: Intervals;
}

// Memoised: the page re-renders on every keystroke, these only when their inputs change.
export const Headlines = memo(function Headlines({
  view,
  spread,
  highlight,
}: {
  view: SimulationView;
  spread?: Spread | null;
  highlight?: { key: FigureKey; why: string } | null;
}) {
  const lang = useLang();
  const tr = useT();
  const shown = spread && spread.done >= FEW_REPLICATES ? spread : null;
  const highlighted = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (highlight) highlighted.current?.scrollIntoView({ block: "nearest" });
  }, [highlight]);
  return (
    <>
      <dl className="headlines" aria-label="Headline figures" data-testid="headlines" data-replicates={shown?.done ?? 1}>
        {FIGURE_ORDER.map((key) => {
          const f = figure(key, lang);
          const interval = shown ? intervalAt(shown.intervals, key) : null;
          const t = figureText(key, shown ? shown.summary[key] : view.summary[key], interval);
          return (
            <div
              key={key}
              ref={highlight?.key === key ? highlighted : undefined}
              className={`headline${highlight?.key === key ? " highlighted" : ""}`}
              data-figure={key}
              data-highlighted={highlight?.key === key ? "true" : undefined}
              title={highlight?.key === key ? highlight.why : undefined}
            >
              <dt>
                {f.label}
                {highlight?.key === key ? <span className="watch">{tr("ui.showMe.watch")}</span> : null}
              </dt>
              <dd>
                <strong>
                  <span className="value">{t.value}</span>
                  {t.plusMinus ? (
                    <span
                      className="plus-minus"
                      title={tr("ui.seeds.interval", { seeds: shown!.done, share: f.format === "share" ? "yes" : "no" })}
                    >
                      {" "}
                      {t.plusMinus}
                    </span>
                  ) : null}
                  {f.showUnit ? <small> {f.unit}</small> : null}
                </strong>{" "}
                <span>{f.meaning}</span>
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="hint replicates-note" data-testid="replicates-note">
        {spread && spread.done < spread.total
          ? tr("ui.seeds.running", { done: spread.done, total: spread.total })
          : shown
            ? tr("ui.seeds.note", { seeds: shown.done, next: shown.done - 1 })
            : null}
      </p>
    </>
  );
});
