/** Results as files: per-staff CSV (formula-escaped), a sweep's CSV and the JSON result document. */
import { intervalAt } from "@goodhart/simulator";
import type { FigureKey } from "../figures/figures.ts";
import { STAFF_TYPES } from "../sim/population.ts";
import type { SimulationView, SweepPoint } from "../sim/result.ts";
import { toCsv, type Cell } from "./csv.ts";

export function resultsCsv(view: SimulationView): string {
  const indicators = view.facts.indicators.map((f) => f.name);
  const header = ["staff", "type", "score", "true_value", "rating", ...indicators];
  const bands = view.facts.bands.map((b) => b.name);
  const { score, trueValue, type, rating, indicatorValues } = view.perStaff;
  const n = score.length;
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const means = indicators.map((name) => meanOfStaff(indicatorValues[name], i, n));
    rows.push([i + 1, nameAt(STAFF_TYPES, type[i]), score[i], trueValue[i], nameAt(bands, rating[i]), ...means]);
  }
  return toCsv(header, rows);
}

/** The name a per-staff code stands for; blank for a code the list does not have. */
function nameAt(names: readonly string[], code: number | undefined): string {
  return (code === undefined ? undefined : names[code]) ?? "";
}

/**
 * A staff member's indicator value: the last period's, or the mean over periods when the
 * simulator gave every period (period-major: period p of staff i at p × n + i).
 */
function meanOfStaff(values: Float64Array | undefined, i: number, n: number): number | null {
  if (!values || n === 0) return null;
  const periods = Math.floor(values.length / n);
  let sum = 0;
  let count = 0;
  for (let p = 0; p < periods; p++) {
    const v = values[p * n + i] ?? NaN;
    if (Number.isFinite(v)) {
      sum += v;
      count++;
    }
  }
  return count > 0 ? sum / count : null;
}

/** The §5 document (summary, indicators, per period); per-staff arrays go to the CSV. */
export function resultsJson(view: SimulationView): string {
  const { staff, periods, seed, summary, indicators, perPeriod } = view;
  return JSON.stringify({ staff, periods, seed, summary, indicators, perPeriod }, null, 2);
}

/**
 * A sweep as CSV: one row per value, each figure's mean under its key and the ends of its 95%
 * interval over the replicates under `key_low` and `key_high` (empty where a figure has none),
 * then the number of replicates. Raw numbers (shares as 0–1), for a spreadsheet.
 */
export function sweepCsv(points: readonly SweepPoint[], figures: readonly FigureKey[]): string {
  const header = ["value", ...figures.flatMap((k) => [k, `${k}_low`, `${k}_high`]), "replicates"];
  const rows = points.map((p): Cell[] => [
    p.value,
    ...figures.flatMap((k) => {
      const interval = intervalAt(p.intervals, k);
      return [p.summary[k], interval?.low, interval?.high];
    }),
    p.replicates,
  ]);
  return toCsv(header, rows);
}
