/**
 * `goodhart score --pools`: what the quotas did in each pool, and where the pool itself — not
 * the work — decided a rating. For each pool: its size, each quota band's allowance, who moved
 * down and why; flagged, a band nobody in the pool can hold because the quota rounds down to
 * zero (floor(20% × 4) = 0), and people with the same score who end in different bands only
 * because they sit in different pools.
 */
import type { Scheme } from "../semantics/model.ts";
import { applyQuotas, quotaAllowance, shareFraction, type QuotaStep } from "./quotas.ts";
import { groupPools, poolLabel, WHOLE_TABLE, type PoolValues, type ScoreReport, type StaffInput } from "./score-rows.ts";
import { t, type Lang } from "../i18n/translate.ts";

export interface PoolMove {
  id: string;
  score: number | null;
  from: string;
  to: string;
  /** 1-based place among the band's holders in the rule's order (score, then table order). */
  rank: number;
  holders: number;
  allowance: number;
  /** The id of a holder with the same score who kept the band by coming earlier in the table. */
  tiedWith: string | null;
}

export interface PoolBand {
  band: string;
  quota: string;
  /** How many held the band when its quota applied (those moved in from above included). */
  holders: number;
  allowance: number;
  /** For `quota q of B`: how many held B then. */
  ofCount: number | null;
}

export interface PoolEntry {
  pool: PoolValues;
  label: string;
  size: number;
  before: Record<string, number>;
  after: Record<string, number>;
  bands: PoolBand[];
  moved: PoolMove[];
}

export type PoolFlag =
  | {
      kind: "unreachable";
      pool: PoolValues;
      label: string;
      size: number;
      band: string;
      quota: string;
      /** How many held the band the quota counts against (`of B`), else null. */
      ofCount: number | null;
      /**
       * What the quota counts (the pool; B; or the band and B together when B is the next band
       * down, since the surplus moves into B): how many it has here, and how many it needs
       * before one person can hold the band (null: never, a 0% quota).
       */
      counted: "pool" | "of" | "bandAndOf";
      have: number;
      needed: number | null;
    }
  | {
      kind: "sameScore";
      score: number;
      /** Final band → the pools (labels) and ids that ended there with this score. */
      bands: { band: string; ids: string[]; pools: string[] }[];
    };

export interface PoolReport {
  scheme: string | null;
  columns: string[];
  pools: PoolEntry[];
  flags: PoolFlag[];
}

function quotaText(scheme: Scheme, band: number): string {
  const q = scheme.ratings[band]!.quota!;
  return q.of ? `${q.shareText} of ${q.of}` : q.shareText;
}

/**
 * Whether one person could hold `band` in a pool with these counts: the allowance if the band
 * held at least one (taken from the band below when it is empty).
 */
function someoneCanHold(scheme: Scheme, band: number, counts: readonly number[], size: number): boolean {
  const c = [...counts];
  if (c[band] === 0) {
    c[band] = 1;
    const below = c.findIndex((n, b) => b > band && n > 0);
    if (below >= 0) c[below]!--;
  }
  return quotaAllowance(scheme, band, c, size) > 0;
}

/** The smallest count the quota needs before it allows one holder (see PoolFlag). */
function neededForOne(scheme: Scheme, band: number): { counted: "pool" | "of" | "bandAndOf"; needed: number | null } {
  const q = scheme.ratings[band]!.quota!;
  const { num, den } = shareFraction(q);
  const ofIndex = q.of === null ? -1 : scheme.ratings.findIndex((r) => r.name === q.of);
  const counted = q.of === null ? "pool" : ofIndex === band + 1 ? "bandAndOf" : "of";
  if (num === 0n) return { counted, needed: null };
  // One may stay when den ≤ num × T (pool or B), or den + num ≤ num × T (band and B together).
  const top = counted === "bandAndOf" ? den + num : den;
  return { counted, needed: Number((top + num - 1n) / num) };
}

