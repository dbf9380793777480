/**
 * The series a lesson talks about stands out: drawn thick, the others thin and faded (their
 * hue kept, so the legend still matches).
 */
import type { ChartConfiguration, ChartType } from "chart.js";

const fade = (colour: unknown) => (typeof colour === "string" && /^#[0-9a-f]{6}$/i.test(colour) ? `${colour}55` : colour);

export function highlightSeries<T extends ChartType, D>(config: ChartConfiguration<T, D>, label: string | null): ChartConfiguration<T, D> {
  if (label === null || !config.data.datasets.some((d) => d.label === label)) return config;
  return {
    ...config,
    data: {
      ...config.data,
      datasets: config.data.datasets.map((d) => {
        const ds = d as typeof d & { borderColor?: unknown; backgroundColor?: unknown; borderWidth?: number };
        return d.label === label
          ? { ...ds, borderWidth: 5 }
          : { ...ds, borderColor: fade(ds.borderColor), backgroundColor: fade(ds.backgroundColor), borderWidth: 1.5 };
      }),
    },
  };
}
