/**
 * One chart with its title, its one-sentence reading and a PNG download. The chart object is
 * kept across renders and only its data and options are swapped, which is what keeps a
 * redraw after each keystroke cheap.
 */
import { useEffect, useRef } from "react";
import type { ChartConfiguration, ChartType, DefaultDataPoint } from "chart.js";
import { Chart } from "./chart-setup.ts";
import { downloadDataUrl } from "../export/download.ts";

interface Props<T extends ChartType, D> {
  id: string;
  title: string;
  caption: string;
  config: ChartConfiguration<T, D>;
  /** Changing it rebuilds the chart (e.g. the theme). */
  generation: string;
  height?: number;
}

export function ChartFigure<T extends ChartType, D = DefaultDataPoint<T>>({ id, title, caption, config, generation, height = 220 }: Props<T, D>) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<T, D> | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const chart = new Chart<T, D>(canvas, config);
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
    if (config.options) chart.options = config.options;
    chart.update("none");
  }, [config]);

  const savePng = () => {
    const canvas = canvasRef.current;
    if (canvas) downloadDataUrl(canvas.toDataURL("image/png"), `${id}.png`);
  };

  return (
    <figure className="chart" data-chart={id}>
      <div className="chart-head">
        <h3 id={`${id}-title`}>{title}</h3>
        <button type="button" className="small" onClick={savePng} aria-label={`Download the chart “${title}” as PNG`}>
          PNG
        </button>
      </div>
      <div className="chart-body" style={{ height }}>
        <canvas ref={canvasRef} role="img" aria-labelledby={`${id}-title ${id}-caption`} />
      </div>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
    </figure>
  );
}
