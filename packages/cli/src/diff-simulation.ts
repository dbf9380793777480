/**
 * `goodhart diff --simulate [--replicates N]`: both schemes run on ONE population and the same
 * seeds, compared figure by figure. The dsl's diff knows nothing of the simulator (it sits
 * below it); this module extends its report with the comparison and renders it as one more
 * section of the dsl's text and Markdown reports.
 *
 * With replicates, a figure is marked as changed only when the 95% interval of its per-seed
 * difference (new − old on the same seed, a paired t-interval) excludes zero: the seeds are
 * shared, so most of the noise between seeds cancels in the difference, and what is left is
 * what the change did.
 */
import { bonusCost, escapeMarkdown, percentText, t, type Lang, type Scheme, type SchemeDiff, type DiffImpact } from "@goodhart/dsl";
import {
  combineSummaries,
  estimate,
  figureByKey,
  figureValue,
  formatFigure,
  HEADLINE_FIGURES,
  intervalAt,
  supportedDigits,
  type Figure,
  type Intervals,
  type SimulationResult,
  type Summary,
} from "@goodhart/simulator";
import type { Population } from "./diff-population.ts";

/** A run's summary with its scheme's price beside the simulator's figures. */
export type SideSummary = Summary & { bonusCost: number | null };

/** The per-seed difference of one figure, new − old, with its paired 95% interval. */
export interface FigureDifference {
  mean: number | null;
  low: number | null;
  high: number | null;
  /** The interval excludes zero: the change moved this figure beyond the noise between seeds. */
  changed: boolean;
}

export interface DiffSimulation {
  /** The one population both schemes ran on. */
  settings: Population;
  /** Each side's summary; with replicates, the mean over the seeds. */
  old: SideSummary;
  new: SideSummary;
  /** With replicates only. */
  replicates?: number;
  seeds?: number[];
  intervals?: { old: Intervals; new: Intervals };
  /** Figure key (`falsifiedShare`, `gaming.rush`, `ratings.good`) → its paired difference. */
  difference?: Record<string, FigureDifference>;
}

/** The diff document of `--json`: the dsl's report, the staff table's impact (`--data`), the simulation (`--simulate`). */
export type DiffReport = SchemeDiff & { impact?: DiffImpact; simulation?: DiffSimulation };

/**
 * The one figure a diff adds to the simulator's catalogue: it is priced from the scheme's
 * rewards, not simulated, so the catalogue (which describes a run) does not carry it.
 */
const bonusCostFigure = (lang: Lang): Figure => ({
  key: "bonusCost",
  label: t(lang, "diff.sim.bonusCost.label"),
  unit: t(lang, "diff.sim.bonusCost.unit"),
  format: "share",
  digits: 1,
  // A negative reward (a penalty band) can make it negative.
  range: { min: null, max: null },
  better: null,
  showUnit: false,
  meaning: t(lang, "diff.sim.bonusCost.meaning"),
});

export interface ComparedFigure {
  figure: Figure;
  /** Shown under the figure before it (gaming by kind under the gaming rate). */
  nested: boolean;
}

function withCost(scheme: Scheme, summary: Summary): SideSummary {
  return { ...summary, bonusCost: bonusCost(scheme, summary.ratings) };
}

/** The headline figures, gaming by kind under the gaming rate, the bonus cost, then the ratings split. */
export function comparedFigures(sim: Pick<DiffSimulation, "old" | "new">, lang: Lang = "en"): ComparedFigure[] {
  const out: ComparedFigure[] = [];
  const union = (a: object, b: object) => [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of HEADLINE_FIGURES) {
    out.push({ figure: figureByKey(key, lang)!, nested: false });
    if (key === "gamingRate")
      for (const kind of union(sim.old.gaming, sim.new.gaming))
        out.push({ figure: figureByKey(`gaming.${kind}`, lang) ?? plain(`gaming.${kind}`), nested: true });
  }
  out.push({ figure: bonusCostFigure(lang), nested: false });
  for (const band of union(sim.old.ratings, sim.new.ratings)) out.push({ figure: figureByKey(`ratings.${band}`, lang)!, nested: false });
  return out;
}

