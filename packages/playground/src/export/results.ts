/** Results as files: per-staff CSV (formula-escaped) and the JSON result document. */
import { STAFF_TYPES } from "../sim/population.ts";
import type { SimulationView } from "../sim/result.ts";
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
    rows.push([i + 1, STAFF_TYPES[type[i]] ?? "", score[i], trueValue[i], bands[rating[i]] ?? "", ...means]);
  }
  return toCsv(header, rows);
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
    const v = values[p * n + i];
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
