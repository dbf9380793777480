/**
 * The pool report (the dsl's `poolReport`, what `goodhart score --pools` prints) for a
 * simulated population. Simulated staff have no `unit` or `role` columns; they have teams, and
 * the simulator applies quotas per team, a team standing for one distinct combination of the
 * scheme's `pool` columns. So each team is reported as one pool, its members as they were
 * rated in the last period: each indicator pinned to the value the simulation measured for
 * that person, scored and put through the quotas by the dsl's own rule.
 *
 * What cannot be retraced: a gate or a rating condition that reads a metric directly (not an
 * indicator) sees no value here, because the simulation reports indicators per person, not
 * metrics. Those people are counted in `mismatched` (their rating after quotas differs from
 * the simulation's), and the panel says so rather than passing the report off as exact.
 */
import { poolReport, scoreRows, type PoolReport, type Scheme, type StaffInput } from "@goodhart/dsl";

/** A name no metric can have, so a pinned value never collides with the scheme's own names. */
const pinName = (indicator: string) => `\u0000simulated:${indicator}`;

export interface SimulatedPools {
  report: PoolReport;
  /** Team size the pools were cut by. */
  team: number;
  /** Staff whose retraced rating after quotas differs from the simulation's. */
  mismatched: number;
}

export interface SimulatedStaff {
  staff: number;
  team: number;
  /** Each indicator's value per staff member in the last period (null: not measured). */
  indicator(name: string, i: number): number | null;
  /** The simulation's own rating after quotas (a band name) per staff member. */
  rating(i: number): string | null;
}

export function hasQuotaPools(scheme: Scheme): boolean {
  return scheme.pool.declared && scheme.ratings.some((r) => r.quota !== null && r.quota !== undefined);
}

/** Team k's pool values: the first pool column names the team, the others are left empty. */
function teamPool(scheme: Scheme, k: number): Record<string, string | null> {
  const [first, ...rest] = scheme.pool.columns;
  const out: Record<string, string | null> = {};
  if (first !== undefined) out[first] = `team ${k + 1}`;
  for (const c of rest) out[c] = null;
  return out;
}

export function simulatedPoolReport(scheme: Scheme, sim: SimulatedStaff): SimulatedPools {
  // Each indicator reads a metric of its own that carries the simulated value (names resolve
  // to declared metrics, so the stand-in metrics are declared too).
  const pinned: Scheme = {
    ...scheme,
    metrics: [
      ...scheme.metrics,
      ...scheme.indicators.map((ind) => ({
        name: pinName(ind.name),
        label: null,
        type: "count" as const,
        source: null,
        observes: null,
        audit: null,
        note: null,
        basis: null,
        range: ind.range,
      })),
    ],
    indicators: scheme.indicators.map((ind) => ({
      ...ind,
      value: { kind: "name", name: pinName(ind.name), range: ind.range } as unknown as typeof ind.value,
    })),
  };
  const input: StaffInput[] = [];
  for (let i = 0; i < sim.staff; i++) {
    const row: Record<string, number | null> = {};
    for (const ind of scheme.indicators) row[pinName(ind.name)] = sim.indicator(ind.name, i);
    input.push({ id: `staff ${i + 1}`, unit: null, pool: teamPool(scheme, Math.floor(i / sim.team)), row });
  }
  const scored = scoreRows(pinned, input);
  let mismatched = 0;
  scored.staff.forEach((s, i) => {
    const simulated = sim.rating(i);
    if (simulated !== null && simulated !== s.rating) mismatched++;
  });
  return { report: poolReport(pinned, input, scored), team: sim.team, mismatched };
}
