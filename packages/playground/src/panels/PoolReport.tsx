/**
 * What the quotas did in each pool of the simulated run (the dsl's pool report, as
 * `goodhart score --pools` prints it), beside the rating chart. The simulated staff have no
 * unit or role columns; each team stands for one pool, as the simulator applies the quotas
 * per team. Flags first — a band nobody in a pool can reach because the quota rounds down,
 * equal scores split by their pool — then each pool's allowances and who moved down.
 */
import { memo } from "react";
import type { SimulatedPoolsView } from "../sim/protocol.ts";
import { t, type Lang } from "@goodhart/dsl";
import { num } from "../charts/format.ts";
import { useLang } from "../i18n/lang.ts";

type Flag = SimulatedPoolsView["report"]["flags"][number];
type Unreachable = Extract<Flag, { kind: "unreachable" }>;

/** Pools listed before "show all" folds the rest away. */
const FIRST_POOLS = 8;

const COUNTED = {
  pool: "ui.pools.counted.pool",
  of: "ui.pools.counted.of",
  bandAndOf: "ui.pools.counted.bandAndOf",
} as const satisfies Record<Unreachable["counted"], string>;

/** Unreachable flags grouped by band, quota and pool size: one sentence per kind of pool. */
function unreachableSentences(flags: readonly Flag[], bandLabel: (name: string) => string, lang: Lang = "en"): string[] {
  const groups = new Map<string, Unreachable[]>();
  for (const f of flags) {
    if (f.kind !== "unreachable") continue;
    const key = `${f.band}\u0000${f.quota}\u0000${f.size}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((g) => {
    const f = g[0]!;
    const needs =
      f.needed === null
        ? t(lang, "ui.pools.needs.never")
        : t(lang, "ui.pools.needs", { needed: f.needed, counted: t(lang, COUNTED[f.counted]), have: Math.max(...g.map((x) => x.have)) });
    const where = g.length === 1 ? t(lang, "ui.pools.inOne", { label: f.label }) : t(lang, "ui.pools.inMany", { count: g.length });
    return t(lang, "ui.pools.unreachable", { where, size: f.size, band: bandLabel(f.band), quota: f.quota, needs });
  });
}

export const PoolReport = memo(function PoolReport({ pools, bandLabel }: { pools: SimulatedPoolsView; bandLabel(name: string): string }) {
  const lang = useLang();
  const tr = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(lang, key, params);
  const { report, team, mismatched } = pools;
  const unreachable = unreachableSentences(report.flags, bandLabel, lang);
  const split = report.flags.filter((f): f is Extract<Flag, { kind: "sameScore" }> => f.kind === "sameScore");
  const moved = report.pools.reduce((n, p) => n + p.moved.length, 0);
  const quotaBands = [...new Set(report.pools.flatMap((p) => p.bands.map((b) => b.band)))];
  const row = (p: (typeof report.pools)[number]) => (
    <tr key={p.label}>
      <th scope="row">{p.label.replace(/^[^=]+=/, "")}</th>
      <td>{p.size}</td>
      {quotaBands.map((b) => {
        const band = p.bands.find((x) => x.band === b);
        return <td key={b}>{band ? tr("ui.pools.allowance", { allowance: band.allowance, holders: band.holders }) : "—"}</td>;
      })}
      <td>{p.moved.length === 0 ? tr("ui.pools.none") : p.moved.map((m) => `${m.id} (${num(m.score, 1)})`).join(", ")}</td>
    </tr>
  );
  const head = (
    <thead>
      <tr>
        <th scope="col">{tr("ui.pools.col.team")}</th>
        <th scope="col">{tr("ui.pools.col.size")}</th>
        {quotaBands.map((b) => (
          <th key={b} scope="col">
            {tr("ui.pools.col.band", { band: bandLabel(b) })}
          </th>
        ))}
        <th scope="col">{tr("ui.pools.col.moved")}</th>
      </tr>
    </thead>
  );
  return (
    <section className="chart pool-report" aria-labelledby="pool-report-title" data-testid="pool-report">
      <div className="chart-head">
        <h3 id="pool-report-title">{tr("ui.pools.title")}</h3>
      </div>
      <p className="hint">{tr("ui.pools.hint", { team })}</p>
      <p data-testid="pool-report-summary">{tr("ui.pools.summary", { pools: report.pools.length, moved })}</p>
      {unreachable.length > 0 || split.length > 0 ? (
        <ul className="pool-flags" data-testid="pool-flags">
          {unreachable.map((s) => (
            <li key={s}>{s}</li>
          ))}
          {split.slice(0, 3).map((f) => (
            <li key={f.score}>
              {tr("ui.pools.sameScore", {
                score: num(f.score, 1),
                bands: f.bands
                  .map((b) => tr("ui.pools.sameScore.band", { band: bandLabel(b.band), pools: b.pools.slice(0, 3).join(", ") }))
                  .join("; "),
              })}
            </li>
          ))}
          {split.length > 3 ? <li>{tr("ui.pools.moreSplit", { count: split.length - 3 })}</li> : null}
        </ul>
      ) : (
        <p className="hint">{tr("ui.pools.noFlags")}</p>
      )}
      {mismatched > 0 ? (
        <p className="hint" role="note">
          {tr("ui.pools.mismatched", { count: mismatched })}
        </p>
      ) : null}
      <table className="figures" data-testid="pool-table">
        {head}
        <tbody>{report.pools.slice(0, FIRST_POOLS).map(row)}</tbody>
      </table>
      {report.pools.length > FIRST_POOLS ? (
        <details>
          <summary>{tr("ui.pools.all", { count: report.pools.length })}</summary>
          <table className="figures">
            {head}
            <tbody>{report.pools.slice(FIRST_POOLS).map(row)}</tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
});
