/**
 * One lesson in front of a room: full screen, large type, one step at a time (→ / Space next,
 * ← back, Esc leaves), the chart that matters drawn from live runs, and a control for the
 * lesson's key value so the trainer can answer "what if" on the spot.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { paletteFor, type Theme } from "../charts/palette.ts";
import { ChartFigure } from "../charts/ChartFigure.tsx";
import { useLang, useT } from "../i18n/lang.ts";
import { num, pct } from "../charts/format.ts";
import { resolveScheme } from "./catalogue.ts";
import { checkClaim, describeClaim, type Evidence } from "./claim.ts";
import { figureAlongSweepConfig } from "./figure-along-sweep.ts";
import { FocusChart } from "./FocusChart.tsx";
import { figureLabel, figureOf, formatFigure } from "./metric.ts";
import { controlOf, type Control } from "./scenario.ts";
import type { Lesson } from "./schema.ts";
import { sweepFigures, useLessonRuns } from "./use-lesson-runs.ts";

interface Props {
  lesson: Lesson;
  theme: Theme;
  onClose(): void;
  onList(): void;
}

/** Keeps slider values to what a literal would sensibly hold (whole per cents, whole counts). */
function snap(control: Control, v: number): number {
  const unit = control.percent ? 0.01 : control.max - control.min > 10 ? 1 : 0.1;
  const clamped = Math.min(control.max, Math.max(control.min, v));
  return Number((Math.round(clamped / unit) * unit).toFixed(10));
}

const formatValue = (control: Control, v: number) => (control.percent ? pct(v, 0) : num(v, Number.isInteger(v) ? 0 : 1));

function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

/** Chart height that leaves room for the figure, control, claim and step buttons on screen. */
function useChartHeight(pair: boolean): number {
  const [h, setH] = useState(() => window.innerHeight);
  useEffect(() => {
    const on = () => setH(window.innerHeight);
    window.addEventListener("resize", on);
    return () => window.removeEventListener("resize", on);
  }, []);
  const room = h - (h <= 820 ? 400 : 480);
  return Math.max(160, Math.min(pair ? 340 : 420, room));
}

