/**
 * A chart as a picture for a slide: redrawn at 1600 × 800 with large type, under its title
 * and the scheme's name, over its one-sentence caption, on the theme's background.
 */
import type { ChartConfiguration, ChartType } from "chart.js";
import { Chart } from "./chart-setup.ts";
import { enlarge } from "./enlarge.ts";

const EXPORT_WIDTH = 1600;
const CHART_HEIGHT = 800;
const PAD = 40;

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface PngText {
  title: string;
  caption: string;
  schemeName: string;
  background: string;
  color: string;
}

export function chartPng<T extends ChartType, D>(config: ChartConfiguration<T, D>, text: PngText): string {
  const big = enlarge(config, 22);
  const chartCanvas = document.createElement("canvas");
  chartCanvas.width = EXPORT_WIDTH - 2 * PAD;
  chartCanvas.height = CHART_HEIGHT;
  const chart = new Chart<T, D>(chartCanvas, {
    ...big,
    options: { ...big.options, responsive: false, animation: false, devicePixelRatio: 1 } as typeof big.options,
  });
  const out = document.createElement("canvas");
  const ctx = out.getContext("2d")!;
  ctx.font = "28px system-ui, sans-serif";
  const captionLines = wrap(ctx, text.caption, EXPORT_WIDTH - 2 * PAD);
  out.width = EXPORT_WIDTH;
  out.height = PAD + 52 + 40 + CHART_HEIGHT + 24 + captionLines.length * 38 + PAD;
  ctx.fillStyle = text.background;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = text.color;
  ctx.textBaseline = "top";
  ctx.font = "bold 44px system-ui, sans-serif";
  ctx.fillText(text.title, PAD, PAD);
  ctx.font = "26px system-ui, sans-serif";
  ctx.fillText(text.schemeName, PAD, PAD + 56);
  ctx.drawImage(chartCanvas, PAD, PAD + 96);
  ctx.font = "28px system-ui, sans-serif";
  captionLines.forEach((l, i) => ctx.fillText(l, PAD, PAD + 96 + CHART_HEIGHT + 24 + i * 38));
  chart.destroy();
  return out.toDataURL("image/png");
}