function plain(key: string): Figure {
  return {
    key,
    label: key,
    unit: "",
    format: "number",
    digits: 2,
    range: { min: null, max: null },
    better: null,
    showUnit: false,
    meaning: "",
  };
}

/**
 * Both sides' runs, seed by seed (`old[i]` and `new[i]` share a seed), into the comparison.
 * One run a side is the plain comparison; more give means, intervals and paired differences.
 */
export function compareRuns(
  oldScheme: Scheme,
  newScheme: Scheme,
  settings: Population,
  oldRuns: readonly SimulationResult[],
  newRuns: readonly SimulationResult[],
  seeds: readonly number[],
): DiffSimulation {
  if (oldRuns.length === 0 || oldRuns.length !== newRuns.length) throw new RangeError("both schemes need the same number of runs");
  const olds = oldRuns.map((r) => withCost(oldScheme, r.summary));
  const news = newRuns.map((r) => withCost(newScheme, r.summary));
  if (olds.length === 1) return { settings, old: olds[0]!, new: news[0]! };
  const o = combineSummaries(olds);
  const n = combineSummaries(news);
  const sim: DiffSimulation = {
    settings,
    old: o.summary as SideSummary,
    new: n.summary as SideSummary,
    replicates: olds.length,
    seeds: [...seeds],
    intervals: { old: o.intervals, new: n.intervals },
  };
  const difference: Record<string, FigureDifference> = {};
  for (const { figure } of comparedFigures(sim)) {
    const deltas = olds.map((s, i) => {
      const a = figureValue({ summary: s }, figure.key);
      const b = figureValue({ summary: news[i]! }, figure.key);
      return a === null || b === null ? null : b - a;
    });
    const e = estimate(deltas);
    const changed = e.low !== null && e.high !== null && (e.low > 0 || e.high < 0);
    difference[figure.key] = { mean: e.mean, low: e.low, high: e.high, changed };
  }
  return { ...sim, difference };
}

/** `2000 staff × 12 periods, seed 42, teams of 20; saints 10%, honest 60%, …, sanction 5%`. */
function settingsText(settings: Partial<Population>, lang: Lang = "en"): string {
  const s = settings;
  const share = (k: keyof Population) => (typeof s[k] === "number" ? `${k} ${percentText(s[k]!)}` : null);
  // Counts as plain digits in every language: the line is also read back by scripts.
  const head = [
    s.staff !== undefined ? t(lang, "diff.sim.staff", { staff: String(s.staff) }) : null,
    s.periods !== undefined ? t(lang, "diff.sim.periods", { periods: String(s.periods) }) : null,
  ]
    .filter(Boolean)
    .join(" × ");
  const rest = [
    s.seed !== undefined ? t(lang, "diff.sim.seed", { seed: String(s.seed) }) : null,
    s.team !== undefined ? t(lang, "diff.sim.team", { team: String(s.team) }) : null,
  ].filter(Boolean);
  const mix = (["saints", "honest", "reactive", "maniacs", "hard", "luck", "sanction"] as const).map(share).filter(Boolean);
  return `${[head, ...rest].filter(Boolean).join(", ")}${mix.length ? `; ${mix.join(", ")}` : ""}`;
}

interface Row {
  label: string;
  nested: boolean;
  old: string;
  new: string;
  /** With replicates: the paired difference, `+4.0 pts (+3.2 to +4.8)`. */
  difference: string | null;
  changed: boolean;
}

function rows(sim: DiffSimulation, lang: Lang): Row[] {
  return comparedFigures(sim, lang).map(({ figure, nested }) => {
    const side = (which: "old" | "new") =>
      formatFigure(figure, figureValue({ summary: sim[which] }, figure.key), {
        interval: sim.intervals ? intervalAt(sim.intervals[which], figure.key) : null,
      });
    const d = sim.difference?.[figure.key];
    const old = side("old");
    const next = side("new");
    // Without replicates there is no noise estimate: a figure changed when it reads differently.
    return {
      label: figure.label,
      nested,
      old,
      new: next,
      difference: d ? differenceText(figure, d, lang) : null,
      changed: d ? d.changed : old !== next,
    };
  });
}

