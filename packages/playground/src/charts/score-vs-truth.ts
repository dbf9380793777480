import type { ChartConfiguration } from "chart.js";
import { STAFF_TYPES } from "../sim/population.ts";
import type { SimulationView } from "../sim/result.ts";
import { baseOptions } from "./common.ts";
import { num } from "./format.ts";
import type { Palette } from "./palette.ts";
import type { DataTable } from "./data-table.ts";
import { t, type Lang, type MessageKey } from "@goodhart/dsl";
import type { StaffType } from "../sim/population.ts";

export const scoreVsTruthCaption = (lang: Lang = "en"): string => t(lang, "ui.chart.scatter.caption");

/** Drawing more dots than this adds nothing a reader can see and slows every redraw. */
const MAX_DOTS = 2500;

/** A kind of simulated staff as the reader names it (`Saints`, `Honest triers`…). */
export const typeLabel = (type: StaffType, lang: Lang = "en"): string => t(lang, `ui.chart.type.${type}` as MessageKey);

/** A dot remembers whose it is (`i`, the staff index), so a click can explain that person. */
type Dot = { x: number; y: number; i: number };

export function scoreVsTruthConfig(view: SimulationView, palette: Palette, lang: Lang = "en"): ChartConfiguration<"scatter", Dot[]> {
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
        label: typeLabel(t, lang),
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
        x: { ...options.scales?.x, min: 0, title: { display: true, text: t(lang, "ui.chart.scatter.x"), color: palette.text } },
        y: {
          ...options.scales?.y,
          min: 0,
          max: Math.ceil(maxScore / 10) * 10,
          title: { display: true, text: t(lang, "ui.chart.scatter.y"), color: palette.text },
        },
      },
      plugins: {
        ...options.plugins,
        tooltip: {
          callbacks: {
            label: (ctx) =>
              t(lang, "ui.chart.scatter.tooltip", { type: ctx.dataset.label ?? "", work: num(ctx.parsed.x, 2), score: num(ctx.parsed.y) }),
          },
        },
      },
    },
  };
}

export function scoreVsTruthTable(view: SimulationView, lang: Lang = "en"): DataTable {
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
    return [typeLabel(t, lang), String(count), count ? num(s / count, 1) : "—", count ? num(v / count, 2) : "—"];
  });
  const columns = ["ui.chart.scatter.col.kind", "ui.chart.staff", "ui.chart.scatter.col.score", "ui.chart.scatter.col.work"] as const;
  return { columns: columns.map((k) => t(lang, k)), rows };
}
