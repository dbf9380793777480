/**
 * Sensitivity: which of the model's assumptions a figure rests on, for the scheme being
 * edited. One-at-a-time (the simulator's `oneAtATime`): each model constant moved to the low
 * and the high end of its plausible range, on a small population so the whole run takes
 * seconds, in its own worker with progress and cancellation, drawn as a tornado chart.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { MODEL_CONSTANTS, type SensitivityReport } from "@goodhart/simulator";
import type { Population } from "../sim/population.ts";
import { SimulationClient } from "../sim/simulation-client.ts";
import { ChartFigure } from "../charts/ChartFigure.tsx";
import { TORNADO_CAPTION, TORNADO_ROWS, tornadoConfig, tornadoDigits, tornadoTable } from "../charts/tornado.ts";
import { paletteFor, type Theme } from "../charts/palette.ts";
import { figure, FIGURE_ORDER, formatFigureValue, type FigureKey } from "../figures/figures.ts";
import { useLang } from "../i18n/lang.ts";

/** Staff and periods the analysis runs on: ~120 runs of this size take seconds on a laptop. */
export const SENSITIVITY_STAFF = 200;
export const SENSITIVITY_PERIODS = 12;

interface Props {
  text: string;
  population: Population;
  theme: Theme;
  schemeName: string;
  /** Whether the scheme has errors (then there is nothing to analyse). */
  hasErrors: boolean;
}

type Status = { kind: "idle" } | { kind: "running"; fraction: number } | { kind: "done"; ms: number } | { kind: "error"; message: string };

/** The population the analysis uses: the user's, made small enough to answer in seconds. */
export function sensitivityPopulation(p: Population): Population {
  return { ...p, staff: Math.min(p.staff, SENSITIVITY_STAFF), periods: Math.min(p.periods, SENSITIVITY_PERIODS) };
}

const MEANING = new Map<string, (typeof MODEL_CONSTANTS)[number]>(MODEL_CONSTANTS.map((c) => [c.name, c]));

