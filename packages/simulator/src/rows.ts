/**
 * Which rows a staff member gets in a block: one per candidate their type ever weighs, and one
 * work row per distinct way of getting through the queue among those candidates (world.ts).
 * Fixed by type, so worked out once here.
 */
import { CANDIDATES } from "./candidates.ts";
import { weighs } from "./choice.ts";

const K = CANDIDATES.length;

export const FALSIFIES = Uint8Array.from(CANDIDATES, (c) => (c.falsify > 0 || c.backdate > 0 ? 1 : 0));
/** Candidates that mark open cases done, those that record late closures as on time, those that press surveys. */
const CLOSES_FALSELY = Uint8Array.from(CANDIDATES, (c) => (c.falsify > 0 && c.backdate === 0 ? 1 : 0));
const BACKDATES = Uint8Array.from(CANDIDATES, (c) => (c.backdate > 0 && c.falsify === 0 ? 1 : 0));
/** Candidates that both mark open cases done and record late closures as on time: only where a record reads each. */
const BOTH = Uint8Array.from(CANDIDATES, (c) => (c.falsify > 0 && c.backdate > 0 ? 1 : 0));
const PRESSES = Uint8Array.from(CANDIDATES, (c) => (c.pressure > 0 && c.rush === 0 ? 1 : 0));
/** Candidates that keep back cases closed on time rather than a share of every kind. */
const HOLDS_FRESH = Uint8Array.from(CANDIDATES, (c) => (c.holdFresh > 0 ? 1 : 0));
const HOLDS = Uint8Array.from(CANDIDATES, (c) => (c.holdBack > 0 ? 1 : 0));
export const FALSIFYING = FALSIFIES.reduce((n, f) => n + f, 0);

/**
 * The candidates each type ever weighs, in candidate order. Only these get a row: a saint's
 * falsifying row would be scored and then ignored.
 */
const ALLOWED: readonly Uint8Array[] = [0, 1, 2, 3].map((t) => Uint8Array.from(CANDIDATES.flatMap((c, i) => (weighs(t, c) ? [i] : []))));

/** What the scheme's records leave open to manipulation (observables.ts decides). */
export interface Openings {
  /** Some self-reported record counts closures: marking open cases done changes it. */
  closures: boolean;
  /** Some self-reported record reads closure times: recording late closures as on time changes it. */
  times: boolean;
  /** Some metric reads the survey: pressing citizens changes it. */
  survey: boolean;
  /** Some record (not the audit's truth) counts closures on time: keeping back those on time changes it differently. */
  onTime: boolean;
}

/**
 * The candidates a type weighs under a scheme: a way of gaming that can change no record the
 * scheme reads is not a way of gaming it, so it gets no row (and no share of the choice noise);
 * nor does holding back where it cannot pay (`holdBack` false: hold-back.ts).
 */
export function allowedUnder(o: Openings, holdBack = true): readonly Uint8Array[] {
  return ALLOWED.map((list) =>
    list.filter(
      (c) =>
        (o.closures || !CLOSES_FALSELY[c]) &&
        (o.times || !BACKDATES[c]) &&
        ((o.closures && o.times) || !BOTH[c]) &&
        (o.survey || !PRESSES[c]) &&
        (o.onTime || !HOLDS_FRESH[c]) &&
        (holdBack || !HOLDS[c]),
    ),
  );
}

/** Candidates alike in effort, rushing and deferral share one work row: the first such candidate. */
const PROFILE = Uint8Array.from(CANDIDATES, (c) =>
  CANDIDATES.findIndex((d) => d.effort === c.effort && d.rush === c.rush && d.defer === c.defer && d.deferOld === c.deferOld),
);

/** The work rows of each type: the distinct profiles among its candidates. */
export const PROFILES: readonly Uint8Array[] = ALLOWED.map((list) => Uint8Array.from(new Set(Array.from(list, (c) => PROFILE[c]!))));

/** The most work rows a staff member gets. */
export const MAX_PROFILES = Math.max(...PROFILES.map((p) => p.length));

/** WORK_SLOT[type * K + c]: which of its type's work rows candidate c's work is. */
export const WORK_SLOT = Int32Array.from({ length: 4 * K }, (_, x) => PROFILES[Math.floor(x / K)]!.indexOf(PROFILE[x % K]!));
