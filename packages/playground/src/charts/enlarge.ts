/**
 * The workspace's charts are sized for a laptop screen; a projected lesson needs larger axis
 * and legend text. This returns a copy of a chart config with bigger fonts, leaving the
 * playground's chart builders untouched.
 */
import type { ChartConfiguration, ChartType } from "chart.js";

export function enlarge<T extends ChartType, D>(config: ChartConfiguration<T, D>, size = 15): ChartConfiguration<T, D> {
  const options = (config.options ?? {}) as Record<string, unknown> & {
    scales?: Record<string, Record<string, unknown>>;
    plugins?: Record<string, unknown>;
  };
  const font = { size };
  const scales = Object.fromEntries(
    Object.entries(options.scales ?? {}).map(([k, s]) => [
      k,
      { ...s, ticks: { ...(s.ticks as object), font }, title: { ...(s.title as object), font: { size: size + 1 } } },
    ]),
  );
  const legend = (options.plugins?.legend ?? {}) as { labels?: object };
  return {
    ...config,
    options: {
      ...options,
      scales,
      plugins: { ...options.plugins, legend: { ...legend, labels: { ...legend.labels, font } } },
    } as ChartConfiguration<T, D>["options"],
  };
}
