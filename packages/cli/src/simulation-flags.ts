/**
 * The population flags `simulate`, `sweep` and `diff --simulate` share, and how a figure of
 * their results is written.
 */
import { z } from "zod";
import { parseNumberish, said, shareFlag, wholeFlag, type FlagOptions } from "./args.ts";
import type { Io } from "./io.ts";
import {
  figureByKey,
  formatFigure,
  HEADLINE_FIGURES,
  intervalAt,
  MODEL_CONSTANTS,
  modelConstant,
  SimulationParamsError,
  type Intervals,
  type SimulationParamsInput,
} from "@goodhart/simulator";
import { constantWords, MIX_KEYS, mixProblem, percentFigure, type Lang, type Scheme } from "@goodhart/dsl";
import { printable } from "./display.ts";
import { UsageError } from "./errors.ts";
import { settingsError } from "./settings-error.ts";

export const SIMULATION_FLAG_OPTIONS = {
  staff: { type: "string" },
  periods: { type: "string" },
  seed: { type: "string" },
  team: { type: "string" },
  saints: { type: "string" },
  honest: { type: "string" },
  reactive: { type: "string" },
  maniacs: { type: "string" },
  hard: { type: "string" },
  luck: { type: "string" },
  sanction: { type: "string" },
  model: { type: "string", multiple: true },
  replicates: { type: "string" },
  workers: { type: "string" },
} as const satisfies FlagOptions;

export const simulationFlags = z.object({
  staff: wholeFlag.optional(),
  periods: wholeFlag.optional(),
  seed: wholeFlag.optional(),
  team: wholeFlag.optional(),
  saints: shareFlag.optional(),
  honest: shareFlag.optional(),
  reactive: shareFlag.optional(),
  maniacs: shareFlag.optional(),
  hard: shareFlag.optional(),
  luck: shareFlag.optional(),
  sanction: shareFlag.optional(),
  model: z.array(z.string()).optional(),
  replicates: wholeFlag.pipe(z.number().min(1, said("cli.flag.replicatesMin")).max(1000, said("cli.flag.replicatesMax"))).optional(),
  workers: wholeFlag.pipe(z.number().min(1, said("cli.flag.atLeastOne"))).optional(),
});

export type SimulationFlags = z.infer<typeof simulationFlags>;

export const SIMULATION_FLAGS_HELP = `Population flags (override the file's 'simulation' block - the one named 'default', else the
first - which overrides the defaults):
  --staff N        staff members (default 2000)
  --periods N      periods simulated (default 12)
  --seed N         random seed; the same seed gives byte-identical results (default 42)
  --team N         team size, the quota pool (default 20)
  --saints P       share of saints, who never game (default 10%)
  --honest P       share of honest triers, who game only in soft ways (default 60%)
  --reactive P     share of reactive gamers (default 25%)
  --maniacs P      share of rational maniacs (default 5%); the four shares sum to 100%
  --hard P         share of hard cases (default 20%)
  --luck P         how much of a period's outcome is chance (default 30%)
  --sanction P     disciplinary cost of being caught, a share of a period's pay (default 5%)
  --model NAME=V   set a model constant (repeatable); 'goodhart help model' lists them
  --replicates N   run N independent seeds (seed, seed+1, ...) and report the mean of every
                   figure with its 95% interval (default 1: one run)
  --workers N      worker threads (default: every core for replicates or a run of 8192 staff
                   or more, else one); the result is identical whatever N is
P is a share, written 25% or 0.25. Give some of the four type shares and the others keep their
proportions and fill the rest: --saints 100% alone is a population of saints.`;

const POPULATION = ["staff", "periods", "seed", "team", "saints", "honest", "reactive", "maniacs", "hard", "luck", "sanction"] as const;