export function Presentation({ lesson, theme, onClose, onList }: Props) {
  const lang = useLang();
  const tr = useT();
  const control = useMemo(() => controlOf(lesson, resolveScheme), [lesson]);
  const [step, setStep] = useState(0);
  const [value, setValue] = useState(control.initial);
  const runs = useLessonRuns(lesson, value);
  const palette = paletteFor(theme);
  const chartHeight = useChartHeight(lesson.pair !== undefined || lesson.chart !== "sweep");
  const rootRef = useRef<HTMLDivElement>(null);
  const steps = lesson.steps;
  const current = steps[step]!;

  const go = useCallback((delta: number) => setStep((s) => Math.min(steps.length - 1, Math.max(0, s + delta))), [steps.length]);

  // Capture phase: the editor underneath must not take the room's arrow keys.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.preventDefault();
        onClose();
      } else if (isTextEntry(e.target)) return;
      else if (e.key === "ArrowRight" || e.key === "PageDown" || e.key === " ") {
        e.preventDefault();
        go(1);
      } else if (e.key === "ArrowLeft" || e.key === "PageUp") {
        e.preventDefault();
        go(-1);
      }
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [go, onClose]);
  useEffect(() => rootRef.current?.focus(), [lesson.id]);

  const watch = lesson.sweep?.watch ?? lesson.pair!.watch;
  const liveFigure = runs.live ? figureOf(runs.live.view, watch) : null;
  const beforeFigure = runs.before ? figureOf(runs.before, watch) : null;
  const along = sweepFigures(runs.sweep, watch);

  const evidence: Evidence | null = lesson.sweep
    ? runs.sweep.length === runs.sweepTotal && runs.sweepTotal > 0
      ? { kind: "sweep", points: sweepFigures(runs.sweep, lesson.claim.metric) }
      : null
    : runs.live && runs.before
      ? { kind: "pair", before: figureOf(runs.before, lesson.claim.metric), after: figureOf(runs.live.view, lesson.claim.metric) }
      : null;
  const verdict = evidence ? checkClaim(lesson.claim, evidence, lang) : null;

  const sweepChart = lesson.sweep
    ? figureAlongSweepConfig(
        along,
        runs.live ? { value: runs.live.value, figure: liveFigure } : null,
        { label: lesson.sweep.label, percent: control.percent },
        watch,
        palette,
        lang,
      )
    : null;
  const spot = (what: string) => (current.show === what ? " spotlight" : "");
  const refocus = () => rootRef.current?.focus();

  return (
    <div
      className="lesson"
      role="dialog"
      aria-modal="true"
      aria-labelledby="lesson-title"
      data-testid="lesson"
      data-lesson={lesson.id}
      tabIndex={-1}
      ref={rootRef}
    >
      <header className="lesson-head">
        <div>
          <p className="lesson-kicker">{lesson.source.cite}</p>
          <h1 id="lesson-title">{lesson.title}</h1>
        </div>
        <div className="lesson-actions">
          <button type="button" onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}>
            {tr("ui.lesson.fullScreen")}
          </button>
          <button type="button" onClick={onList}>
            {tr("ui.lesson.all")}
          </button>
          <button type="button" onClick={onClose} aria-label={tr("ui.lesson.leave")}>
            ✕
          </button>
        </div>
      </header>

      <div className="lesson-body">
        <section className="lesson-story" data-testid="lesson-step" data-step={step} aria-live="polite">
          <p className="lesson-count">{tr("ui.lesson.count", { n: step + 1, total: steps.length })}</p>
          <h2>{current.title}</h2>
          <p className="lesson-text">{current.text}</p>
          {step === steps.length - 1 ? (
            <blockquote className="lesson-source">
              <p>{lesson.takeaway}</p>
              <footer>
                {lesson.source.fact} — <cite>{lesson.source.cite}</cite>
              </footer>
            </blockquote>
          ) : null}
        </section>

        <section className="lesson-stage" aria-label={tr("ui.lesson.stage")}>
          <div className={`lesson-charts${spot("chart")}${lesson.pair || lesson.chart !== "sweep" ? " pair" : ""}`}>
            {lesson.pair ? (
              <>
                {runs.before ? (
                  <FocusChart
                    chart={lesson.chart}
                    view={runs.before}
                    palette={palette}
                    theme={theme}
                    id="lesson-before"
                    title={tr("ui.lesson.before", { label: lesson.pair.before.label })}
                    height={chartHeight}
                    watch={watch}
                  />
                ) : (
                  <p className="lesson-note">{tr("ui.lesson.simulating")}</p>
                )}
                {runs.live ? (
                  <FocusChart
                    chart={lesson.chart}
                    view={runs.live.view}
                    palette={palette}
                    theme={theme}
                    id="lesson-after"
                    title={tr("ui.lesson.after", { label: lesson.pair.after.label })}
                    height={chartHeight}
                    watch={watch}
                  />
                ) : (
                  <p className="lesson-note">{tr("ui.lesson.simulating")}</p>
                )}
              </>
            ) : (
              <>
                {sweepChart ? (
                  <ChartFigure
                    id="lesson-sweep"
                    title={tr("ui.lesson.sweepTitle", { figure: figureLabel(watch, lang), along: lesson.sweep!.label })}
                    caption={tr("ui.lesson.sweepCaption", { done: runs.sweep.length, total: runs.sweepTotal })}
                    config={sweepChart}
                    generation={`${theme}-${lesson.id}`}
                    height={chartHeight}
                  />
                ) : null}
                {lesson.chart !== "sweep" && runs.live ? (
                  <FocusChart
                    chart={lesson.chart}
                    view={runs.live.view}
                    palette={palette}
                    theme={theme}
                    id="lesson-focus"
                    title={tr("ui.lesson.at", { value: formatValue(control, runs.live.value) })}
                    height={chartHeight}
                    watch={watch}
                  />
                ) : null}
              </>
            )}
          </div>

          <p
            className={`lesson-figure${spot("figure")}`}
            data-testid="lesson-figure"
            data-value={liveFigure ?? ""}
            data-before={beforeFigure ?? ""}
            role="status"
          >
            <span>{figureLabel(watch, lang)}</span>{" "}
            {lesson.pair ? (
              <strong>
                {tr("ui.lesson.beforeAfter", { before: formatFigure(watch, beforeFigure), after: formatFigure(watch, liveFigure) })}
              </strong>
            ) : (
              <strong>{formatFigure(watch, liveFigure)}</strong>
            )}
            {runs.running ? <em className="lesson-running">{tr("ui.lesson.computing")}</em> : null}
          </p>

          <div className={`lesson-control${spot("control")}`}>
            <label htmlFor="lesson-control">{tr("ui.lesson.whatIf", { label: control.label })}</label>
            <div className="row">
              <button
                type="button"
                aria-label={tr("ui.lesson.lower", { label: control.label })}
                onClick={() => setValue((v) => snap(control, v - control.step))}
              >
                −
              </button>
              <input
                id="lesson-control"
                data-testid="lesson-control"
                type="range"
                min={control.min}
                max={control.max}
                step="any"
                value={value}
                onChange={(e) => setValue(snap(control, e.currentTarget.valueAsNumber))}
              />
              <button
                type="button"
                aria-label={tr("ui.lesson.raise", { label: control.label })}
                onClick={() => setValue((v) => snap(control, v + control.step))}
              >
                +
              </button>
              <output htmlFor="lesson-control" data-testid="lesson-control-value">
                {formatValue(control, value)}
              </output>
            </div>
          </div>

          <p className={`lesson-claim${spot("claim")}`} data-testid="lesson-claim" data-holds={verdict ? String(verdict.holds) : ""}>
            <span>
              {tr("ui.lesson.claim", { claim: describeClaim(lesson.claim, lesson.sweep?.label ?? tr("lesson.claim.theChange"), lang) })}
            </span>{" "}
            {verdict ? (
              <strong>
                {verdict.holds ? tr("ui.lesson.holds") : tr("ui.lesson.fails")} ({verdict.detail})
              </strong>
            ) : (
              <em>{tr("ui.lesson.checking")}</em>
            )}
          </p>
          {runs.error ? (
            <p className="lesson-note" role="alert">
              {runs.error}
            </p>
          ) : null}
        </section>
      </div>

      <footer className="lesson-foot">
        <button type="button" onClick={() => (go(-1), refocus())} disabled={step === 0}>
          {tr("ui.lesson.back")}
        </button>
        <ol className="lesson-dots" aria-label={tr("ui.lesson.steps")}>
          {steps.map((s, i) => (
            <li key={s.title} aria-current={i === step ? "step" : undefined}>
              <button
                type="button"
                aria-label={tr("ui.lesson.stepLabel", { n: i + 1, title: s.title })}
                onClick={() => (setStep(i), refocus())}
              />
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => (go(1), refocus())} disabled={step === steps.length - 1}>
          {tr("ui.lesson.next")}
        </button>
      </footer>
    </div>
  );
}
