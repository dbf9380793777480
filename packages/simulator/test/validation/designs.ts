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

/**
 * The first phenomenon's grid (docs/model.md §12; `packages/bench/src/target-audit.ts` prints it
 * as a table): a self-reported on-time share of closures or of cases received, floor 0% or 60%,
 * three sets of bands, alone or beside a volume count from the records; and a self-reported
 * completion share. Each at a moderate target (90% with a 0% floor, 80% otherwise) and at 100%.
 */
const TARGET_BANDS = {
  "3 bands": ratings(10, 3, -5),
  "4 bands": `
rating top { min 95 reward 8% }
rating fine { min 80 reward 4% }
rating pass { min 50 reward 0% }
rating fail { reward -3% }`,
  "1 bonus": `
rating bonus { min 75 reward 12% }
rating none { reward 0% }`,
} as const;
type TargetBands = keyof typeof TARGET_BANDS;

export interface TargetDesign {
  label: string;
  kind: "on-time" | "completion";
  moderate: string;
  text: (target: string) => string;
}

function onTimeTargetDesign(den: Denominator, floor: string, bands: TargetBands, withVolume: boolean): TargetDesign {
  return {
    label: `on-time ÷ ${den}, floor ${floor}, ${bands}${withVolume ? ", + volume (records)" : ""}`,
    kind: "on-time",
    moderate: floor === "0%" ? "90%" : "80%",
    text: (t) => `
metric closed { type count source self observes cases.closed }
metric received { type count source system observes cases.received }
metric on_time_n { type count source self observes cases.closed_on_time }
indicator on_time { aspect timeliness value on_time_n / ${den} floor ${floor} target ${t} weight ${withVolume ? 70 : 100} }
${
  withVolume
    ? `metric closed_records { type count source system observes cases.closed }
indicator volume { aspect volume value closed_records floor 25 target 40 weight 30 }`
    : ""
}
${TARGET_BANDS[bands]}`,
  };
}

function completionTargetDesign(floor: string, bands: TargetBands): TargetDesign {
  return {
    label: `completion ÷ received, floor ${floor}, ${bands}`,
    kind: "completion",
    moderate: "80%",
    text: (t) => `
metric closed { type count source self observes cases.closed }
metric received { type count source system observes cases.received }
indicator completion { aspect volume value closed / received floor ${floor} target ${t} weight 100 }
${TARGET_BANDS[bands]}`,
  };
}

export const TARGET_DESIGNS: readonly TargetDesign[] = [
  ...DENOMINATORS.flatMap((den) =>
    ["0%", "60%"].flatMap((floor) =>
      (Object.keys(TARGET_BANDS) as TargetBands[]).flatMap((bands) => [false, true].map((v) => onTimeTargetDesign(den, floor, bands, v))),
    ),
  ),
  ...["50%", "70%"].flatMap((floor) => (["3 bands", "4 bands"] as const).map((bands) => completionTargetDesign(floor, bands))),
];

/** What "moves the contract's way" means on the grid: well beyond seed noise at 1,500 × 6. */
export const TARGET_MARGIN = { falsifiedRatio: 1.2, gamingPoints: 2, correlation: 0.03 } as const;

export interface TargetMeans {
  falsified: number;
  gaming: number;
  correlation: number;
}

/** The three figures of the first phenomenon, each the mean over seeds 1–3 at 1,500 staff × 6 periods. */
export function targetMeans(text: string, model: Record<string, number> = {}): TargetMeans {
  const m = { falsified: 0, gaming: 0, correlation: 0 };
  for (const seed of SEEDS) {
    const s = run(text, { ...RUN, seed, model }).summary;
    m.falsified += s.falsifiedShare! / SEEDS.length;
    m.gaming += s.gamingRate! / SEEDS.length;
    m.correlation += s.scoreTruthCorrelation! / SEEDS.length;
  }
  return m;
}

/** Which of the three moved the contract's way from the moderate target (a) to 100% (b). */
export function targetMoves(a: TargetMeans, b: TargetMeans): Record<keyof TargetMeans, boolean> {
  return {
    falsified: b.falsified > TARGET_MARGIN.falsifiedRatio * a.falsified,
    gaming: 100 * (b.gaming - a.gaming) > TARGET_MARGIN.gamingPoints,
    correlation: b.correlation < a.correlation - TARGET_MARGIN.correlation,
  };
}
