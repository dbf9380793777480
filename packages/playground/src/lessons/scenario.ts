/**
 * Turns a lesson into the concrete runs it shows: scheme text plus population, for every
 * point of its sweep or for its before/after pair, with the trainer's what-if value applied.
 * The browser and lessons/lessons.test.ts both build runs here, so the test checks exactly
 * what the room sees.
 */
import { completeMix, findLiteral, MIX_KEYS, parseLiteralPath, setLiteral as setOne, type MixKey } from "@goodhart/dsl";
import { DEFAULT_POPULATION, type Population } from "../sim/population.ts";
import { sweepValues } from "../sim/literal-text.ts";
import type { Lesson, LessonPopulation, SchemeRef } from "./schema.ts";

export interface Run {
  text: string;
  population: Population;
}

/** Scheme text for a reference; the browser reads files bundled at build time, Node reads disk. */
export type ResolveScheme = (ref: SchemeRef) => string;

const isMixKey = (k: string): k is MixKey => (MIX_KEYS as readonly string[]).includes(k);

/** The population setting a path names (`population.luck`), or null when it names a scheme literal. */
function populationKey(path: string): string | null {
  const p = parseLiteralPath(path);
  return p?.kind === "population" ? p.name : null;
}

/** `text` with the literal at each scheme path set to `value` (population paths are the caller's). */
export function setLiteral(text: string, paths: readonly string[], value: number): string {
  return paths.filter((p) => populationKey(p) === null).reduce((t, path) => setOne(t, path, value), text);
}

/** A partial mix completed by the simulator's rule: the shares not given split the rest in proportion to `base`. */
function mixOver(base: Population["mix"], given: Partial<Population["mix"]>, where: string): Population["mix"] {
  const outcome = completeMix(given, base);
  if (!outcome.ok) throw new Error(`${where}: ${outcome.message}`);
  return outcome.mix;
}

/** The lesson's population over the defaults (the scheme's own block is not read, as in the playground). */
function lessonPopulation(p: LessonPopulation): Population {
  const mix = mixOver(
    DEFAULT_POPULATION.mix,
    Object.fromEntries(MIX_KEYS.filter((k) => p[k] !== undefined).map((k) => [k, p[k]])),
    "the lesson's population",
  );
  return {
    staff: p.staff,
    periods: p.periods,
    seed: p.seed,
    team: p.team ?? DEFAULT_POPULATION.team,
    hard: p.hard ?? DEFAULT_POPULATION.hard,
    luck: p.luck ?? DEFAULT_POPULATION.luck,
    mix,
  };
}

function setPopulation(population: Population, key: string, value: number): Population {
  if (isMixKey(key)) return { ...population, mix: mixOver(population.mix, { [key]: value }, `population.${key}`) };
  return { ...population, [key]: value };
}

/** A run with every path set to `value`. */
export function withValue(run: Run, paths: readonly string[], value: number): Run {
  let population = run.population;
  for (const path of paths) {
    const key = populationKey(path);
    if (key !== null) population = setPopulation(population, key, value);
  }
  return { text: setLiteral(run.text, paths, value), population };
}

function withEdits(run: Run, edits: Record<string, number>): Run {
  return Object.entries(edits).reduce((r, [path, value]) => withValue(r, [path], value), run);
}

/** The lesson's scheme and population with its `set` edits: where everything starts. */
export function baseRun(lesson: Lesson, resolve: ResolveScheme): Run {
  return withEdits({ text: resolve(lesson.scheme), population: lessonPopulation(lesson.population) }, lesson.set);
}

/** The value a path holds in a run (a population setting or a scheme literal). */
function valueAt(run: Run, path: string): { value: number; percent: boolean } {
  const key = populationKey(path);
  if (key === null) {
    const found = findLiteral(run.text, path);
    return { value: found.value, percent: found.percent };
  }
  if (isMixKey(key)) return { value: run.population.mix[key], percent: true };
  const value = run.population[key as Exclude<keyof Population, "mix">];
  return { value, percent: key === "hard" || key === "luck" };
}

export function sweepPoints(lesson: Lesson, resolve: ResolveScheme): { value: number; run: Run }[] {
  if (!lesson.sweep) return [];
  const sweep = lesson.sweep;
  const base = baseRun(lesson, resolve);
  return sweepValues(sweep.from, sweep.to, sweep.steps).map((value) => ({ value, run: withValue(base, sweep.path, value) }));
}

/** The what-if control: what it edits, its range, and where it starts. */
export interface Control {
  paths: string[];
  label: string;
  min: number;
  max: number;
  step: number;
  initial: number;
  percent: boolean;
}

export function controlOf(lesson: Lesson, resolve: ResolveScheme): Control {
  if (lesson.sweep) {
    const s = lesson.sweep;
    const base = baseRun(lesson, resolve);
    const { value, percent } = valueAt(base, s.path[0]!);
    const [min, max] = s.from < s.to ? [s.from, s.to] : [s.to, s.from];
    return {
      paths: s.path,
      label: s.label,
      min,
      max,
      step: (max - min) / (s.steps - 1),
      initial: Math.min(max, Math.max(min, value)),
      percent,
    };
  }
  const c = lesson.pair!.control;
  const { value, percent } = valueAt(pairRuns(lesson, resolve).after, c.path[0]!);
  return { paths: c.path, label: c.label, min: c.min, max: c.max, step: c.step, initial: Math.min(c.max, Math.max(c.min, value)), percent };
}

/** Before and after; `value`, when given, is the control's value (it edits `after`, and `before` too for population paths). */
export function pairRuns(lesson: Lesson, resolve: ResolveScheme, value?: number): { before: Run; after: Run } {
  const pair = lesson.pair;
  if (!pair) throw new Error(`lesson ${lesson.id} has no before/after pair`);
  const base = baseRun(lesson, resolve);
  const side = (s: typeof pair.before): Run => withEdits(s.scheme ? { ...base, text: resolve(s.scheme) } : base, s.set);
  let before = side(pair.before);
  let after = side(pair.after);
  if (value !== undefined) {
    after = withValue(after, pair.control.path, value);
    const populationPaths = pair.control.path.filter((p) => populationKey(p) !== null);
    if (populationPaths.length > 0) before = withValue(before, populationPaths, value);
  }
  return { before, after };
}
