import type { ChartConfiguration } from "chart.js";
import { STAFF_TYPES } from "../sim/population.ts";
import type { SimulationView } from "../sim/result.ts";
import { baseOptions } from "./common.ts";
import { num } from "./format.ts";
import type { Palette } from "./palette.ts";

export const SCORE_VS_TRUTH_CAPTION =
  "Each dot is one staff member: the score the scheme gives them against the real work they did — the looser the cloud, the less the score tells you.";

/** Drawing more dots than this adds nothing a reader can see and slows every redraw. */
export const MAX_DOTS = 2500;

export function scoreVsTruthConfig(view: SimulationView, palette: Palette): ChartConfiguration<"scatter"> {
  const { score, trueValue, type } = view.perStaff;
  const n = score.length;
  const stride = Math.max(1, Math.ceil(n / MAX_DOTS));
  const byType = STAFF_TYPES.map(() => [] as { x: number; y: number }[]);
  for (let i = 0; i < n; i += stride) {
    const x = trueValue[i];
    const y = score[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    byType[type[i]]?.push({ x, y });
  }
  const options = baseOptions<"scatter">(palette);
  return {
    type: "scatter",
    data: {
      datasets: STAFF_TYPES.map((t, i) => ({
        label: t,
        data: byType[i],
        backgroundColor: palette.types[t],
        pointRadius: 2,
        pointHoverRadius: 4,
      })),
    },
    options: {
      ...options,
      scales: {
        x: { ...options.scales?.x, title: { display: true, text: "Real value delivered", color: palette.text } },
        y: { ...options.scales?.y, title: { display: true, text: "Score", color: palette.text } },
      },
      plugins: {
        ...options.plugins,
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: value ${num(ctx.parsed.x, 2)}, score ${num(ctx.parsed.y)}` } },
      },
    },
  };
}
