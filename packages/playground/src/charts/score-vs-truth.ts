import type { ChartConfiguration } from "chart.js";
import { STAFF_TYPES } from "../sim/population.ts";
import type { SimulationView } from "../sim/result.ts";
import { baseOptions } from "./common.ts";
import { num } from "./format.ts";
import type { Palette } from "./palette.ts";
import type { DataTable } from "./data-table.ts";

export const SCORE_VS_TRUTH_CAPTION =
  "Each dot is one staff member: the score the scheme gives them against the real work they did — the looser the cloud, the less the score tells you.";

/** Drawing more dots than this adds nothing a reader can see and slows every redraw. */
const MAX_DOTS = 2500;

export const TYPE_LABELS = { saints: "Saints", honest: "Honest triers", reactive: "Reactive gamers", maniacs: "Rational maniacs" } as const;

/** A dot remembers whose it is (`i`, the staff index), so a click can explain that person. */
type Dot = { x: number; y: number; i: number };

export function scoreVsTruthConfig(view: SimulationView, palette: Palette): ChartConfiguration<"scatter", Dot[]> {
  const { score, trueValue, type } = view.perStaff;
  const n = score.length;
  const stride = Math.max(1, Math.ceil(n / MAX_DOTS));
  const byType = STAFF_TYPES.map(() => [] as Dot[]);
  let maxScore = 100;
  for (let i = 0; i < n; i += stride) {
    const x = trueValue[i]!;
    const y = score[i]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (y > maxScore) maxScore = y;
    byType[type[i]!]?.push({ x, y, i });
  }
  const options = baseOptions<"scatter">(palette);
  return {
    type: "scatter",
    data: {
      datasets: STAFF_TYPES.map((t, k) => ({
        label: TYPE_LABELS[t],
        data: byType[k]!,
        backgroundColor: palette.types[t],
        pointRadius: 2.5,
        pointHoverRadius: 6,
        pointHitRadius: 4,
      })),
    },
    options: {
      ...options,
      scales: {
        x: { ...options.scales?.x, min: 0, title: { display: true, text: "Real work delivered (cases per period)", color: palette.text } },
        y: {
          ...options.scales?.y,
          min: 0,
          max: Math.ceil(maxScore / 10) * 10,
          title: { display: true, text: "Score (points)", color: palette.text },
        },
      },
      plugins: {
        ...options.plugins,
        tooltip: {
          callbacks: {
            label: (ctx) => `${ctx.dataset.label}: real work ${num(ctx.parsed.x, 2)}, score ${num(ctx.parsed.y)} — click for why`,
          },
        },
      },
    },
  };
}

export function scoreVsTruthTable(view: SimulationView): DataTable {
  const { score, trueValue, type } = view.perStaff;
  const rows = STAFF_TYPES.map((t, k) => {
    let count = 0;
    let s = 0;
    let v = 0;
    for (let i = 0; i < score.length; i++) {
      if (type[i] !== k || !Number.isFinite(score[i]!) || !Number.isFinite(trueValue[i]!)) continue;
      count++;
      s += score[i]!;
      v += trueValue[i]!;
    }
    return [TYPE_LABELS[t], String(count), count ? num(s / count, 1) : "—", count ? num(v / count, 2) : "—"];
  });
  return { columns: ["Kind of staff", "Staff", "Average score (points)", "Average real work (cases per period)"], rows };
}
