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
  Filler,
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

/**
 * Vertical lines at given x values. Each label runs up along its own line, in the line's
 * colour, so two close thresholds never swap labels; the legend repeats them (see
 * thresholdLegend).
 */
const thresholdsPlugin: Plugin = {
  id: "thresholds",
  afterDatasetsDraw(chart, _args, options: { lines?: ThresholdLine[]; textColor?: string }) {
    const x = chart.scales.x;
    if (!options.lines || !x) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    const size = Math.max(11, Math.round((chart.options.font?.size as number | undefined) ?? 11));
    ctx.font = `600 ${size}px system-ui, sans-serif`;
    ctx.textBaseline = "bottom";
    ctx.textAlign = "right";
    for (const line of options.lines) {
      const px = x.getPixelForValue(line.value);
      if (!Number.isFinite(px) || px < chartArea.left - 1 || px > chartArea.right + 1) continue;
      ctx.strokeStyle = line.color;
      ctx.lineWidth = 2;
      ctx.setLineDash(line.dash ?? []);
      ctx.beginPath();
      ctx.moveTo(px, chartArea.top);
      ctx.lineTo(px, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      // Text along the line, just left of it, reading bottom to top from the top corner.
      ctx.save();
      ctx.translate(px - 3, chartArea.top + 4);
      ctx.rotate(-Math.PI / 2);
      ctx.fillStyle = line.color === "transparent" ? (options.textColor ?? "#000") : line.color;
      ctx.fillText(line.label, 0, 0);
      ctx.restore();
    }
    ctx.restore();
  },
};

/** Legend entries for threshold lines, drawn as short lines in their colour and dash. */
export function thresholdLegend(lines: readonly ThresholdLine[], textColor: string) {
  return lines.map((l) => ({
    text: l.label,
    strokeStyle: l.color,
    fillStyle: l.color,
    lineDash: l.dash ?? [],
    lineWidth: 2,
    pointStyle: "line" as const,
    fontColor: textColor,
    hidden: false,
  }));
}

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Filler,
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