export function SensitivityPanel({ text, population, theme, schemeName, hasErrors }: Props) {
  const lang = useLang();
  const [chosen, setChosen] = useState<FigureKey>("falsifiedShare");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [result, setResult] = useState<{ report: SensitivityReport; figure: FigureKey; text: string; population: Population } | null>(null);
  const asked = useRef<{ figure: FigureKey; text: string; population: Population } | null>(null);
  const clientRef = useRef<SimulationClient | null>(null);
  const client = () =>
    (clientRef.current ??= new SimulationClient((event) => {
      if (event.type === "progress") setStatus({ kind: "running", fraction: event.fraction });
      else if (event.type === "sensitivity" && asked.current) {
        setResult({ report: event.report, ...asked.current });
        setStatus({ kind: "done", ms: event.ms });
      } else if (event.type === "error") setStatus({ kind: "error", message: event.message });
      else if (event.type === "cancelled") setStatus({ kind: "idle" });
    }));
  useEffect(() => () => clientRef.current?.dispose(), []);

  const small = sensitivityPopulation(population);
  const run = () => {
    asked.current = { figure: chosen, text, population: small };
    setStatus({ kind: "running", fraction: 0 });
    client().sensitivity(text, small, chosen);
  };
  const cancel = () => {
    clientRef.current?.cancel();
    setStatus({ kind: "idle" });
  };
  const palette = paletteFor(theme);
  const colours = { low: palette.series[0]!, high: palette.series[1]! };
  const config = useMemo(() => (result ? tornadoConfig(result.report, result.figure, palette, colours, lang) : null), [result, palette, colours.low, colours.high, lang]);
  const table = useMemo(() => (result ? tornadoTable(result.report, result.figure, lang) : null), [result, lang]);
  const stale = result !== null && (result.text !== text || result.figure !== chosen || JSON.stringify(result.population) !== JSON.stringify(small));
  const top = result?.report.constants.filter((r) => r.swing !== null).slice(0, 3) ?? [];
  const f = result ? figure(result.figure, lang) : null;
  const fmt = (v: number | null) => (result ? formatFigureValue(result.figure, v, tornadoDigits(result.report, result.figure)) : "");
  const shown = Math.min(TORNADO_ROWS, result?.report.constants.filter((r) => r.swing !== null).length ?? 0);

  return (
    <section className="sensitivity" aria-label="Sensitivity" data-testid="sensitivity">
      <h2>Sensitivity</h2>
      <p className="hint">
        Which of the model's assumptions does a figure rest on? Each of the model's {MODEL_CONSTANTS.length} constants is moved to the low and then the high end of its plausible range, one at a time, on{" "}
        {small.staff.toLocaleString("en")} staff × {small.periods} periods with seed {small.seed} (a small copy of the population, so it takes seconds), and ranked by how far the figure swings.
      </p>
      <div className="row">
        <label>
          Figure{" "}
          <select aria-label="Figure to analyse" value={chosen} onChange={(e) => setChosen(e.currentTarget.value as FigureKey)}>
            {FIGURE_ORDER.map((k) => (
              <option key={k} value={k}>
                {figure(k, lang).label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={run} disabled={status.kind === "running" || hasErrors}>
          Run sensitivity
        </button>
        <button type="button" onClick={cancel} disabled={status.kind !== "running"}>
          Cancel
        </button>
        {status.kind === "running" ? <progress max={1} value={status.fraction} aria-label="Sensitivity progress" /> : null}
        <span role="status" className="status" data-testid="sensitivity-status">
          {hasErrors
            ? "Fix the scheme's errors to analyse it."
            : status.kind === "running"
              ? `Running ${Math.round(status.fraction * 100)}%…`
              : status.kind === "done" && result
                ? `Done: ${result.report.constants.length * 2 + 1} runs in ${(status.ms / 1000).toFixed(1)} s`
                : status.kind === "error"
                  ? status.message
                  : ""}
        </span>
      </div>
      {result && config && table && f ? (
        <div className={stale ? "stale" : undefined} data-testid="sensitivity-result" data-stale={stale ? "true" : "false"}>
          {stale ? (
            <p className="stale-note" role="status">
              Out of date: computed for an earlier text, figure or population. Run it again to update.
            </p>
          ) : null}
          <p data-testid="sensitivity-summary">
            With every constant at its default, {f.label.toLowerCase()} is <strong>{fmt(result.report.base)}</strong>.{" "}
            {top.length > 0 ? (
              <>
                It moves most with{" "}
                {top.map((r, i) => (
                  <span key={r.name}>
                    {i > 0 ? (i === top.length - 1 ? " and " : ", ") : ""}
                    <code>{r.name}</code> ({fmt(r.figureAtLow)} at {r.low}, {fmt(r.figureAtHigh)} at {r.high})
                  </span>
                ))}
                .
              </>
            ) : (
              "It is undefined on this scheme, so nothing can be ranked."
            )}
          </p>
          <ChartFigure
            id="sensitivity-tornado"
            title={`What ${f.label.toLowerCase()} rests on: the ${shown} constants it swings most with`}
            caption={TORNADO_CAPTION}
            config={config}
            generation={`${theme}-${result.figure}-${shown}`}
            height={Math.max(220, 26 * shown + 80)}
            schemeName={schemeName}
            table={table}
          />
          <details className="constants-meaning">
            <summary>What these constants mean</summary>
            <dl>
              {result.report.constants.slice(0, shown).map((r) => {
                const c = MEANING.get(r.name);
                return (
                  <div key={r.name}>
                    <dt>
                      <code>{r.name}</code> — default {r.default} {c?.unit ?? ""}, plausible {r.low} to {r.high} ({c?.source ?? "assumed"})
                    </dt>
                    <dd>{c?.meaning ?? ""}</dd>
                  </div>
                );
              })}
            </dl>
          </details>
        </div>
      ) : null}
    </section>
  );
}
