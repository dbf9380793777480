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
import { tornadoCaption, TORNADO_ROWS, tornadoConfig, tornadoDigits, tornadoTable } from "../charts/tornado.ts";
import { paletteFor, type Theme } from "../charts/palette.ts";
import { figure, FIGURE_ORDER, formatFigureValue, type FigureKey } from "../figures/figures.ts";
import { useLang, useT } from "../i18n/lang.ts";
import { constantWords } from "@goodhart/dsl";

/** Staff and periods the analysis runs on: ~120 runs of this size take seconds on a laptop. */
const SENSITIVITY_STAFF = 200;
const SENSITIVITY_PERIODS = 12;

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
function sensitivityPopulation(p: Population): Population {
  return { ...p, staff: Math.min(p.staff, SENSITIVITY_STAFF), periods: Math.min(p.periods, SENSITIVITY_PERIODS) };
}

const MEANING = new Map<string, (typeof MODEL_CONSTANTS)[number]>(MODEL_CONSTANTS.map((c) => [c.name, c]));

export function SensitivityPanel({ text, population, theme, schemeName, hasErrors }: Props) {
  const lang = useLang();
  const tr = useT();
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
  const config = useMemo(
    () => (result ? tornadoConfig(result.report, result.figure, palette, colours, lang) : null),
    [result, palette, colours.low, colours.high, lang],
  );
  const table = useMemo(() => (result ? tornadoTable(result.report, result.figure, lang) : null), [result, lang]);
  const stale =
    result !== null && (result.text !== text || result.figure !== chosen || JSON.stringify(result.population) !== JSON.stringify(small));
  const top = result?.report.constants.filter((r) => r.swing !== null).slice(0, 3) ?? [];
  const f = result ? figure(result.figure, lang) : null;
  const fmt = (v: number | null) => (result ? formatFigureValue(result.figure, v, tornadoDigits(result.report, result.figure)) : "");
  const shown = Math.min(TORNADO_ROWS, result?.report.constants.filter((r) => r.swing !== null).length ?? 0);

  return (
    <section className="sensitivity" aria-label={tr("ui.sens.title")} data-testid="sensitivity">
      <h2>{tr("ui.sens.title")}</h2>
      <p className="hint">
        {tr("ui.sens.hint", {
          constants: MODEL_CONSTANTS.length,
          staff: small.staff.toLocaleString(lang),
          periods: small.periods,
          seed: String(small.seed),
        })}
      </p>
      <div className="row">
        <label>
          {tr("ui.sens.figure")}{" "}
          <select aria-label={tr("ui.sens.figureLabel")} value={chosen} onChange={(e) => setChosen(e.currentTarget.value as FigureKey)}>
            {FIGURE_ORDER.map((k) => (
              <option key={k} value={k}>
                {figure(k, lang).label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={run} disabled={status.kind === "running" || hasErrors}>
          {tr("ui.sens.run")}
        </button>
        <button type="button" onClick={cancel} disabled={status.kind !== "running"}>
          {tr("ui.sens.cancel")}
        </button>
        {status.kind === "running" ? <progress max={1} value={status.fraction} aria-label={tr("ui.sens.progress")} /> : null}
        <span role="status" className="status" data-testid="sensitivity-status">
          {hasErrors
            ? tr("ui.sens.fixErrors")
            : status.kind === "running"
              ? tr("ui.sens.running", { percent: Math.round(status.fraction * 100) })
              : status.kind === "done" && result
                ? tr("ui.sens.done", {
                    runs: result.report.constants.length * 2 + 1,
                    seconds: (status.ms / 1000).toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
                  })
                : status.kind === "error"
                  ? status.message
                  : ""}
        </span>
      </div>
      {result && config && table && f ? (
        <div className={stale ? "stale" : undefined} data-testid="sensitivity-result" data-stale={stale ? "true" : "false"}>
          {stale ? (
            <p className="stale-note" role="status">
              {tr("ui.sens.stale")}
            </p>
          ) : null}
          <p data-testid="sensitivity-summary">
            {tr("ui.sens.base", { figure: f.label.toLowerCase() })} <strong>{fmt(result.report.base)}</strong>.{" "}
            {top.length > 0 ? (
              <>
                {tr("ui.sens.movesMost")}{" "}
                {top.map((r, i) => (
                  <span key={r.name}>
                    {i > 0 ? (i === top.length - 1 ? tr("ui.sens.and") : ", ") : ""}
                    <code>{r.name}</code>{" "}
                    {tr("ui.sens.ends", { atLow: fmt(r.figureAtLow), low: r.low, atHigh: fmt(r.figureAtHigh), high: r.high })}
                  </span>
                ))}
                .
              </>
            ) : (
              tr("ui.sens.undefined")
            )}
          </p>
          <ChartFigure
            id="sensitivity-tornado"
            title={tr("ui.sens.chartTitle", { figure: lang === "en" ? f.label.toLowerCase() : f.label, count: shown })}
            caption={tornadoCaption(lang)}
            config={config}
            generation={`${theme}-${result.figure}-${shown}`}
            height={Math.max(220, 26 * shown + 80)}
            schemeName={schemeName}
            table={table}
          />
          <details className="constants-meaning">
            <summary>{tr("ui.sens.meaning")}</summary>
            <dl>
              {result.report.constants.slice(0, shown).map((r) => {
                const known = MEANING.get(r.name);
                const c = known ? constantWords(lang, known) : undefined;
                return (
                  <div key={r.name}>
                    <dt>
                      <code>{r.name}</code>{" "}
                      {tr("ui.sens.constant", {
                        default: r.default,
                        unit: c?.unit ?? "",
                        low: r.low,
                        high: r.high,
                        source: c?.source ?? tr("ui.sens.assumed"),
                      })}
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
