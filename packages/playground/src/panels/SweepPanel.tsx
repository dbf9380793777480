/**
 * Sweep: vary one number of the scheme over a range and watch the headline figures. It runs
 * in its own worker so the live simulation keeps answering while a sweep is under way.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { LsNumberAt } from "../language/protocol.ts";
import type { Population } from "../sim/population.ts";
import type { SweepPoint } from "../sim/result.ts";
import { SimulationClient } from "../sim/simulation-client.ts";
import { defaultSweepRange, literalText, sweepValues } from "../sim/literal-text.ts";
import { ChartFigure } from "../charts/ChartFigure.tsx";
import { SWEEP_CAPTION, sweepConfig } from "../charts/sweep-chart.ts";
import { paletteFor, type Theme } from "../charts/palette.ts";
import { toCsv } from "../export/csv.ts";
import { downloadText } from "../export/download.ts";
import { HEADLINES } from "../sim/result.ts";

interface Props {
  literal: LsNumberAt | null;
  /** The scheme text the literal was picked from (offsets refer to it). */
  text: string;
  population: Population;
  theme: Theme;
  onPickFromCursor(): void;
}

type Status = { kind: "idle" } | { kind: "running"; done: number; total: number } | { kind: "done"; ms: number } | { kind: "error"; message: string };

export function SweepPanel({ literal, text, population, theme, onPickFromCursor }: Props) {
  const [range, setRange] = useState({ from: 0, to: 1, steps: 11 });
  const [points, setPoints] = useState<SweepPoint[]>([]);
  const [skipped, setSkipped] = useState<{ value: number; message: string }[]>([]);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const clientRef = useRef<SimulationClient | null>(null);

  // The sweep's worker is started on the first sweep, not with the page.
  const client = () => {
    clientRef.current ??= new SimulationClient((event) => {
      if (event.type === "sweepPoint") {
        setPoints((prev) => [...prev, { value: event.value, summary: event.summary }].sort((a, b) => a.value - b.value));
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

  useEffect(() => {
    if (!literal) return;
    const r = defaultSweepRange(literal.value, literal.percent);
    setRange((prev) => ({ ...prev, ...r }));
    setPoints([]);
    setSkipped([]);
    setStatus({ kind: "idle" });
  }, [literal]);

  const scale = literal?.percent ? 100 : 1;
  const values = useMemo(() => sweepValues(range.from, range.to, range.steps), [range]);

  const run = () => {
    if (!literal) return;
    setPoints([]);
    setSkipped([]);
    setStatus({ kind: "running", done: 0, total: values.length });
    client().sweep(text, population, { start: literal.range.start.offset, end: literal.range.end.offset, percent: literal.percent, values });
  };
  const cancel = () => {
    clientRef.current?.cancel();
    setStatus({ kind: "idle" });
  };
  const saveCsv = () => {
    const header = ["value", ...HEADLINES.map((h) => h.key)];
    downloadText(toCsv(header, points.map((p) => [p.value, ...HEADLINES.map((h) => p.summary[h.key])])), "sweep.csv", "text/csv");
  };

  const label = literal ? (literal.path ?? `the number ${literal.text}`) : "";
  const config = useMemo(() => sweepConfig(points, { percent: literal?.percent ?? false, label }, paletteFor(theme)), [points, literal, label, theme]);

  return (
    <section className="sweep" aria-label="Sweep" data-testid="sweep">
      <h2>Sweep</h2>
      {!literal ? (
        <p>
          Put the cursor on a number in the scheme (a target, a weight, an audit share) and choose <strong>Sweep this number</strong> from the editor's
          right-click menu, or{" "}
          <button type="button" className="link" onClick={onPickFromCursor}>
            sweep the number at the cursor
          </button>
          .
        </p>
      ) : (
        <>
          <p>
            Varying <code>{label}</code> (now <code>{literal.text}</code>) from{" "}
            <input aria-label="Sweep from" type="number" step="any" value={Number((range.from * scale).toFixed(6))} onChange={(e) => Number.isFinite(e.currentTarget.valueAsNumber) && setRange({ ...range, from: e.currentTarget.valueAsNumber / scale })} />
            {literal.percent ? "%" : ""} to{" "}
            <input aria-label="Sweep to" type="number" step="any" value={Number((range.to * scale).toFixed(6))} onChange={(e) => Number.isFinite(e.currentTarget.valueAsNumber) && setRange({ ...range, to: e.currentTarget.valueAsNumber / scale })} />
            {literal.percent ? "%" : ""} in{" "}
            <input aria-label="Sweep steps" type="number" min={2} max={101} value={range.steps} onChange={(e) => Number.isFinite(e.currentTarget.valueAsNumber) && setRange({ ...range, steps: e.currentTarget.valueAsNumber })} /> steps
            ({values.map((v) => literalText(v, literal.percent)).slice(0, 3).join(", ")}{values.length > 3 ? ", …" : ""}).
          </p>
          <div className="row">
            <button type="button" onClick={run} disabled={status.kind === "running"}>Run sweep</button>
            <button type="button" onClick={cancel} disabled={status.kind !== "running"}>Cancel</button>
            <button type="button" onClick={onPickFromCursor}>Use the number at the cursor</button>
            <button type="button" onClick={saveCsv} disabled={points.length === 0}>Sweep CSV</button>
            <span role="status" className="status" data-testid="sweep-status">
              {status.kind === "running" ? `Running ${status.done}/${status.total}…` : status.kind === "done" ? `Done: ${points.length} runs in ${(status.ms / 1000).toFixed(1)} s` : status.kind === "error" ? status.message : ""}
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
          {points.length > 0 ? <ChartFigure id="sweep" title={`Headline figures as ${label} varies`} caption={SWEEP_CAPTION} config={config} generation={theme} height={260} /> : null}
        </>
      )}
    </section>
  );
}
