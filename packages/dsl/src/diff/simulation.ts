/**
 * `goodhart diff --simulate`: both schemes run on ONE population (the caller picks it: the
 * flags, else the old scheme's `simulation` block) and their summaries are compared figure by
 * figure. This module only reads the summaries; it never runs the simulator (the dsl sits below
 * it), so the figures list here is the one every renderer and format uses.
 */
import type { Scheme } from "../semantics/model.ts";

export interface Interval {
  low: number;
  high: number;
}

export interface SimulationComparison {
  /** The one population both schemes ran on: staff, periods, seed, team, the type shares… */
  settings: Record<string, number>;
  /** The simulator's summary of each run, plus `bonusCost` (see below). */
  old: Record<string, unknown>;
  new: Record<string, unknown>;
  /** Replicate intervals per figure key, when the runs had replicates. */
  intervals?: { old: Record<string, Interval>; new: Record<string, Interval> };
}

export type FigureUnit = "points" | "share" | "number";

export interface Figure {
  /** Dotted path into the summary: `gamingRate`, `gaming.falsify`, `ratings.good`, `bonusCost`. */
  key: string;
  label: string;
  unit: FigureUnit;
  old: number | null;
  new: number | null;
}

const HEADLINE: [key: string, label: string, unit: FigureUnit][] = [
  ["meanScore", "mean score", "points"],
  ["meanTrueValue", "mean true value", "number"],
  ["gamingRate", "gaming rate", "share"],
  ["falsifiedShare", "falsified closures", "share"],
  ["scoreTruthCorrelation", "score ~ true value", "number"],
  ["scoreAbilityCorrelation", "score ~ ability", "number"],
  ["morale", "morale", "number"],
  ["hardBacklog", "hard backlog", "number"],
  ["bonusCost", "bonus cost (share of salary)", "share"],
];

/** Names of `summary.gaming`, in words. */
const GAMING_WORDS: Record<string, string> = {
  falsify: "falsifying",
  rush: "rushing",
  cherryPick: "cherry-picking",
  pressure: "pressuring surveys",
  timing: "timing",
  holdBack: "holding back",
};

/**
 * The expected bonus per staff-period as a share of salary: each band's `reward` times the
 * share of staff-periods rated in it (after quotas). Null when no band share is known.
 */
export function bonusCost(scheme: Scheme, ratings: Record<string, unknown> | undefined): number | null {
  if (!ratings) return null;
  let sum = 0;
  let known = false;
  for (const r of scheme.ratings) {
    const share = ratings[r.name];
    if (typeof share !== "number") continue;
    known = true;
    sum += share * r.reward;
  }
  return known ? sum : null;
}

/** The comparison document: each summary with its scheme's bonus cost beside the simulator's figures. */
export function compareSimulations(
  oldScheme: Scheme,
  newScheme: Scheme,
  settings: Record<string, number>,
  oldSummary: object,
  newSummary: object,
): SimulationComparison {
  const withCost = (scheme: Scheme, summary: object) => {
    const s = summary as Record<string, unknown>;
    return { ...s, bonusCost: bonusCost(scheme, s.ratings as Record<string, unknown> | undefined) };
  };
  return { settings, old: withCost(oldScheme, oldSummary), new: withCost(newScheme, newSummary) };
}

const num = (x: unknown): number | null => (typeof x === "number" && Number.isFinite(x) ? x : null);
const sub = (x: unknown): Record<string, unknown> => (x !== null && typeof x === "object" ? (x as Record<string, unknown>) : {});

/** Every figure a reader compares: the headline ones, gaming by kind, and the ratings split. */
export function simulationFigures(sim: SimulationComparison): Figure[] {
  const out: Figure[] = HEADLINE.map(([key, label, unit]) => ({ key, label, unit, old: num(sim.old[key]), new: num(sim.new[key]) }));
  const gOld = sub(sim.old.gaming);
  const gNew = sub(sim.new.gaming);
  for (const kind of [...new Set([...Object.keys(gOld), ...Object.keys(gNew)])]) {
    out.push({ key: `gaming.${kind}`, label: `  ${GAMING_WORDS[kind] ?? kind}`, unit: "share", old: num(gOld[kind]), new: num(gNew[kind]) });
  }
  const rOld = sub(sim.old.ratings);
  const rNew = sub(sim.new.ratings);
  for (const band of [...new Set([...Object.keys(rOld), ...Object.keys(rNew)])]) {
    out.push({ key: `ratings.${band}`, label: `rated ${band}`, unit: "share", old: num(rOld[band]), new: num(rNew[band]) });
  }
  // Gaming by kind reads best right under the gaming rate.
  const at = out.findIndex((f) => f.key === "gamingRate") + 1;
  const kinds = out.filter((f) => f.key.startsWith("gaming."));
  return [...out.slice(0, at).filter((f) => !f.key.startsWith("gaming.")), ...kinds, ...out.slice(at).filter((f) => !f.key.startsWith("gaming."))];
}

export function figureText(x: number | null, unit: FigureUnit): string {
  if (x === null) return "n/a";
  if (unit === "share") return `${(x * 100).toFixed(1)}%`;
  return x.toFixed(unit === "points" ? 1 : 2);
}

/** A figure changed when it reads differently at the precision shown. */
export function figureMoved(f: Figure): boolean {
  return figureText(f.old, f.unit) !== figureText(f.new, f.unit);
}

export function intervalText(sim: SimulationComparison, side: "old" | "new", f: Figure): string {
  const i = sim.intervals?.[side][f.key];
  return i ? ` [${figureText(i.low, f.unit)}–${figureText(i.high, f.unit)}]` : "";
}

/** `2000 staff × 12 periods, seed 42, teams of 20; saints 10%, honest 60%, …`. */
export function settingsText(settings: Record<string, number>): string {
  const s = settings;
  const share = (k: string) => (typeof s[k] === "number" ? `${k} ${Number((s[k]! * 100).toFixed(1))}%` : null);
  const head = [s.staff !== undefined ? `${s.staff} staff` : null, s.periods !== undefined ? `${s.periods} periods` : null].filter(Boolean).join(" × ");
  const rest = [s.seed !== undefined ? `seed ${s.seed}` : null, s.team !== undefined ? `teams of ${s.team}` : null].filter(Boolean);
  const mix = ["saints", "honest", "reactive", "maniacs", "hard", "luck"].map(share).filter(Boolean);
  return `${[head, ...rest].filter(Boolean).join(", ")}${mix.length ? `; ${mix.join(", ")}` : ""}`;
}
