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
import { SWEEP_CAPTION, sweepFigureConfig, sweepTable, sweepValueText } from "../charts/sweep-chart.ts";
import { paletteFor, type Theme } from "../charts/palette.ts";
import { sweepCsv } from "../export/results.ts";
import { downloadText } from "../export/download.ts";
import { figure, SWEEP_FIGURES } from "../figures/figures.ts";
import { useLang } from "../i18n/lang.ts";
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

type Status = { kind: "idle" } | { kind: "running"; done: number; total: number } | { kind: "done"; ms: number } | { kind: "error"; message: string };

const PROPERTY_WORDS: Record<string, string> = {
  target: "Target",
  floor: "Floor",
  weight: "Weight",
  audit: "Audit share",
  min: "Minimum score",
  reward: "Reward",
  cap: "Cap",
  penalty: "Penalty",
  ratchet: "Ratchet",
  quota: "Quota",
};

/** "Target of “Dossiers on time”" — the scheme's own label where it has one. */
export function humanLabel(literal: LsNumberAt, facts: SchemeFacts | null): string {
  if (!literal.path) return `the number ${literal.text} on line ${literal.range.start.line}`;
  const [decl = "", prop = ""] = literal.path.split(".");
  const name = facts?.labels?.[decl] ?? facts?.indicators.find((i) => i.name === decl)?.label ?? decl;
  return `${PROPERTY_WORDS[prop] ?? prop} of “${name}”`;
}

const STRINGS = {
  title: "Sweep",
  intro: "Click a “⇄ sweep” lens above a declaration in the editor, or put the cursor on a number (a target, a weight, an audit share) and choose Sweep this number from the right-click menu (Ctrl+Shift+Y), or",
  fromCursor: "sweep the number at the cursor",
};

export function SweepPanel({ literal, text, facts, population, theme, schemeName, onPickFromCursor }: Props) {
  const lang = useLang();
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
        const point: SweepPoint = { value: event.value, summary: event.summary, replicates: event.replicates, ...(event.intervals ? { intervals: event.intervals } : {}) };
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
  const problem = range ? rangeProblem(range, percent) : null;
  const fmtX = sweepValueText(percent);

  const run = () => {
    if (!literal || problem) return;
    setPoints([]);
    setSkipped([]);
    setStatus({ kind: "running", done: 0, total: values.length * SWEEP_REPLICATES });
    client().sweep(text, population, { start: literal.range.start.offset, end: literal.range.end.offset, percent: literal.percent, values, replicates: SWEEP_REPLICATES });
  };
  const cancel = () => {
    clientRef.current?.cancel();
    setStatus({ kind: "idle" });
  };
  const label = literal ? humanLabel(literal, facts) : "";
  const axis = useMemo(() => ({ percent, label, now: literal?.value ?? 0 }), [percent, label, literal]);
  const saveCsv = () => {
    downloadText(sweepCsv(points, SWEEP_FIGURES), "sweep.csv", "text/csv");
  };
  const palette = paletteFor(theme);
  const charts = useMemo(() => SWEEP_FIGURES.map((key, i) => ({ key, config: sweepFigureConfig(points, key, axis, palette.series[i % palette.series.length]!, palette, lang) })), [points, axis, palette, lang]);
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
    <section className="sweep" aria-label="Sweep" data-testid="sweep">
      <h2>{STRINGS.title}</h2>
      {!literal || !range ? (
        <p>
          {STRINGS.intro}{" "}
          <button type="button" className="link" onClick={onPickFromCursor}>
            {STRINGS.fromCursor}
          </button>
          .
        </p>
      ) : (
        <>
          <p data-testid="sweep-subject">
            Varying <strong>{label}</strong> (<code>{literal.path ?? literal.text}</code>, now <code>{literal.text}</code>)
          </p>
          <p className="row">
            from {input("from", "Sweep from")}
            {percent ? "%" : ""} to {input("to", "Sweep to")}
            {percent ? "%" : ""} in steps of {input("step", "Sweep step")}
            {percent ? "%" : ""}
          </p>
          <p className="hint" data-testid="sweep-values">
            {problem ? (
              <span className="field-problem" role="alert">
                {problem}
              </span>
            ) : (
              <>
                {values.length} runs: {values.length > 6 ? `${values.slice(0, 3).map(fmtX).join(", ")}, …, ${fmtX(values.at(-1)!)}` : values.map(fmtX).join(", ")}
                {range.max !== null || range.min > -1e11 ? ` (possible values: ${range.lowOpen ? "above" : "from"} ${fmtX(range.min)}${range.max !== null ? ` ${range.highOpen ? "to below" : "to"} ${fmtX(range.max)}` : " up"})` : ""}
              </>
            )}
          </p>
          <div className="row">
            <button type="button" onClick={run} disabled={status.kind === "running" || problem !== null}>
              Run sweep
            </button>
            <button type="button" onClick={cancel} disabled={status.kind !== "running"}>
              Cancel
            </button>
            <button type="button" onClick={onPickFromCursor}>
              Use the number at the cursor
            </button>
            <button type="button" onClick={saveCsv} disabled={points.length === 0}>
              Sweep CSV
            </button>
            <span role="status" className="status" data-testid="sweep-status">
              {status.kind === "running"
                ? status.done < values.length
                  ? `Running ${status.done}/${values.length}…`
                  : `Curve drawn; further seeds for the band: ${status.done}/${status.total} runs…`
                : status.kind === "done"
                  ? `Done: ${points.length} runs × ${points[0]?.replicates ?? 1} seeds in ${(status.ms / 1000).toFixed(1)} s`
                  : status.kind === "error" ? status.message : ""}
            </span>
          </div>
          {skipped.length > 0 ? (
            <ul className="skipped" aria-label="Values left out of the sweep">
              {skipped.map((k) => (
                <li key={k.value}>
                  Left out {literalText(k.value, literal.percent)}: {k.message}
                </li>
              ))}
            </ul>
          ) : null}
          {points.length > 0 ? (
            <>
              <p className="caption">{SWEEP_CAPTION}</p>
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
