/**
 * `goodhart diff --data CSV`: what the change does to real people. Both schemes score the
 * same staff (quotas included, per pool), and every staff member whose band changes is
 * counted under the (from, to) pair, so a reviewer reads "14 of 120 move from good to
 * completed" rather than a score distribution.
 */
import type { Scheme } from "../semantics/model.ts";
import { scoreRows, type StaffInput } from "../scoring/score-rows.ts";
import type { SchemeDiff } from "./types.ts";

export interface BandMove {
  from: string;
  to: string;
  count: number;
  /** Staff ids, in input order. */
  ids: string[];
  /** `14 of 120 move from good to completed`. */
  text: string;
}

export interface DiffImpact {
  staff: number;
  /** Largest moves first; staff whose band is unchanged are not listed. */
  moves: BandMove[];
  /** How many keep their band. */
  unchanged: number;
  /** Mean score over staff with a score, null when none has one. */
  meanScore: { old: number | null; new: number | null };
  /** Staff per band after quotas, in each scheme. */
  ratings: { old: Record<string, number>; new: Record<string, number> };
}

export interface ImpactOptions {
  /** The schemes' diff: a band that was only renamed is then not read as a move. */
  diff?: SchemeDiff;
}

export function diffImpact(oldScheme: Scheme, newScheme: Scheme, rows: StaffInput[], options: ImpactOptions = {}): DiffImpact {
  const before = scoreRows(oldScheme, rows);
  const after = scoreRows(newScheme, rows);
  const renamed = new Map(
    (options.diff?.changes ?? []).filter((c) => c.kind === "renamed" && c.declaration === "rating").map((c) => [c.old!, c.new!]),
  );
  const moves = new Map<string, BandMove>();
  let unchanged = 0;
  before.staff.forEach((s, i) => {
    const from = s.rating;
    const to = after.staff[i]!.rating;
    if ((renamed.get(from) ?? from) === to) {
      unchanged += 1;
      return;
    }
    const key = `${from}\u0000${to}`;
    const move = moves.get(key) ?? { from, to, count: 0, ids: [], text: "" };
    move.count += 1;
    move.ids.push(s.id);
    moves.set(key, move);
  });
  const list = [...moves.values()]
    .sort((a, b) => b.count - a.count)
    .map((m) => ({ ...m, text: moveText(m.count, rows.length, m.from, m.to) }));
  return {
    staff: rows.length,
    moves: list,
    unchanged,
    meanScore: { old: mean(before.staff.map((s) => s.score)), new: mean(after.staff.map((s) => s.score)) },
    ratings: { old: { ...before.ratings }, new: { ...after.ratings } },
  };
}

export function moveText(count: number, total: number, from: string, to: string): string {
  return `${count} of ${total} ${count === 1 ? "moves" : "move"} from ${from} to ${to}`;
}

function mean(xs: (number | null)[]): number | null {
  const defined = xs.filter((x): x is number => x !== null);
  return defined.length === 0 ? null : defined.reduce((a, b) => a + b, 0) / defined.length;
}
