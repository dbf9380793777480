/**
 * Rating quotas per team (the pool), by the language's own rule, `applyQuotas`
 * (docs/language-reference.md §5.6): band by band from the top, the holders beyond the
 * band's allowance, lowest scores first out and ties broken by input order, move one band down.
 *
 * A simulated team is one pool in the sense of the scheme's `pool` columns: its members share
 * one agency and one group of similar jobs (`pool unit, role`), so a team of 4 under "20% of
 * well completed" lets nobody be excellent here exactly as four such rows do in `goodhart score`.
 *
 * A national run has 125,000 teams a period, and the rule computes each allowance exactly, in
 * big integers. But how many stay in each band depends only on how many hold each band and the
 * pool size, not on the scores. So the rule is asked once per distinct count vector, on a
 * stand-in pool with those counts; for every team with those counts the same number stay in
 * each band, and which of them stay follows from their scores as the rule orders them.
 */
import type { Scheme } from "@goodhart/dsl";

export type ApplyQuotas = (scheme: Scheme, scores: ArrayLike<number>, ratings: ArrayLike<number>) => Uint8Array;

/** Count vector (and pool size) → how many end in each band, or null when no one moves. */
type Outcomes = Map<number | string, Int32Array | null>;

/**
 * Kept across runs, per implementation of the rule and per set of bands and quotas: the
 * playground reruns the same scheme on every keystroke. Bounded, as a cache must be.
 */
const shared = new WeakMap<ApplyQuotas, Map<string, Outcomes>>();
const MAX_SCHEMES = 16;
const MAX_ENTRIES = 20_000;

function outcomesFor(applyQuotas: ApplyQuotas, scheme: Scheme, team: number): Outcomes {
  let bySchemes = shared.get(applyQuotas);
  if (!bySchemes) shared.set(applyQuotas, (bySchemes = new Map()));
  const signature = JSON.stringify([team, scheme.ratings.map((r) => [r.name, r.quota])]);
  let outcomes = bySchemes.get(signature);
  if (!outcomes) {
    if (bySchemes.size >= MAX_SCHEMES) bySchemes.clear();
    bySchemes.set(signature, (outcomes = new Map()));
  }
  return outcomes;
}

export class TeamQuotas {
  private readonly after: Outcomes;
  private readonly bands: number;
  private readonly counts: Int32Array;
  /** Scratch for one band's holders in a team (grown to the largest team seen). */
  private holders = new Int32Array(0);
  /** Whether a count vector packs exactly into one number (base team + 1). */
  private readonly numericKey: boolean;

  constructor(
    private readonly scheme: Scheme,
    private readonly applyQuotas: ApplyQuotas,
    private readonly team: number,
  ) {
    this.after = outcomesFor(applyQuotas, scheme, team);
    this.bands = scheme.ratings.length;
    this.counts = new Int32Array(this.bands);
    this.numericKey = (this.bands + 1) * Math.log2(team + 1) < 52;
  }

  /** Writes the ratings after quotas of every team, in team order, into `out`. */
  apply(score: Float64Array, rating: Uint8Array, out: Uint8Array): void {
    const n = rating.length;
    const counts = this.counts;
    if (this.holders.length < Math.min(n, this.team)) this.holders = new Int32Array(Math.min(n, this.team));
    out.set(rating);
    for (let t0 = 0; t0 < n; t0 += this.team) {
      const t1 = Math.min(n, t0 + this.team);
      counts.fill(0);
      for (let i = t0; i < t1; i++) counts[rating[i]!]!++;
      const key = this.key(t1 - t0);
      let final = this.after.get(key);
      if (final === undefined) {
        final = this.finalCounts(t1 - t0);
        if (this.after.size < MAX_ENTRIES) this.after.set(key, final);
      }
      if (final !== null) this.demote(score, out, t0, t1, final);
    }
  }

  /**
   * Band by band from the top, keeps the `final[band]` best-scored holders (the band's holders
   * by then include those just moved down into it) and moves the rest one band down: the
   * rule's order, higher score first, a missing score last, ties by position in the team.
   */
  private demote(score: Float64Array, out: Uint8Array, t0: number, t1: number, final: Int32Array): void {
    const holders = this.holders;
    const counts = this.counts;
    // A band's holders are its own and those just moved down into it, so how many there are
    // is known before looking: a band that keeps them all needs no pass over the team.
    let movedIn = 0;
    for (let band = 0; band < this.bands - 1; band++) {
      const holding = counts[band]! + movedIn;
      if (holding <= final[band]!) {
        movedIn = 0;
        continue;
      }
      movedIn = holding - final[band]!;
      let count = 0;
      for (let i = t0; i < t1; i++) if (out[i] === band) holders[count++] = i;
      if (count > 32) {
        // A large pool: the rule's comparison; it orders every pair, so any sort agrees.
        holders.subarray(0, count).sort((a, b) => scoreOf(score, b) - scoreOf(score, a) || a - b);
      } else {
        sortSmall(score, holders, count);
      }
      for (let h = final[band]!; h < count; h++) out[holders[h]!] = band + 1;
    }
  }

  private key(size: number): number | string {
    if (!this.numericKey) return `${size}:${this.counts.join(",")}`;
    let key = size;
    for (let b = 0; b < this.bands; b++) key = key * (this.team + 1) + this.counts[b]!;
    return key;
  }

  /** The rule applied to a stand-in pool with the current counts: how many end in each band. */
  private finalCounts(size: number): Int32Array | null {
    const ratings = new Uint8Array(size);
    for (let b = 0, i = 0; b < this.bands; b++) for (let c = 0; c < this.counts[b]!; c++) ratings[i++] = b;
    const after = this.applyQuotas(this.scheme, new Float64Array(size), ratings);
    const final = new Int32Array(this.bands);
    for (const r of after) final[r]!++;
    return final.every((c, b) => c === this.counts[b]) ? null : final;
  }
}

/** A score as the rule ranks it: a missing score below every other. */
function scoreOf(score: Float64Array, i: number): number {
  const s = score[i]!;
  return Number.isNaN(s) ? -Infinity : s;
}

/** Insertion sort of a small team's holders, best score first; positions ascend, so ties keep team order. */
function sortSmall(score: Float64Array, holders: Int32Array, count: number): void {
  for (let a = 1; a < count; a++) {
    const i = holders[a]!;
    const s = scoreOf(score, i);
    let b = a - 1;
    while (b >= 0 && scoreOf(score, holders[b]!) < s) {
      holders[b + 1] = holders[b]!;
      b--;
    }
    holders[b + 1] = i;
  }
}