export function poolReport(scheme: Scheme, input: readonly StaffInput[], scored: ScoreReport): PoolReport {
  const index = new Map(scheme.ratings.map((r, i) => [r.name, i]));
  const names = scheme.ratings.map((r) => r.name);
  const pools: PoolEntry[] = [];
  const flags: PoolFlag[] = [];
  const labelOf = new Array<string>(input.length);
  for (const { values, members } of groupPools(scheme, input)) {
    const label = poolLabel(scheme, values);
    const scores = members.map((i) => scored.staff[i]!.score);
    const before = members.map((i) => index.get(scored.staff[i]!.ratingBeforeQuota)!);
    const trace: QuotaStep[] = [];
    applyQuotas(scheme, scores, before, trace);
    const count = (ratings: string[]) => {
      const out: Record<string, number> = {};
      for (const n of names) out[n] = 0;
      for (const r of ratings) out[r]!++;
      return out;
    };
    const bands: PoolBand[] = [];
    const moved: PoolMove[] = [];
    for (const step of trace) {
      const q = scheme.ratings[step.band]!.quota!;
      const ofIndex = q.of === null ? -1 : index.get(q.of)!;
      bands.push({
        band: names[step.band]!,
        quota: quotaText(scheme, step.band),
        holders: step.holders.length,
        allowance: step.allowance,
        ofCount: ofIndex < 0 ? null : step.counts[ofIndex]!,
      });
      step.moved.forEach((k) => {
        const rank = step.holders.indexOf(k);
        const s = scores[k] ?? null;
        const tie = step.holders.slice(0, step.allowance).find((h) => (scores[h] ?? null) === s);
        moved.push({
          id: scored.staff[members[k]!]!.id,
          score: s,
          from: names[step.band]!,
          to: names[step.band + 1]!,
          rank: rank + 1,
          holders: step.holders.length,
          allowance: step.allowance,
          tiedWith: tie === undefined ? null : scored.staff[members[tie]!]!.id,
        });
      });
      if (!someoneCanHold(scheme, step.band, step.counts, members.length)) {
        const { counted, needed } = neededForOne(scheme, step.band);
        const have =
          counted === "pool" ? members.length : counted === "of" ? step.counts[ofIndex]! : step.counts[ofIndex]! + step.counts[step.band]!;
        flags.push({
          kind: "unreachable",
          pool: values,
          label,
          size: members.length,
          band: names[step.band]!,
          quota: quotaText(scheme, step.band),
          ofCount: ofIndex < 0 ? null : step.counts[ofIndex]!,
          counted,
          have,
          needed,
        });
      }
    }
    for (const i of members) labelOf[i] = label;
    pools.push({
      pool: values,
      label,
      size: members.length,
      before: count(members.map((i) => scored.staff[i]!.ratingBeforeQuota)),
      after: count(members.map((i) => scored.staff[i]!.rating)),
      bands,
      moved,
    });
  }
  // Same score and same rating before quotas (so the same work and the same gates), different
  // band after them, in different pools: the pool decided.
  const byScore = new Map<string, number[]>();
  scored.staff.forEach((s, i) => {
    if (s.score === null) return;
    const key = `${s.score}\u0000${s.ratingBeforeQuota}`;
    const list = byScore.get(key);
    if (list) list.push(i);
    else byScore.set(key, [i]);
  });
  for (const list of byScore.values()) {
    const finals = new Map<string, number[]>();
    for (const i of list) {
      const r = scored.staff[i]!.rating;
      const l = finals.get(r);
      if (l) l.push(i);
      else finals.set(r, [i]);
    }
    if (finals.size < 2) continue;
    const poolsOf = (l: number[]) => [...new Set(l.map((i) => labelOf[i]!))];
    const groups = [...finals.entries()].map(([band, l]) => ({ band, ids: l.map((i) => scored.staff[i]!.id), pools: poolsOf(l) }));
    // Only when no pool has people on both sides: within one pool, a split is the tie rule.
    const seen = new Set<string>();
    let shared = false;
    for (const g of groups) for (const p of g.pools) seen.has(p) ? (shared = true) : seen.add(p);
    if (shared) continue;
    groups.sort((a, b) => index.get(a.band)! - index.get(b.band)!);
    flags.push({ kind: "sameScore", score: scored.staff[list[0]!]!.score!, bands: groups });
  }
  return { scheme: scheme.title, columns: [...scheme.pool.columns], pools, flags };
}