/** `--model capacity=80` → ["capacity", 80]; a usage error naming the flag otherwise. */
function parseModelFlag(text: string, command: string, lang: Lang): [string, number] {
  const m = /^([^=\s]+)=(.*)$/.exec(text.trim());
  const known = MODEL_CONSTANTS.map((c) => c.name).join(", ");
  const shown = printable(text);
  if (!m) throw new UsageError({ key: "cli.model.shape", params: { text: shown, known } }, command);
  const constant = modelConstant(m[1]!);
  if (!constant) throw new UsageError({ key: "cli.model.unknown", params: { text: shown, name: printable(m[1]!), known } }, command);
  const value = parseNumberish(m[2]!);
  if (value === null || !Number.isFinite(value))
    throw new UsageError(
      {
        key: "cli.model.notNumber",
        params: {
          text: shown,
          name: constant.name,
          unit: constantWords(lang, constant).unit,
          low: String(constant.low),
          high: String(constant.high),
          value: printable(m[2]!),
        },
      },
      command,
    );
  return [constant.name, value];
}

/**
 * The flags as simulator overrides. Nothing is filled in here: the simulator's scenario layer
 * completes a partial type mix from the scheme's chosen block (the rule in docs/model.md).
 */
export function overridesOf(
  opts: SimulationFlags,
  _scheme: Scheme | null = null,
  command = "simulate",
  /** The language of a constant's unit in an error (the rest of the words are said later). */
  lang: Lang = "en",
): SimulationParamsInput {
  const out: SimulationParamsInput = {};
  for (const key of POPULATION) {
    const v = opts[key];
    if (v !== undefined) out[key] = v;
  }
  const given = MIX_KEYS.filter((k) => out[k] !== undefined);
  const sum = given.reduce((a, k) => a + out[k]!, 0);
  const flagList = given.map((k) => `--${k}`).join(", ");
  const percent = percentFigure(sum);
  if (given.length === MIX_KEYS.length && Math.abs(sum - 1) > 1e-9)
    throw new UsageError({ key: "cli.mix.sum", params: { flags: flagList, sum: percent } }, command);
  if (given.length < MIX_KEYS.length && mixProblem(out))
    throw new UsageError({ key: "cli.mix.over", params: { flags: flagList, sum: percent } }, command);
  const model: Record<string, number> = {};
  for (const flag of opts.model ?? []) {
    const [name, value] = parseModelFlag(flag, command, lang);
    model[name] = value;
  }
  if (Object.keys(model).length > 0) out.model = model;
  return out;
}

/** A figure of a summary as text, with its interval when there is one. */
export function figureText(key: string, summary: object, intervals?: Intervals, missing = "n/a"): string {
  const figure = figureByKey(key);
  let v: unknown = summary;
  for (const part of key.split(".")) v = v && typeof v === "object" ? (v as Record<string, unknown>)[part] : undefined;
  if (!figure) return typeof v === "number" ? String(v) : missing;
  return formatFigure(figure, typeof v === "number" ? v : null, { interval: intervalAt(intervals, key), missing });
}

/** Settings resolved for a progress estimate: a setting error becomes a usage error naming it. */
export async function settingsOrUsage<T>(command: string, f: () => T): Promise<T> {
  try {
    return f();
  } catch (e) {
    if (e instanceof SimulationParamsError) throw new UsageError(settingsError(e), command);
    throw e;
  }
}

/** The headline figures' keys, for tables (sweep, diff). */
export const TABLE_FIGURES: readonly string[] = HEADLINE_FIGURES;

/** A progress bar on stderr for long runs on a terminal; a no-op elsewhere. */
export function progressBar(io: Io, work: number): { update(fraction: number): void; done(): void } {
  // Roughly where a run takes seconds rather than a blink; below it a bar would only flicker.
  const LONG = 500_000;
  if (!io.stderrIsTTY || work < LONG) return { update() {}, done() {} };
  let last = -1;
  return {
    update(fraction) {
      const pctDone = Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
      if (pctDone === last) return;
      last = pctDone;
      const width = 30;
      const filled = Math.round((pctDone / 100) * width);
      io.stderr(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${String(pctDone).padStart(3)}%`);
    },
    done() {
      if (last >= 0) io.stderr("\r\x1b[2K");
    },
  };
}
