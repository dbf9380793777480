/**
 * One lesson in front of a room: full screen, large type, one step at a time (→ / Space next,
 * ← back, Esc leaves), the chart that matters drawn from live runs, and a control for the
 * lesson's key value so the trainer can answer "what if" on the spot.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { paletteFor, type Theme } from "../charts/palette.ts";
import { ChartFigure } from "../charts/ChartFigure.tsx";
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
  const verdict = evidence ? checkClaim(lesson.claim, evidence) : null;

  const sweepChart = lesson.sweep
    ? figureAlongSweepConfig(along, runs.live ? { value: runs.live.value, figure: liveFigure } : null, { label: lesson.sweep.label, percent: control.percent }, watch, palette)
    : null;
  const spot = (what: string) => (current.show === what ? " spotlight" : "");
  const refocus = () => rootRef.current?.focus();

  return (
    <div className="lesson" role="dialog" aria-modal="true" aria-labelledby="lesson-title" data-testid="lesson" data-lesson={lesson.id} tabIndex={-1} ref={rootRef}>
      <header className="lesson-head">
        <div>
          <p className="lesson-kicker">{lesson.source.cite}</p>
          <h1 id="lesson-title">{lesson.title}</h1>
        </div>
        <div className="lesson-actions">
          <button type="button" onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}>Full screen</button>
          <button type="button" onClick={onList}>All lessons</button>
          <button type="button" onClick={onClose} aria-label="Leave the lesson (Esc)">✕</button>
        </div>
      </header>

      <div className="lesson-body">
        <section className="lesson-story" data-testid="lesson-step" data-step={step} aria-live="polite">
          <p className="lesson-count">
            Step {step + 1} of {steps.length}
          </p>
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

        <section className="lesson-stage" aria-label="The numbers, computed live">
          <div className={`lesson-charts${spot("chart")}${lesson.pair || lesson.chart !== "sweep" ? " pair" : ""}`}>
            {lesson.pair ? (
              <>
                {runs.before ? <FocusChart chart={lesson.chart} view={runs.before} palette={palette} theme={theme} id="lesson-before" title={`Before: ${lesson.pair.before.label}`} height={chartHeight} watch={watch} /> : <p className="lesson-note">Simulating…</p>}
                {runs.live ? <FocusChart chart={lesson.chart} view={runs.live.view} palette={palette} theme={theme} id="lesson-after" title={`After: ${lesson.pair.after.label}`} height={chartHeight} watch={watch} /> : <p className="lesson-note">Simulating…</p>}
              </>
            ) : (
              <>
                {sweepChart ? <ChartFigure id="lesson-sweep" title={`${figureLabel(watch)} as ${lesson.sweep!.label} varies`} caption={`Each point is one simulated run (${runs.sweep.length} of ${runs.sweepTotal}); the diamond is the value chosen below.`} config={sweepChart} generation={`${theme}-${lesson.id}`} height={chartHeight} /> : null}
                {lesson.chart !== "sweep" && runs.live ? <FocusChart chart={lesson.chart} view={runs.live.view} palette={palette} theme={theme} id="lesson-focus" title={`At ${formatValue(control, runs.live.value)}`} height={chartHeight} watch={watch} /> : null}
              </>
            )}
          </div>

          <p className={`lesson-figure${spot("figure")}`} data-testid="lesson-figure" data-value={liveFigure ?? ""} data-before={beforeFigure ?? ""} role="status">
            <span>{figureLabel(watch)}</span>{" "}
            {lesson.pair ? (
              <strong>
                {formatFigure(watch, beforeFigure)} before → {formatFigure(watch, liveFigure)} after
              </strong>
            ) : (
              <strong>{formatFigure(watch, liveFigure)}</strong>
            )}
            {runs.running ? <em className="lesson-running"> computing…</em> : null}
          </p>

          <div className={`lesson-control${spot("control")}`}>
            <label htmlFor="lesson-control">What if: {control.label}</label>
            <div className="row">
              <button type="button" aria-label={`Lower ${control.label}`} onClick={() => setValue((v) => snap(control, v - control.step))}>−</button>
              <input id="lesson-control" data-testid="lesson-control" type="range" min={control.min} max={control.max} step="any" value={value} onChange={(e) => setValue(snap(control, e.currentTarget.valueAsNumber))} />
              <button type="button" aria-label={`Raise ${control.label}`} onClick={() => setValue((v) => snap(control, v + control.step))}>+</button>
              <output htmlFor="lesson-control" data-testid="lesson-control-value">{formatValue(control, value)}</output>
            </div>
          </div>

          <p className={`lesson-claim${spot("claim")}`} data-testid="lesson-claim" data-holds={verdict ? String(verdict.holds) : ""}>
            <span>Claim: {describeClaim(lesson.claim, lesson.sweep?.label ?? "the change")}</span>{" "}
            {verdict ? <strong>{verdict.holds ? "✓ holds in these runs" : "✗ does not hold with these settings"} ({verdict.detail})</strong> : <em>checking…</em>}
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
          ← Back
        </button>
        <ol className="lesson-dots" aria-label="Steps">
          {steps.map((s, i) => (
            <li key={s.title} aria-current={i === step ? "step" : undefined}>
              <button type="button" aria-label={`Step ${i + 1}: ${s.title}`} onClick={() => (setStep(i), refocus())} />
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => (go(1), refocus())} disabled={step === steps.length - 1}>
          Next →
        </button>
      </footer>
    </div>
  );
}
