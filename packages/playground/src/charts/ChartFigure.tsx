/**
 * One chart with its title, its one-sentence reading, a PNG for slides and a data table (the
 * same numbers for a screen reader or a copy-paste). The chart object is kept across renders
 * and only its data and options are swapped, which keeps a redraw after each keystroke cheap.
 */
import { useEffect, useRef, useState } from "react";
import type { ChartConfiguration, ChartType, DefaultDataPoint } from "chart.js";
import { Chart } from "./chart-setup.ts";
import { downloadDataUrl } from "../export/download.ts";
import { chartPng } from "./export-png.ts";
import type { DataTable } from "./data-table.ts";
import { t } from "@goodhart/dsl";
import { useLang } from "../i18n/lang.ts";

interface Props<T extends ChartType, D> {
  id: string;
  title: string;
  /** A sentence under the title (what the chart's key number means). */
  subtitle?: string | null;
  caption: string;
  config: ChartConfiguration<T, D>;
  /** Changing it rebuilds the chart (e.g. the theme). */
  generation: string;
  height?: number;
  /** Printed on the exported PNG. */
  schemeName?: string;
  table?: DataTable;
  /** A data point was clicked (or chosen with the keyboard). */
  onPoint?(datasetIndex: number, index: number): void;
}

export function ChartFigure<T extends ChartType, D = DefaultDataPoint<T>>({
  id,
  title,
  subtitle,
  caption,
  config,
  generation,
  height = 220,
  schemeName,
  table,
  onPoint,
}: Props<T, D>) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<T, D> | null>(null);
  const onPointRef = useRef(onPoint);
  onPointRef.current = onPoint;
  const [tableOpen, setTableOpen] = useState(false);
  const lang = useLang();

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const chart = new Chart<T, D>(canvas, withClick(config, onPointRef));
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
    // Rebuilt only when the generation changes; data updates go through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generation, config.type]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    chart.data = config.data;
    if (config.options) chart.options = withClick(config, onPointRef).options!;
    chart.update("none");
  }, [config]);

  const savePng = () => {
    const style = getComputedStyle(document.documentElement);
    const bg = (config.options as { plugins?: { background?: { color?: string } } } | undefined)?.plugins?.background?.color ?? "#ffffff";
    const url = chartPng(config, {
      title,
      caption: subtitle ? `${subtitle} ${caption}` : caption,
      schemeName: schemeName ?? "",
      background: bg,
      color: style.getPropertyValue("--text").trim() || "#1f2328",
    });
    downloadDataUrl(url, `${id}.png`);
  };

  return (
    <figure className="chart" data-chart={id}>
      <div className="chart-head">
        <h3 id={`${id}-title`}>{title}</h3>
        <button type="button" className="small" onClick={savePng} aria-label={t(lang, "ui.chart.pngLabel", { title })}>
          PNG
        </button>
      </div>
      {subtitle ? (
        <p className="chart-subtitle" data-testid={`${id}-subtitle`}>
          {subtitle}
        </p>
      ) : null}
      <div className="chart-body" style={{ height }}>
        <canvas ref={canvasRef} role="img" aria-labelledby={`${id}-title ${id}-caption`} />
      </div>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      {table ? (
        <details className="chart-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
          <summary>{t(lang, "ui.chart.table")}</summary>
          {tableOpen ? (
            <table data-testid={`${id}-table`}>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {table.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r, i) => (
                  <tr key={i}>
                    {r.map((cell, j) =>
                      j === 0 ? (
                        <th key={j} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={j}>{cell}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </details>
      ) : null}
    </figure>
  );
}

function withClick<T extends ChartType, D>(
  config: ChartConfiguration<T, D>,
  ref: { current: ((d: number, i: number) => void) | undefined },
): ChartConfiguration<T, D> {
  if (!ref.current) return config;
  return {
    ...config,
    options: {
      ...config.options,
      onClick: (_event: unknown, elements: { datasetIndex: number; index: number }[]) => {
        const hit = elements[0];
        if (hit) ref.current?.(hit.datasetIndex, hit.index);
      },
      onHover: (event: { native?: Event | null }, elements: unknown[]) => {
        const target = event.native?.target;
        if (target instanceof HTMLElement) target.style.cursor = elements.length > 0 ? "pointer" : "default";
      },
    } as ChartConfiguration<T, D>["options"],
  };
}
