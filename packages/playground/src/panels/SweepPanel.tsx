/**
 * Sweep: vary one number of the scheme over a range and watch the headline figures, one small
 * chart each. It runs in its own worker so the live simulation keeps answering meanwhile.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { LsNumberAt, SchemeFacts } from "../language/protocol.ts";
import type { Population } from "../sim/population.ts";
import type { SweepPoint } from "../sim/result.ts";
import { SimulationClient } from "../sim/simulation-client.ts";
import { literalText } from "../sim/literal-text.ts";
import { ChartFigure } from "../charts/ChartFigure.tsx";
import { sweepCaption, sweepFigureConfig, sweepTable, sweepValueText } from "../charts/sweep-chart.ts";
import { paletteFor, type Theme } from "../charts/palette.ts";
import { sweepCsv } from "../export/results.ts";
import { downloadText } from "../export/download.ts";
import { figure, SWEEP_FIGURES } from "../figures/figures.ts";
import { useLang, useT } from "../i18n/lang.ts";
import { t, type Lang, type MessageKey } from "@goodhart/dsl";
import { defaultRange, gridValues, rangeProblem, type SweepRange } from "../sweep/sweep-range.ts";

interface Props {
  literal: LsNumberAt | null;
  /** The scheme text the literal was picked from (offsets refer to it). */
  text: string;
  facts: SchemeFacts | null;
  population: Population;
  theme: Theme;
  schemeName: string;
  onPickFromCursor(): void;
}

/** Seeds per value in all: the first pass draws the curve, the others the band around it. */
const SWEEP_REPLICATES = 5;

type Status =
  | { kind: "idle" }
  | { kind: "running"; done: number; total: number }
  | { kind: "done"; ms: number }
  | { kind: "error"; message: string };

/** The properties a sweep names in words (`ui.sweep.prop.KEY`); others by their keyword. */
const PROPERTY_WORDS = new Set(["target", "floor", "weight", "audit", "min", "reward", "cap", "penalty", "ratchet", "quota"]);

/** "Target of “Dossiers on time”" — the scheme's own label where it has one. */
export function humanLabel(literal: LsNumberAt, facts: SchemeFacts | null, lang: Lang = "en"): string {
  if (!literal.path) return t(lang, "ui.sweep.number", { text: literal.text, line: String(literal.range.start.line) });
  const [decl = "", prop = ""] = literal.path.split(".");
  const name = facts?.labels?.[decl] ?? facts?.indicators.find((i) => i.name === decl)?.label ?? decl;
  return t(lang, "ui.sweep.propertyOf", {
    property: PROPERTY_WORDS.has(prop) ? t(lang, `ui.sweep.prop.${prop}` as MessageKey) : prop,
    name,
  });
}

