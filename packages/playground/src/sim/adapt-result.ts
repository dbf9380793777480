/**
 * Turns the simulator's result document into what the charts read: nullable per-staff lists
 * become typed arrays with NaN for "no value", staff types and bands become small indices.
 * The input type is written structurally (only what we read) so a new extra field in the
 * simulator's output never breaks the playground.
 */
import type { BandFacts, IndicatorFacts, IndicatorSummary, PeriodSummary, SimulationView, Summary } from "./result.ts";

export interface SimulatorOutput {
  staff: number;
  periods: number;
  seed: number;
  summary: Summary;
  indicators: Record<string, IndicatorSummary>;
  perPeriod: PeriodSummary[];
  notes?: string[];
  lastPeriod?: {
    score: (number | null)[];
    trueValue: (number | null)[];
    type: string[];
    rating: string[];
    /** Not in every simulator version: each indicator's measured value per staff member. */
    indicators?: Record<string, (number | null)[]>;
  };
  /** Optional: every staff-period's measured values, period-major. */
  indicatorValues?: Record<string, ArrayLike<number>>;
}

const TYPE_INDEX: Record<string, number> = { saint: 0, saints: 0, honest: 1, reactive: 2, maniac: 3, maniacs: 3 };

const toFloat = (xs: readonly (number | null)[] | undefined, n: number): Float64Array => {
  const out = new Float64Array(n).fill(Number.NaN);
  if (xs) for (let i = 0; i < n; i++) out[i] = xs[i] ?? Number.NaN;
  return out;
};

export function adaptResult(result: SimulatorOutput, facts: { indicators: IndicatorFacts[]; bands: BandFacts[] }): SimulationView {
  const last = result.lastPeriod;
  const n = last?.score.length ?? 0;
  const bandIndex = new Map(facts.bands.map((b, i) => [b.name, i]));
  const type = new Uint8Array(n);
  const rating = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    type[i] = TYPE_INDEX[last!.type[i] ?? ""] ?? 1;
    rating[i] = bandIndex.get(last!.rating[i] ?? "") ?? Math.max(0, facts.bands.length - 1);
  }
  const indicatorValues: Record<string, Float64Array> = {};
  for (const f of facts.indicators) {
    const all = result.indicatorValues?.[f.name];
    if (all) indicatorValues[f.name] = Float64Array.from(all);
    else if (last?.indicators?.[f.name]) indicatorValues[f.name] = toFloat(last.indicators[f.name], n);
  }
  return {
    staff: result.staff,
    periods: result.periods,
    seed: result.seed,
    summary: result.summary,
    indicators: Object.fromEntries(
      Object.entries(result.indicators).map(([k, v]) => [
        k,
        {
          meanValue: v.meanValue,
          meanPoints: v.meanPoints,
          bunching: v.bunching,
          threshold: v.threshold ?? null,
          bandWidth: v.bandWidth ?? null,
          justMeeting: v.justMeeting ?? 0,
          justMissing: v.justMissing ?? 0,
        },
      ]),
    ),
    perPeriod: result.perPeriod.map((p) => ({ period: p.period, summary: p.summary })),
    perStaff: { score: toFloat(last?.score, n), trueValue: toFloat(last?.trueValue, n), type, rating, indicatorValues },
    facts: { indicators: facts.indicators, bands: facts.bands, notSimulated: result.notes ?? [] },
  };
}
