/**
 * What the quotas did in each pool of the simulated run (the dsl's pool report, as
 * `goodhart score --pools` prints it), beside the rating chart. The simulated staff have no
 * unit or role columns; each team stands for one pool, as the simulator applies the quotas
 * per team. Flags first — a band nobody in a pool can reach because the quota rounds down,
 * equal scores split by their pool — then each pool's allowances and who moved down.
 */
import { memo } from "react";
import type { SimulatedPoolsView } from "../sim/protocol.ts";
import { num } from "../charts/format.ts";

type Flag = SimulatedPoolsView["report"]["flags"][number];
type Unreachable = Extract<Flag, { kind: "unreachable" }>;

/** Pools listed before "show all" folds the rest away. */
const FIRST_POOLS = 8;

const COUNTED: Record<Unreachable["counted"], string> = { pool: "staff in the pool", of: "staff in the band it counts", bandAndOf: "staff in the band and the one it counts" };

/** Unreachable flags grouped by band, quota and pool size: one sentence per kind of pool. */
export function unreachableSentences(flags: readonly Flag[], bandLabel: (name: string) => string): string[] {
  const groups = new Map<string, Unreachable[]>();
  for (const f of flags) {
    if (f.kind !== "unreachable") continue;
    const key = `${f.band}\u0000${f.quota}\u0000${f.size}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((g) => {
    const f = g[0]!;
    const needs = f.needed === null ? "a 0% quota never allows anyone" : `it needs at least ${f.needed} ${COUNTED[f.counted]}, these have ${Math.max(...g.map((x) => x.have))} at most`;
    return `${g.length === 1 ? `In ${f.label}` : `In ${g.length} pools`} of ${f.size}, nobody can be rated “${bandLabel(f.band)}”: the quota ${f.quota} rounds down to no one (${needs}).`;
  });
}

export const PoolReport = memo(function PoolReport({ pools, bandLabel }: { pools: SimulatedPoolsView; bandLabel(name: string): string }) {
  const { report, team, mismatched } = pools;
  const unreachable = unreachableSentences(report.flags, bandLabel);
  const split = report.flags.filter((f): f is Extract<Flag, { kind: "sameScore" }> => f.kind === "sameScore");
  const moved = report.pools.reduce((n, p) => n + p.moved.length, 0);
  const quotaBands = [...new Set(report.pools.flatMap((p) => p.bands.map((b) => b.band)))];
  const row = (p: (typeof report.pools)[number]) => (
    <tr key={p.label}>
      <th scope="row">{p.label.replace(/^[^=]+=/, "")}</th>
      <td>{p.size}</td>
      {quotaBands.map((b) => {
        const band = p.bands.find((x) => x.band === b);
        return <td key={b}>{band ? `${band.allowance} of ${band.holders}` : "—"}</td>;
      })}
      <td>{p.moved.length === 0 ? "none" : p.moved.map((m) => `${m.id} (${num(m.score, 1)})`).join(", ")}</td>
    </tr>
  );
  const head = (
    <thead>
      <tr>
        <th scope="col">Team</th>
        <th scope="col">Size</th>
        {quotaBands.map((b) => (
          <th key={b} scope="col">
            “{bandLabel(b)}” allowed of holders
          </th>
        ))}
        <th scope="col">Moved down (score)</th>
      </tr>
    </thead>
  );
  return (
    <section className="chart pool-report" aria-labelledby="pool-report-title" data-testid="pool-report">
      <div className="chart-head">
        <h3 id="pool-report-title">Quotas, pool by pool</h3>
      </div>
      <p className="hint">
        The simulated staff have no unit or role columns, so each team of {team} stands for one pool (one agency and job group), as the simulation applies the quotas per team. Last period, first seed.
      </p>
      <p data-testid="pool-report-summary">
        {report.pools.length} pools; the quotas moved <strong>{moved}</strong> {moved === 1 ? "person" : "people"} down a band.
      </p>
      {unreachable.length > 0 || split.length > 0 ? (
        <ul className="pool-flags" data-testid="pool-flags">
          {unreachable.map((s) => (
            <li key={s}>{s}</li>
          ))}
          {split.slice(0, 3).map((f) => (
            <li key={f.score}>
              Equal scores of {num(f.score, 1)} end in different bands only because of their pool: {f.bands.map((b) => `“${bandLabel(b.band)}” in ${b.pools.slice(0, 3).join(", ")}`).join("; ")}.
            </li>
          ))}
          {split.length > 3 ? <li>…and {split.length - 3} more scores split the same way.</li> : null}
        </ul>
      ) : (
        <p className="hint">No pool leaves a band out of reach, and no two equal scores end apart because of their pool.</p>
      )}
      {mismatched > 0 ? (
        <p className="hint" role="note">
          {mismatched} {mismatched === 1 ? "person's rating" : "people's ratings"} could not be retraced exactly: a rule reads a metric directly, and the simulation reports indicators per person, not metrics.
        </p>
      ) : null}
      <table className="figures" data-testid="pool-table">
        {head}
        <tbody>{report.pools.slice(0, FIRST_POOLS).map(row)}</tbody>
      </table>
      {report.pools.length > FIRST_POOLS ? (
        <details>
          <summary>All {report.pools.length} pools</summary>
          <table className="figures">
            {head}
            <tbody>{report.pools.slice(FIRST_POOLS).map(row)}</tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
});
