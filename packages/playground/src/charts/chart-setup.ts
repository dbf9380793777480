/**
 * Registers the chart.js parts we use (and nothing else, so the bundle stays small) plus two
 * small plugins: a solid background, so an exported PNG is readable in either theme, and
 * vertical threshold lines for the indicator charts.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
  type Plugin,
} from "chart.js";

export interface ThresholdLine {
  value: number;
  label: string;
  color: string;
  dash?: number[];
}

declare module "chart.js" {
  interface PluginOptionsByType<TType extends import("chart.js").ChartType> {
    background?: { color: string };
    thresholds?: { lines: ThresholdLine[]; textColor: string };
    /** Carries TType so the augmentation matches chart.js's generic declaration. */
    _type?: TType;
  }
}

const backgroundPlugin: Plugin = {
  id: "background",
  beforeDraw(chart, _args, options: { color?: string }) {
    if (!options.color) return;
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = options.color;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

const thresholdsPlugin: Plugin = {
  id: "thresholds",
  afterDatasetsDraw(chart, _args, options: { lines?: ThresholdLine[]; textColor?: string }) {
    const x = chart.scales.x;
    if (!options.lines || !x) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.font = "11px system-ui, sans-serif";
    ctx.textBaseline = "top";
    options.lines.forEach((line, i) => {
      const px = x.getPixelForValue(line.value);
      if (!Number.isFinite(px) || px < chartArea.left - 1 || px > chartArea.right + 1) return;
      ctx.strokeStyle = line.color;
      ctx.lineWidth = 2;
      ctx.setLineDash(line.dash ?? []);
      ctx.beginPath();
      ctx.moveTo(px, chartArea.top);
      ctx.lineTo(px, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = options.textColor ?? line.color;
      const right = px > (chartArea.left + chartArea.right) / 2;
      ctx.textAlign = right ? "right" : "left";
      ctx.fillText(line.label, px + (right ? -4 : 4), chartArea.top + 2 + i * 13);
    });
    ctx.restore();
  },
};

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
  backgroundPlugin,
  thresholdsPlugin,
);
// Charts redraw on every edit; animation would make them lag behind the text.
Chart.defaults.animation = false;
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', sans-serif";

export { Chart };
