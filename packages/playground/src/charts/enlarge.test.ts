import { describe, expect, it } from "vitest";
import type { ChartConfiguration } from "chart.js";
import { enlarge } from "./enlarge.ts";

describe("enlarge", () => {
  it("sets axis and legend fonts without touching the data or the original", () => {
    const config: ChartConfiguration<"line"> = {
      type: "line",
      data: { datasets: [{ data: [1, 2] }] },
      options: { scales: { x: { ticks: { color: "red" } } }, plugins: { legend: { labels: { color: "blue" } } } },
    };
    const big = enlarge(config, 20);
    expect(big.options?.scales?.x?.ticks).toMatchObject({ color: "red", font: { size: 20 } });
    expect(big.options?.plugins?.legend?.labels).toMatchObject({ color: "blue", font: { size: 20 } });
    expect(big.data).toBe(config.data);
    expect(config.options?.scales?.x?.ticks).not.toHaveProperty("font");
  });
});
