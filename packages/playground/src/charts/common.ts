/** Options every chart shares: theme colours, no animation, a readable legend. */
import type { ChartOptions, ChartType } from "chart.js";
import type { Palette } from "./palette.ts";

export function baseOptions<T extends ChartType>(palette: Palette): ChartOptions<T> {
  const axis = { ticks: { color: palette.text }, grid: { color: palette.grid }, title: { color: palette.text } };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    color: palette.text,
    scales: { x: { ...axis }, y: { ...axis } },
    plugins: {
      legend: { labels: { color: palette.text, boxWidth: 12 } },
      background: { color: palette.background },
    },
  } as ChartOptions<T>;
}
