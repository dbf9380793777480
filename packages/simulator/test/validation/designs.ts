/**
 * Schemes for the validation suite, written as a policy designer would: an on-time share of
 * closures and of cases received, counts and ratios, several reward scales. Each test runs at
 * least two of them on three seeds. A hidden `truth` indicator (source audit, weight 0) reads
 * the true value of what the scored indicator reports, so reported and true can be compared.
 */
import type { SimulationParamsInput } from "../../src/params.ts";
import type { SimulationResult } from "../../src/result.ts";
import { run } from "../support/kpi.ts";

export const SEEDS = [1, 2, 3] as const;

export function ratings(excellent = 15, good = 5, fallback = -10): string {
  return `
rating excellent { min 90 reward ${excellent}% }
rating good { min 70 reward ${good}% }
rating not_completed { reward ${fallback}% }`;
}

/** The two denominators an on-time share is written with. */
export type Denominator = "closed" | "received";
export const DENOMINATORS: readonly Denominator[] = ["closed", "received"];

export interface OnTimeOptions {
  target?: string;
  floor?: string;
  source?: "self" | "system";
  audit?: string;
  gate?: boolean;
  rewards?: string;
  ratchet?: string;
}

/** An on-time share of closures or of cases received, with its truth alongside. */
export function onTimeShare(den: Denominator, o: OnTimeOptions = {}): string {
  const src = o.source ?? "self";
  const audit = o.audit ? `audit ${o.audit}` : "";
  const trueDen = den === "closed" ? "closed_true" : "received";
  return `
metric closed { type count source ${src} observes cases.closed ${audit} }
metric received { type count source system observes cases.received }
metric on_time_n { type count source ${src} observes cases.closed_on_time ${audit} }
metric on_time_true { type count source audit observes cases.closed_on_time }
metric closed_true { type count source audit observes cases.closed }
metric failures { type count source audit observes audit.failures }
indicator on_time { aspect timeliness value on_time_n / ${den} floor ${o.floor ?? "60%"} target ${o.target ?? "100%"} ratchet ${o.ratchet ?? "0%"} weight 100 }
indicator truth { aspect timeliness value on_time_true / ${trueDen} floor 0% target 100% weight 0 }
${o.gate ? "gate caught { when failures > 0 cap rating not_completed }" : ""}
${o.rewards ?? ratings()}`;
}

/** A self-reported count of closures against a count target (no ratio). */
export function closureCount(target: number, o: { rewards?: string; ratchet?: string; source?: "self" | "system" } = {}): string {
  return `
metric closed { type count source ${o.source ?? "self"} observes cases.closed }
metric closed_true { type count source audit observes cases.closed }
indicator volume { aspect volume value closed floor ${Math.round(target * 0.75)} target ${target} ratchet ${o.ratchet ?? "0%"} weight 100 }
indicator truth { aspect volume value closed_true floor 0 target ${target} weight 0 }
${o.rewards ?? ratings()}`;
}

/** Closures as a share of cases received, from the records. */
export function closureRatio(target: string, o: { ratchet?: string } = {}): string {
  return `
metric closed { type count source system observes cases.closed }
metric received { type count source system observes cases.received }
indicator share { aspect volume value closed / received floor 75% target ${target} ratchet ${o.ratchet ?? "0%"} weight 100 }
${ratings()}`;
}

export const RUN = { staff: 1500, periods: 6 } as const;

/** The same scheme on the three seeds. */
export function seeds(text: string, params: SimulationParamsInput = {}): SimulationResult[] {
  return SEEDS.map((seed) => run(text, { ...RUN, ...params, seed }));
}

/** Reported minus true value of the scored indicator, in points of a share. */
export function gap(r: SimulationResult, reported = "on_time"): number {
  return 100 * (r.indicators[reported]!.meanValue! - r.indicators.truth!.meanValue!);
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
