/**
 * The hold-out audit's building blocks: .kpi text from small specs (so each design's knobs
 * change one declaration, not a hand-edited copy of the scheme), a parse check, the seeds and
 * run size, and the number formatting of the report.
 */
import { analyze, type Diagnostic } from "@goodhart/dsl";
import { simulate, type SimulationParamsInput, type SimulationResult } from "@goodhart/simulator";

/** What the report reads of a run; the rest (per-period figures, staff detail) is dropped to keep 786 runs in memory. */
export type Outcome = Pick<SimulationResult, "summary" | "indicators" | "notes">;

export type Source = "self" | "system" | "survey" | "supervisor" | "audit";

export function metric(name: string, type: string, source: Source, observes: string, audit?: number): string {
  return `metric ${name} {\n  type ${type}\n  source ${source}\n  observes ${observes}\n${audit ? `  audit ${audit}%\n` : ""}}\n`;
}

export interface IndicatorSpec {
  name: string;
  value: string;
  weight: number;
  aspect?: string;
  floor?: string | number;
  target?: string | number;
  lower?: boolean;
  /** Threshold → points, highest first; replaces floor and target (a cliff). */
  steps?: [string | number, number][];
  ratchet?: number;
}

export function indicator(i: IndicatorSpec): string {
  let s = `indicator ${i.name} {\n`;
  if (i.aspect) s += `  aspect ${i.aspect}\n`;
  s += `  value ${i.value}\n`;
  if (i.lower) s += "  better lower\n";
  if (i.steps) for (const [threshold, points] of i.steps) s += `  step ${threshold} -> ${points}\n`;
  else s += `  floor ${i.floor}\n  target ${i.target}\n`;
  if (i.ratchet !== undefined) s += `  ratchet ${i.ratchet}%\n`;
  s += `  weight ${i.weight}\n}\n`;
  return s;
}

export interface Band {
  name: string;
  min?: number;
  reward: number;
  quota?: number;
}

/** `zero` keeps the bands and pays nothing in any of them: the zero-reward arm of §4.4. */
export function ratings(bands: Band[], zero = false): string {
  return bands
    .map(
      (b) =>
        `rating ${b.name} {\n${b.min !== undefined ? `  min ${b.min}\n` : ""}${b.quota ? `  quota ${b.quota}%\n` : ""}  reward ${zero ? 0 : b.reward}%\n}\n`,
    )
    .join("");
}

/** A penalising gate: any false record an audit finds caps the period at the lowest band. */
export function gate(lowest: string): string {
  return `${metric("failures", "count", "audit", "audit.failures")}gate caught {\n  when failures > 0\n  cap rating ${lowest}\n}\n`;
}

export function scheme(label: string): string {
  return `scheme "${label}" {\n  period month\n}\n`;
}

// A design whose text does not compile would otherwise surface as a SchemeError deep in a run,
// without the knobs that built it.
const checked = new Set<string>();
function check(text: string, tag: string): void {
  if (checked.has(text)) return;
  const errors = analyze(text).diagnostics.filter((d: Diagnostic) => d.severity === "error");
  if (errors.length > 0) {
    const list = errors.map((d) => `  ${d.code} line ${d.range.start.line}: ${d.message}`).join("\n");
    throw new Error(`holdout-audit: the scheme of ${tag} does not compile:\n${list}\n${text}`);
  }
  checked.add(text);
}

export const SEEDS = [1, 2, 3] as const;
/** The audit's run size; an experiment's own params (periods, population, …) override it. */
const RUN = { staff: 1500, periods: 6 } as const;

// Phenomena share arms (a design's base scheme is P4's base, P5's smooth, P6's ratchet-free
// twin and more), and the simulator is deterministic in (text, params, seed), so each distinct
// run is made once.
const cache = new Map<string, Outcome>();

/** One outcome per seed of SEEDS, in seed order. */
export function simulateSeeds(text: string, params: SimulationParamsInput, tag: string): Outcome[] {
  check(text, tag);
  return SEEDS.map((seed) => {
    const input: SimulationParamsInput = { ...RUN, seed, ...params };
    const key = `${JSON.stringify(input)}\n${text}`;
    let outcome = cache.get(key);
    if (!outcome) {
      const { summary, indicators, notes } = simulate(text, input);
      cache.set(key, (outcome = { summary, indicators, notes }));
    }
    return outcome;
  });
}

export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** A figure the simulator could not compute (null) is NaN here, and prints as "null". */
export const fmt = (x: number, digits = 4): string => (Number.isNaN(x) ? "null" : x.toFixed(digits));