/** A difference in the figure's unit (percentage points for a share), signed, with its interval. */
function differenceText(figure: Figure, d: FigureDifference, lang: Lang = "en"): string {
  if (d.mean === null) return "n/a";
  const scale = figure.format === "share" ? 100 : 1;
  const interval = d.low !== null && d.high !== null ? { low: d.low, high: d.high } : null;
  const digits = supportedDigits(figure.digits, interval, scale);
  const signed = (x: number) => {
    const t = (x * scale).toFixed(digits);
    return Number(t) === 0 ? (0).toFixed(digits) : x > 0 ? `+${t}` : `−${t.slice(1)}`;
  };
  const unit = figure.format === "share" ? t(lang, "diff.sim.points") : "";
  return `${signed(d.mean)}${unit}${interval ? t(lang, "diff.sim.range", { low: signed(interval.low), high: signed(interval.high) }) : ""}`;
}

function replicateText(sim: DiffSimulation, lang: Lang): string {
  if (!sim.replicates || !sim.seeds) return "";
  return t(lang, "diff.sim.replicates", { count: sim.replicates, first: String(sim.seeds[0]), last: String(sim.seeds.at(-1)) });
}

/** The section of the plain-text report: every figure, old → new. */
export function simulationSectionText(sim: DiffSimulation, lang: Lang = "en"): { title: string; lines: string[] } {
  const all = rows(sim, lang);
  const label = (r: Row) => `${r.nested ? "  " : ""}${r.label}`;
  const w = Math.max(...all.map((r) => label(r).length));
  const title = t(lang, "diff.sim.title", { settings: settingsText(sim.settings, lang) + replicateText(sim, lang) });
  if (!sim.difference) return { title, lines: all.map((r) => `${label(r).padEnd(w)}  ${r.old} → ${r.new}`) };
  const wo = Math.max(...all.map((r) => r.old.length));
  const wn = Math.max(...all.map((r) => r.new.length));
  const wd = Math.max(...all.map((r) => r.difference!.length));
  const lines = all.map((r) =>
    `${label(r).padEnd(w)}  ${r.old.padEnd(wo)} → ${r.new.padEnd(wn)}  ${r.difference!.padEnd(wd)}${r.changed ? `  ${t(lang, "diff.sim.changed")}` : ""}`.trimEnd(),
  );
  return { title, lines: [...lines, `(${t(lang, "diff.sim.method")})`] };
}

/** The section of the Markdown comment: what moved first, the rest named in one line. */
export function simulationSectionMarkdown(sim: DiffSimulation, lang: Lang = "en"): { title: string; lines: string[] } {
  const all = rows(sim, lang);
  const title = t(lang, "diff.sim.titleMarkdown", {
    settings: escapeMarkdown(settingsText(sim.settings, lang) + replicateText(sim, lang)),
  });
  const line = (r: Row) =>
    `${r.nested ? "  - " : ""}${escapeMarkdown(r.label)} ${r.old} → ${r.new}${r.difference ? t(lang, "diff.sim.difference", { value: r.difference }) : ""}`;
  const moved = all.filter((r) => r.changed);
  const still = all.filter((r) => !r.changed && r.old !== "n/a");
  const lines = moved.map(line);
  if (moved.length === 0) lines.push(t(lang, sim.difference ? "diff.sim.noMoveNoise" : "diff.sim.noMove"));
  if (still.length)
    lines.push(
      t(lang, sim.difference ? "diff.sim.withinNoise" : "diff.sim.unchanged", {
        list: still.map((r) => `${escapeMarkdown(r.label)} ${r.old}`).join(", "),
      }),
    );
  if (sim.difference) lines.push(`_${escapeMarkdown(t(lang, "diff.sim.method"))}._`);
  return { title, lines };
}
