import type { ChartConfiguration } from "chart.js";
import type { SimulationView } from "../sim/result.ts";
import { baseOptions } from "./common.ts";
import { pct } from "./format.ts";
import type { Palette } from "./palette.ts";

export const RATING_BANDS_CAPTION =
  "How many staff end up in each rating band, after quotas — the pay-out the scheme makes.";

export function ratingBandsConfig(view: SimulationView, palette: Palette): ChartConfiguration<"bar"> {
  const bands = view.facts.bands.length > 0 ? view.facts.bands : Object.keys(view.summary.ratings).map((name) => ({ name, label: null, min: null }));
  const options = baseOptions<"bar">(palette);
  return {
    type: "bar",
    data: {
      labels: bands.map((b) => (b.min === null ? b.name : `${b.name} (≥ ${b.min})`)),
      datasets: [
        {
          label: "Share of staff-periods",
          data: bands.map((b) => view.summary.ratings[b.name] ?? 0),
          backgroundColor: bands.map((_, i) => palette.series[i % palette.series.length]),
        },
      ],
    },
    options: {
      ...options,
      scales: {
        x: { ...options.scales?.x },
        y: { ...options.scales?.y, min: 0, ticks: { color: palette.text, callback: (v) => pct(Number(v)) } },
      },
      plugins: {
        ...options.plugins,
        legend: { display: false },
        tooltip: { callbacks: { label: (ctx) => `${pct(ctx.parsed.y, 1)} of staff-periods` } },
      },
    },
  };
}
