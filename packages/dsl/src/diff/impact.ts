/**
 * `goodhart diff --data CSV`: what the change does to real people. Both schemes score the
 * same staff (quotas included, per pool), and a reviewer reads grouped facts rather than a
 * score distribution: "14 of 120 move good → completed", the mean score old → new, how many a
 * quota holds back, whom a gate now catches, and the moves per unit. This is the only impact
 * code: the CLI and the playground render what it returns.
 */
import { render, t, type Lang, type Message } from "../i18n/translate.ts";
import type { Scheme } from "../semantics/model.ts";
import { scoreRows, type ScoredStaff, type StaffInput } from "../scoring/score-rows.ts";
import type { SchemeDiff } from "./types.ts";

export interface BandMove {
  from: string;
  to: string;
  count: number;
  /** Staff ids, in input order. */
  ids: string[];
  /** `14 of 120 move good → completed`. */
  text: string;
}

export interface GateCatch {
  gate: string;
  /** Staff the gate holds under the new scheme and did not under the old (by the gate's new name). */
  count: number;
  ids: string[];
  text: string;
}

export interface UnitMoves {
  unit: string | null;
  staff: number;
  moved: number;
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
  /** Staff a quota moved below the band their score reached, in each scheme. */
  heldBackByQuota: { old: number; new: number; ids: { old: string[]; new: string[] } };
  /** Staff each gate now catches that it did not before. */
  gates: GateCatch[];
  /** Per unit (the quota pool), only units where someone moves; empty without a `unit` column. */
  units: UnitMoves[];
  /** Staff per band after quotas, in each scheme. */
  ratings: { old: Record<string, number>; new: Record<string, number> };
  /** What the reader must know to trust the figures (a column read as missing, say). */
  notes: string[];
  /** The same notes as catalogue messages, for a reader of another language. */
  noteMessages?: Message[];
}

export interface ImpactOptions {
  /** The schemes' diff: a band or gate that was only renamed is then not read as a move. */
  diff?: SchemeDiff;
  /** Metrics with no column in the staff table, read as missing for everyone (new metrics, usually). */
  missingColumns?: { metric: string; side: "old" | "new" | "both" }[];
  /** The table's name, for the notes. */
  table?: string;
}

export function diffImpact(oldScheme: Scheme, newScheme: Scheme, rows: StaffInput[], options: ImpactOptions = {}): DiffImpact {
  const before = scoreRows(oldScheme, rows);
  const after = scoreRows(newScheme, rows);
  const renamedAs = (declaration: string) =>
    new Map(
      (options.diff?.changes ?? []).filter((c) => c.kind === "renamed" && c.declaration === declaration).map((c) => [c.old!, c.new!]),
    );
  const bands = renamedAs("rating");
  const gateNames = renamedAs("gate");
  const moves = new Map<string, BandMove>();
  const units = new Map<string | null, { staff: number; moved: number }>();
  let unchanged = 0;
  before.staff.forEach((s, i) => {
    const from = s.rating;
    const to = after.staff[i]!.rating;
    const unit = units.get(s.unit) ?? { staff: 0, moved: 0 };
    unit.staff += 1;
    units.set(s.unit, unit);
    if ((bands.get(from) ?? from) === to) {
      unchanged += 1;
      return;
    }
    unit.moved += 1;
    const key = `${from}\u0000${to}`;
    const move = moves.get(key) ?? { from, to, count: 0, ids: [], text: "" };
    move.count += 1;
    move.ids.push(s.id);
    moves.set(key, move);
  });
  const list = [...moves.values()]
    .sort((a, b) => b.count - a.count)
    .map((m) => ({ ...m, text: moveText(m.count, rows.length, m.from, m.to) }));
  const held = (staff: ScoredStaff[]) => staff.filter((s) => s.rating !== s.ratingBeforeQuota).map((s) => s.id);
  const heldOld = held(before.staff);
  const heldNew = held(after.staff);
  const caught = new Map<string, string[]>();
  before.staff.forEach((s, i) => {
    const was = new Set(s.gates.map((g) => gateNames.get(g) ?? g));
    for (const g of after.staff[i]!.gates) if (!was.has(g)) caught.set(g, [...(caught.get(g) ?? []), s.id]);
  });
  const gates = [...caught].map(([gate, ids]) => ({
    gate,
    count: ids.length,
    ids,
    text: gateText(gate, ids.length, rows.length),
  }));
  const unitList =
    units.size > 1 || (units.size === 1 && !units.has(null))
      ? [...units]
          .filter(([, u]) => u.moved > 0)
          .map(([unit, u]) => ({
            unit,
            staff: u.staff,
            moved: u.moved,
            text: unitText(unit, u.moved, u.staff),
          }))
      : [];
  const table: string | Message = options.table ?? { key: "diff.impact.table" };
  const noteMessages: Message[] = (options.missingColumns ?? []).map((m) => ({
    key: "diff.impact.missingColumn",
    params: { table, metric: m.metric, side: m.side, staff: rows.length },
  }));
  return {
    staff: rows.length,
    moves: list,
    unchanged,
    meanScore: { old: mean(before.staff.map((s) => s.score)), new: mean(after.staff.map((s) => s.score)) },
    heldBackByQuota: { old: heldOld.length, new: heldNew.length, ids: { old: heldOld, new: heldNew } },
    gates,
    units: unitList,
    ratings: { old: { ...before.ratings }, new: { ...after.ratings } },
    notes: noteMessages.map((m) => render("en", m)),
    noteMessages,
  };
}