function num(x: number | null, lang: Lang): string {
  return x === null ? t(lang, "pools.noScore") : String(Math.round(x * 10000) / 10000);
}

/** The report as a policy designer reads it, in `lang`: flags first, then each pool. */
/** The report as text; `band` names a rating band for the reader (its name by default). */
export function renderPoolReport(r: PoolReport, lang: Lang = "en", band: (name: string) => string = (name) => name): string {
  const lines: string[] = [];
  const label = (l: string) => (l === WHOLE_TABLE ? t(lang, "pools.wholeTable") : l);
  // "20% of good": the share, and the band it counts when there is one.
  const quota = (q: string) => {
    const [share = q, of] = q.split(" of ");
    return of === undefined ? share : t(lang, "pools.quotaOf", { share, band: band(of) });
  };
  lines.push(t(lang, "pools.heading", { columns: r.columns.join(", "), count: r.pools.length }));
  if (r.flags.length > 0) {
    lines.push("", t(lang, "pools.flags"));
    for (const f of r.flags) {
      if (f.kind === "unreachable") {
        const of = band(f.quota.split(" of ")[1] ?? "");
        const needs =
          f.needed === null
            ? t(lang, "pools.needs.never")
            : t(lang, f.counted === "pool" ? "pools.needs.pool" : f.counted === "of" ? "pools.needs.of" : "pools.needs.bandAndOf", {
                needed: f.needed,
                have: f.have,
                of,
                band: band(f.band),
              });
        const floor = f.counted === "pool" ? t(lang, "pools.floor", { quota: quota(f.quota), size: f.size }) : "";
        lines.push(
          t(lang, "pools.flag.unreachable", {
            pool: label(f.label),
            size: f.size,
            band: band(f.band),
            quota: quota(f.quota),
            needs,
            floor,
          }),
        );
      } else {
        const bands = f.bands.map((b) =>
          t(lang, "pools.sameScore.band", { band: band(b.band), pools: b.pools.map(label).join("; "), ids: b.ids.join(", ") }),
        );
        lines.push(t(lang, "pools.flag.sameScore", { score: num(f.score, lang), bands: bands.join(t(lang, "pools.sameScore.join")) }));
      }
    }
  }
  for (const p of r.pools) {
    lines.push("", t(lang, "pools.pool", { pool: label(p.label), size: p.size }));
    const counts = Object.entries(p.after)
      .filter(([, n]) => n > 0)
      .map(([b, n]) => `${band(b)} ${n}`)
      .join(", ");
    lines.push(t(lang, "pools.ratings", { counts }));
    for (const b of p.bands) {
      const of = b.ofCount === null ? "" : t(lang, "pools.band.of", { count: b.ofCount, of: band(b.quota.split(" of ")[1] ?? "") });
      lines.push(t(lang, "pools.band", { band: band(b.band), quota: quota(b.quota), of, allowance: b.allowance, holders: b.holders }));
    }
    for (const m of p.moved) {
      const why = m.tiedWith
        ? t(lang, "pools.why.tied", { other: m.tiedWith })
        : t(lang, "pools.why.rank", { rank: m.rank, holders: m.holders });
      lines.push(
        t(lang, "pools.moved", { id: m.id, score: num(m.score, lang), from: band(m.from), to: band(m.to), allowance: m.allowance, why }),
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
