/**
 * The population flags `simulate`, `sweep` and `diff --simulate` share, and how a figure of
 * their results is written.
 */
import { z } from "zod";
import { parseNumberish, shareFlag, wholeFlag, type FlagOptions } from "./args.ts";
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
import { MIX_KEYS, mixProblem, type Scheme } from "@goodhart/dsl";
import { printable } from "./display.ts";
import { UsageError } from "./errors.ts";

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
  replicates: wholeFlag
    .pipe(z.number().min(1, "takes a whole number of runs, at least 1 (e.g. --replicates 10)").max(1000, "takes at most 1000 runs"))
    .optional(),
  workers: wholeFlag.pipe(z.number().min(1, "must be at least 1")).optional(),
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
function parseModelFlag(text: string, command: string): [string, number] {
  const m = /^([^=\s]+)=(.*)$/.exec(text.trim());
  const known = MODEL_CONSTANTS.map((c) => c.name).join(", ");
  if (!m) throw new UsageError(`--model ${printable(text)}: write --model NAME=VALUE, e.g. --model capacity=80 (known: ${known})`, command);
  const constant = modelConstant(m[1]!);
  if (!constant)
    throw new UsageError(
      `--model ${printable(text)}: no model constant named '${printable(m[1]!)}'; the known ones are ${known} (see 'goodhart help model')`,
      command,
    );
  const value = parseNumberish(m[2]!);
  if (value === null || !Number.isFinite(value))
    throw new UsageError(
      `--model ${printable(text)}: ${constant.name} takes a number in ${constant.unit} (plausible ${constant.low}..${constant.high}), got '${printable(m[2]!)}'`,
      command,
    );
  return [constant.name, value];
}

/**
 * The flags as simulator overrides. Nothing is filled in here: the simulator's scenario layer
 * completes a partial type mix from the scheme's chosen block (the rule in docs/model.md).
 */
export function overridesOf(opts: SimulationFlags, _scheme: Scheme | null = null, command = "simulate"): SimulationParamsInput {
  const out: SimulationParamsInput = {};
  for (const key of POPULATION) {
    const v = opts[key];
    if (v !== undefined) out[key] = v;
  }
  const given = MIX_KEYS.filter((k) => out[k] !== undefined);
  const sum = given.reduce((a, k) => a + out[k]!, 0);
  const flagList = given.map((k) => `--${k}`).join(", ");
  if (given.length === MIX_KEYS.length && Math.abs(sum - 1) > 1e-9)
    throw new UsageError(
      `${flagList} sum to ${Math.round(sum * 1000) / 10}%, not 100%; the four type shares (saints, honest, reactive, maniacs) sum to 100%`,
      command,
    );
  if (given.length < MIX_KEYS.length && mixProblem(out))
    throw new UsageError(
      `${flagList} add up to more than 100% (${Math.round(sum * 1000) / 10}%); the four type shares (saints, honest, reactive, maniacs) sum to 100%`,
      command,
    );
  const model: Record<string, number> = {};
  for (const flag of opts.model ?? []) {
    const [name, value] = parseModelFlag(flag, command);
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
    if (e instanceof SimulationParamsError) throw new UsageError(e.message, command);
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