/** `14 of 120 move good → completed` (the bands as the caller names them). */
export function moveText(count: number, total: number, from: string, to: string, lang: Lang = "en"): string {
  return t(lang, "diff.impact.move", { count, total, from, to });
}

/** `gate falsified now catches 3 of 120` (the gate as the caller styles it). */
export function gateText(gate: string, count: number, total: number, lang: Lang = "en"): string {
  return t(lang, "diff.impact.gate", { gate, count, total });
}

/** `unit A: 2 of 10 change band`; a null unit (no unit column value) is `(none)`. */
export function unitText(unit: string | null, moved: number, staff: number, lang: Lang = "en"): string {
  return t(lang, "diff.impact.unit", { unit: unit ?? t(lang, "diff.impact.noUnit"), moved, staff });
}

/** The mean score line: `mean score 71.2 → 69.8 (−1.4)`. */
export function meanScoreText(m: DiffImpact["meanScore"], lang: Lang = "en"): string {
  const f = (x: number | null) => (x === null ? t(lang, "diff.impact.noScore") : x.toFixed(1));
  const delta = m.old !== null && m.new !== null ? m.new - m.old : null;
  const d = delta === null || Number(delta.toFixed(1)) === 0 ? "" : ` (${delta > 0 ? "+" : "−"}${Math.abs(delta).toFixed(1)})`;
  return t(lang, "diff.impact.meanScore", { old: f(m.old), new: f(m.new), delta: d });
}

/** `3 held back by a quota (was 1)`; null when none either side. */
export function quotaText(h: DiffImpact["heldBackByQuota"], lang: Lang = "en"): string | null {
  if (h.old === 0 && h.new === 0) return null;
  const was = h.old === h.new ? t(lang, "diff.impact.quotaAsBefore") : t(lang, "diff.impact.quotaWas", { old: h.old });
  return t(lang, "diff.impact.quota", { count: h.new, was });
}

/** The impact's notes in `lang` (English: the `notes` field as it is). */
export function impactNotes(impact: DiffImpact, lang: Lang = "en"): string[] {
  return lang === "en" || !impact.noteMessages ? impact.notes : impact.noteMessages.map((m) => render(lang, m));
}

function mean(xs: (number | null)[]): number | null {
  const defined = xs.filter((x): x is number => x !== null);
  return defined.length === 0 ? null : defined.reduce((a, b) => a + b, 0) / defined.length;
}