export function SweepPanel({ literal, text, facts, population, theme, schemeName, onPickFromCursor }: Props) {
  const lang = useLang();
  const tr = useT();
  const [range, setRange] = useState<SweepRange | null>(null);
  const [points, setPoints] = useState<SweepPoint[]>([]);
  const [skipped, setSkipped] = useState<{ value: number; message: string }[]>([]);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const clientRef = useRef<SimulationClient | null>(null);

  // The sweep's worker is started on the first sweep, not with the page.
  const client = () => {
    clientRef.current ??= new SimulationClient((event) => {
      if (event.type === "sweepPoint") {
        // A later pass answers a value again, with more seeds: it replaces that value's point.
        const point: SweepPoint = {
          value: event.value,
          summary: event.summary,
          replicates: event.replicates,
          ...(event.intervals ? { intervals: event.intervals } : {}),
        };
        setPoints((prev) => [...prev.filter((p) => p.value !== event.value), point].sort((a, b) => a.value - b.value));
        setStatus((s) => (s.kind === "running" ? { ...s, done: s.done + 1 } : s));
      } else if (event.type === "sweepSkipped") {
        setSkipped((prev) => [...prev, { value: event.value, message: event.message }]);
        setStatus((s) => (s.kind === "running" ? { ...s, done: s.done + 1 } : s));
      } else if (event.type === "sweepDone") setStatus({ kind: "done", ms: event.ms });
      else if (event.type === "error") setStatus({ kind: "error", message: event.message });
      else if (event.type === "cancelled") setStatus({ kind: "idle" });
    });
    return clientRef.current;
  };
  useEffect(() => () => clientRef.current?.dispose(), []);

  const indicators = facts?.indicators;
  useEffect(() => {
    if (!literal) return;
    setRange(defaultRange({ value: literal.value, percent: literal.percent, path: literal.path }, indicators ?? []));
    setPoints([]);
    setSkipped([]);
    setStatus({ kind: "idle" });
    // Only a new pick resets the range; new facts from an edit must not undo the user's range.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [literal]);

  const percent = literal?.percent ?? false;
  const scale = percent ? 100 : 1;
  const values = useMemo(() => (range ? gridValues(range.from, range.to, range.step) : []), [range]);
  const problem = range ? rangeProblem(range, percent, lang) : null;
  const fmtX = sweepValueText(percent);

  const run = () => {
    if (!literal || problem) return;
    setPoints([]);
    setSkipped([]);
    setStatus({ kind: "running", done: 0, total: values.length * SWEEP_REPLICATES });
    client().sweep(text, population, {
      start: literal.range.start.offset,
      end: literal.range.end.offset,
      percent: literal.percent,
      values,
      replicates: SWEEP_REPLICATES,
    });
  };
  const cancel = () => {
    clientRef.current?.cancel();
    setStatus({ kind: "idle" });
  };
  const label = literal ? humanLabel(literal, facts, lang) : "";
  const axis = useMemo(() => ({ percent, label, now: literal?.value ?? 0 }), [percent, label, literal]);
  const saveCsv = () => {
    downloadText(sweepCsv(points, SWEEP_FIGURES), "sweep.csv", "text/csv");
  };
  const palette = paletteFor(theme);
  const charts = useMemo(
    () =>
      SWEEP_FIGURES.map((key, i) => ({
        key,
        config: sweepFigureConfig(points, key, axis, palette.series[i % palette.series.length]!, palette, lang),
      })),
    [points, axis, palette, lang],
  );
  const table = useMemo(() => sweepTable(points, SWEEP_FIGURES, axis, lang), [points, axis, lang]);

  const input = (key: "from" | "to" | "step", aria: string) => (
    <input
      aria-label={aria}
      type="number"
      step="any"
      value={range ? Number((range[key] * scale).toFixed(6)) : ""}
      onChange={(e) => {
        const n = e.currentTarget.valueAsNumber;
        setRange((r) => (r ? { ...r, [key]: Number.isFinite(n) ? n / scale : Number.NaN } : r));
      }}
    />
  );

  return (
    <section className="sweep" aria-label={tr("ui.sweep.title")} data-testid="sweep">
      <h2>{tr("ui.sweep.title")}</h2>
      {!literal || !range ? (
        <p>
          {tr("ui.sweep.intro")}{" "}
          <button type="button" className="link" onClick={onPickFromCursor}>
            {tr("ui.sweep.fromCursor")}
          </button>
          .
        </p>
      ) : (
        <>
          <p data-testid="sweep-subject">
            {tr("ui.sweep.varying")} <strong>{label}</strong> (<code>{literal.path ?? literal.text}</code>
            {tr("ui.sweep.nowIs")} <code>{literal.text}</code>)
          </p>
          <p className="row">
            {tr("ui.sweep.from")} {input("from", tr("ui.sweep.fromLabel"))}
            {percent ? "%" : ""} {tr("ui.sweep.to")} {input("to", tr("ui.sweep.toLabel"))}
            {percent ? "%" : ""} {tr("ui.sweep.stepOf")} {input("step", tr("ui.sweep.stepLabel"))}
            {percent ? "%" : ""}
          </p>
          <p className="hint" data-testid="sweep-values">
            {problem ? (
              <span className="field-problem" role="alert">
                {problem}
              </span>
            ) : (
              <>
                {tr("ui.sweep.runs", {
                  count: String(values.length),
                  values:
                    values.length > 6
                      ? `${values.slice(0, 3).map(fmtX).join(", ")}, …, ${fmtX(values.at(-1)!)}`
                      : values.map(fmtX).join(", "),
                })}
                {range.max !== null || range.min > -1e11
                  ? tr("ui.sweep.possible", {
                      low: tr(range.lowOpen ? "ui.sweep.low.open" : "ui.sweep.low.closed", { value: fmtX(range.min) }),
                      high:
                        range.max !== null
                          ? tr(range.highOpen ? "ui.sweep.high.open" : "ui.sweep.high.closed", { value: fmtX(range.max) })
                          : tr("ui.sweep.high.none"),
                    })
                  : ""}
              </>
            )}
          </p>
          <div className="row">
            <button type="button" onClick={run} disabled={status.kind === "running" || problem !== null}>
              {tr("ui.sweep.run")}
            </button>
            <button type="button" onClick={cancel} disabled={status.kind !== "running"}>
              {tr("ui.sweep.cancel")}
            </button>
            <button type="button" onClick={onPickFromCursor}>
              {tr("ui.sweep.useCursor")}
            </button>
            <button type="button" onClick={saveCsv} disabled={points.length === 0}>
              {tr("ui.sweep.csv")}
            </button>
            <span role="status" className="status" data-testid="sweep-status">
              {status.kind === "running"
                ? status.done < values.length
                  ? tr("ui.sweep.running", { done: String(status.done), total: String(values.length) })
                  : tr("ui.sweep.band", { done: String(status.done), total: String(status.total) })
                : status.kind === "done"
                  ? tr("ui.sweep.done", {
                      runs: String(points.length),
                      seeds: String(points[0]?.replicates ?? 1),
                      seconds: (status.ms / 1000).toFixed(1),
                    })
                  : status.kind === "error"
                    ? status.message
                    : ""}
            </span>
          </div>
          {skipped.length > 0 ? (
            <ul className="skipped" aria-label={tr("ui.sweep.skippedLabel")}>
              {skipped.map((k) => (
                <li key={k.value}>{tr("ui.sweep.skipped", { value: literalText(k.value, literal.percent), message: k.message })}</li>
              ))}
            </ul>
          ) : null}
          {points.length > 0 ? (
            <>
              <p className="caption">{sweepCaption(lang)}</p>
              <div className="small-multiples" data-testid="sweep-charts">
                {charts.map(({ key, config }, i) => (
                  <ChartFigure
                    key={key}
                    id={`sweep-${key}`}
                    title={`${figure(key, lang).label} (${figure(key, lang).unit})`}
                    caption={`${figure(key, lang).label}: ${figure(key, lang).meaning}`}
                    config={config}
                    generation={`${theme}-${key}`}
                    height={150}
                    schemeName={schemeName}
                    table={i === 0 ? table : undefined}
                  />
                ))}
              </div>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
