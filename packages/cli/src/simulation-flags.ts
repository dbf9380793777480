/**
 * The population flags `simulate`, `sweep` and `diff --simulate` share, and the readable
 * summary they print.
 */
import { z } from "zod";
import { shareFlag, wholeFlag, type FlagOptions } from "./args.ts";
import type { Io } from "./io.ts";
import { POPULATION_DEFAULTS, type SimulationResult } from "@goodhart/simulator";
import type { Scheme } from "@goodhart/dsl";
import { UsageError } from "./errors.ts";
import type { SimulationOverrides } from "./engines.ts";

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
  workers: wholeFlag.pipe(z.number().min(1, "must be at least 1")).optional(),
});

export const SIMULATION_FLAGS_HELP = `Population flags (override the file's 'simulation' block, which overrides the defaults):
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
  --workers N      worker threads (default: one thread below 8192 staff, else every core);
                   the result is identical whatever N is
P is a share, written 25% or 0.25. Give some of the four type shares and the others keep their
proportions and fill the rest: --saints 100% alone is a population of saints.`;

const MIX = ["saints", "honest", "reactive", "maniacs"] as const;

/**
 * The flags as simulator overrides. When some of the four type shares are given but not all,
 * the others keep their proportions (from the scheme's `simulation` block, else the defaults)
 * and fill what is left, so `--saints 100%` alone means a population of saints.
 */
export function overridesOf(opts: z.infer<typeof simulationFlags>, scheme: Scheme | null = null, command = "simulate"): SimulationOverrides {
  const out: SimulationOverrides = {};
  for (const key of ["staff", "periods", "seed", "team", "saints", "honest", "reactive", "maniacs", "hard", "luck"] as const) {
    const v = opts[key];
    if (v !== undefined) out[key] = v;
  }
  const given = MIX.filter((k) => out[k] !== undefined);
  if (given.length === 0 || given.length === MIX.length) return out;
  const block = scheme?.simulations[0];
  const rest = MIX.filter((k) => out[k] === undefined);
  const left = 1 - given.reduce((sum, k) => sum + out[k]!, 0);
  const flagList = given.map((k) => `--${k}`).join(", ");
  if (left < -1e-9) throw new UsageError(`${flagList} add up to more than 100%; the four type shares (saints, honest, reactive, maniacs) sum to 100%`, command);
  const base = rest.map((k) => block?.[k] ?? POPULATION_DEFAULTS[k]);
  const baseSum = base.reduce((a, b) => a + b, 0);
  if (baseSum === 0) {
    if (left > 1e-9) throw new UsageError(`${flagList} leave ${(left * 100).toFixed(1)}% of staff unassigned; give ${rest.map((k) => `--${k}`).join(", ")} too`, command);
    rest.forEach((k) => (out[k] = 0));
    return out;
  }
  rest.forEach((k, i) => (out[k] = Math.max(0, left) * (base[i]! / baseSum)));
  return out;
}

function pct(v: unknown): string {
  return typeof v === "number" ? `${(v * 100).toFixed(1)}%` : "n/a";
}

function num(v: unknown, digits = 2): string {
  return typeof v === "number" ? v.toFixed(digits) : "n/a";
}

/** The figures a policy designer reads first, in words. */
export function renderSummary(result: SimulationResult): string {
  const s: Record<string, unknown> = { ...result.summary };
  const lines = [
    `${result.staff} staff × ${result.periods} periods, seed ${result.seed}`,
    `  mean score               ${num(s.meanScore, 1)}`,
    `  mean true value          ${num(s.meanTrueValue)} per staff-period`,
    `  gaming rate              ${pct(s.gamingRate)} of staff-periods`,
  ];
  if (s.gaming && typeof s.gaming === "object") {
    const parts = Object.entries(s.gaming as Record<string, unknown>).map(([k, v]) => `${k} ${pct(v)}`);
    lines.push(`    by kind                ${parts.join(", ")}`);
  }
  lines.push(
    `  falsified closures       ${pct(s.falsifiedShare)}`,
    `  score ~ true value       ${num(s.scoreTruthCorrelation)} (Spearman)`,
    `  score ~ ability          ${num(s.scoreAbilityCorrelation)} (Spearman)`,
    `  morale at the end        ${num(s.morale)}`,
    `  hard backlog             ${num(s.hardBacklog)} cases per staff member`,
  );
  if (s.ratings && typeof s.ratings === "object") {
    lines.push(`  ratings                  ${Object.entries(s.ratings as Record<string, unknown>).map(([k, v]) => `${k} ${pct(v)}`).join(", ")}`);
  }
  if (result.indicators) {
    lines.push("  indicators               mean value / mean points / bunching");
    for (const [name, ind] of Object.entries(result.indicators) as unknown as [string, Record<string, unknown>][]) {
      lines.push(`    ${name.padEnd(22)} ${num(ind.meanValue, 3)} / ${num(ind.meanPoints, 1)} / ${num(ind.bunching)}`);
    }
  }
  for (const note of result.notes ?? []) lines.push(`  note: ${note}`);
  return `${lines.join("\n")}\n`;
}

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
