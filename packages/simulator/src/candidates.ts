/**
 * The candidate ways of working a staff member weighs each period. Each is a vector of actions;
 * the scheme never appears here — which candidate wins is decided by scoring each with the
 * compiled scheme (choice.ts). Intensities form short ladders so that a gamer can pick the
 * smallest manipulation that reaches a band, which is where threshold bunching and the goal
 * gradient (overstatement just short of a goal) come from. docs/model.md §3 lists them.
 */
export interface Candidate {
  name: string;
  /** Share of full working effort, 0..1. */
  effort: number;
  /** Share of cases handled in a rush (half the time, many more defects). */
  rush: number;
  /** Share of hard cases set aside until easy ones are done (cherry-picking). */
  defer: number;
  /** Share of carried (already late) cases set aside until fresh ones are done (cherry-picking by age). */
  deferOld: number;
  /** Open cases marked done without doing them, as a share of the caseload (an absolute count). */
  falsify: number;
  /** Late closures recorded as on time, as a share of the caseload (an absolute count). */
  backdate: number;
  /** 1 when citizens are pressed for a good survey answer. */
  pressure: number;
  /** Share of still-open cases reported closed this period and actually done next period. */
  timing: number;
  /** Share of finished cases kept unreported until next period. */
  holdBack: number;
  /**
   * 1 when the cases kept back are taken from those closed on time (they are reported late next
   * period): what lowers an on-time share of closures, which keeping back a share of every kind
   * leaves unchanged.
   */
  holdFresh: number;
}

const base = { rush: 0, defer: 0, deferOld: 0, falsify: 0, backdate: 0, pressure: 0, timing: 0, holdBack: 0, holdFresh: 0 };

export const CANDIDATES: readonly Candidate[] = [
  { name: "coast", effort: 0.7, ...base },
  { name: "steady", effort: 0.85, ...base },
  { name: "diligent", effort: 1, ...base },
  { name: "rush", effort: 0.85, ...base, rush: 0.35 },
  { name: "rush_hard", effort: 0.85, ...base, rush: 0.7 },
  { name: "cherry_pick", effort: 0.85, ...base, defer: 0.7 },
  { name: "cherry_pick_all", effort: 0.85, ...base, defer: 1 },
  // Working hard on the easy cases: what a volume count pays for most.
  { name: "cherry_pick_diligent", effort: 1, ...base, defer: 1 },
  { name: "fresh_first", effort: 0.85, ...base, deferOld: 1 },
  // A fine ladder of false closures (1, 2, 4, 8, 14, 20 of 40 cases), so the smallest lie that
  // reaches a band is on offer: that is where overstatement just short of a goal comes from.
  { name: "falsify_1", effort: 0.85, ...base, falsify: 0.025 },
  { name: "falsify_2", effort: 0.85, ...base, falsify: 0.05 },
  { name: "falsify_4", effort: 0.85, ...base, falsify: 0.1 },
  { name: "falsify_8", effort: 0.85, ...base, falsify: 0.2 },
  { name: "falsify_14", effort: 0.85, ...base, falsify: 0.35 },
  { name: "falsify_20", effort: 0.85, ...base, falsify: 0.5 },
  { name: "backdate_1", effort: 0.85, ...base, backdate: 0.025 },
  { name: "backdate_3", effort: 0.85, ...base, backdate: 0.075 },
  { name: "backdate_6", effort: 0.85, ...base, backdate: 0.15 },
  { name: "backdate_12", effort: 0.85, ...base, backdate: 0.3 },
  { name: "backdate_20", effort: 0.85, ...base, backdate: 0.5 },
  { name: "falsify_all", effort: 0.85, ...base, falsify: 0.2, backdate: 0.4 },
  { name: "pressure", effort: 0.85, ...base, pressure: 1 },
  { name: "timing", effort: 0.85, ...base, timing: 0.15 },
  { name: "timing_more", effort: 0.85, ...base, timing: 0.35 },
  { name: "hold_back_light", effort: 0.85, ...base, holdBack: 0.1 },
  { name: "hold_back", effort: 0.85, ...base, holdBack: 0.2 },
  { name: "hold_back_diligent", effort: 1, ...base, holdBack: 0.25 },
  // Sitting on cases finished on time (a ratchet on an on-time share of closures pays for it).
  { name: "hold_back_on_time", effort: 0.85, ...base, holdBack: 0.1, holdFresh: 1 },
  { name: "all_soft", effort: 0.85, ...base, rush: 0.35, defer: 0.7, pressure: 1 },
  { name: "all_soft_fresh", effort: 1, ...base, rush: 0.35, deferOld: 1, timing: 0.15 },
];

/**
 * Reference intensity of each soft action: its moral cost is half fixed (the act) and half
 * proportional to the dose against this reference. Falsifying is charged per false record;
 * its entry is the reference dose the exploit finder measures an exploit's cost in.
 */
export const REFERENCE = { rush: 0.35, defer: 0.7, deferOld: 1, pressure: 1, timing: 0.15, holdBack: 0.2, falsify: 0.25 } as const;
/** The soft actions, whose moral cost goes by dose against REFERENCE (falsifying is per record). */
export const SOFT_ACTIONS = ["rush", "defer", "deferOld", "pressure", "timing", "holdBack"] as const;

export type GamingKind = "falsify" | "rush" | "cherryPick" | "pressure" | "timing" | "holdBack";
export const GAMING_KINDS: readonly GamingKind[] = ["falsify", "rush", "cherryPick", "pressure", "timing", "holdBack"];

/** Bit i set when the candidate uses GAMING_KINDS[i] (whether it changes anything is decided by the outcome). */
export function gamingBits(c: Candidate): number {
  return (
    (c.falsify > 0 || c.backdate > 0 ? 1 : 0) |
    (c.rush > 0 ? 2 : 0) |
    (c.defer > 0 || c.deferOld > 0 ? 4 : 0) |
    (c.pressure > 0 ? 8 : 0) |
    (c.timing > 0 ? 16 : 0) |
    (c.holdBack > 0 ? 32 : 0)
  );
}

/** Amounts of what a chosen way of working did, per staff-period (cases), in output order. */
export const AMOUNT_KINDS = ["falseClosures", "falseTimes", "rushed", "deferred", "borrowed", "withheld", "abandoned"] as const;
export type AmountKind = (typeof AMOUNT_KINDS)[number];
