/**
 * The simulator's setting errors in the reader's words. The simulator words them in English
 * (`Invalid simulation settings: staff must be at least 1; team must be at least 1.`); each
 * problem it knows is read back here into a catalogue message with its setting and bound. A
 * message with a part not listed here is shown as the simulator wrote it.
 */
import type { Message } from "@goodhart/dsl";
import type { SimulationParamsError } from "@goodhart/simulator";
import { asGiven } from "./args.ts";

/** The simulator's problems, as its schema words them, and the message each one is. */
const PROBLEMS: readonly [RegExp, (m: RegExpExecArray) => Message][] = [
  [/^must be a whole number$/, () => ({ key: "cli.settings.whole" })],
  [/^must be at least (\d+)$/, (m) => ({ key: "cli.settings.atLeast", params: { min: m[1]! } })],
  [/^must be at most (\d+)$/, (m) => ({ key: "cli.settings.atMost", params: { max: m[1]! } })],
  [/^must be a share between 0% and 100%$/, () => ({ key: "cli.settings.share" })],
  [/^must be above 0$/, () => ({ key: "cli.settings.positive" })],
  [/^must be at least 0%$/, () => ({ key: "cli.settings.sanctionMin" })],
  [/^must be at most 1000% of salary$/, () => ({ key: "cli.settings.sanctionMax" })],
];

const SUM = "the population shares (saints + honest + reactive + maniacs) must sum to 100%";

/** One `setting problem` of the simulator's list, or null when it is not one it is known to say. */
function issue(text: string): Message | null {
  if (text === SUM) return { key: "cli.settings.sum" };
  const at = /^([\w.]+) (.+)$/.exec(text);
  if (!at) return null;
  for (const [pattern, said] of PROBLEMS) {
    const m = pattern.exec(at[2]!);
    if (m) return { key: "cli.settings.issue", params: { setting: at[1]!, problem: said(m) } };
  }
  return null;
}

export function settingsError(e: SimulationParamsError): Message {
  const all = /^Invalid simulation settings: (.+)\.$/.exec(e.message);
  const issues = all ? all[1]!.split("; ").map(issue) : [null];
  if (issues.some((i) => i === null)) return asGiven(e.message);
  const list = (issues as Message[]).reduceRight<Message | null>(
    (rest, first) => (rest ? { key: "cli.settings.and", params: { first, rest } } : first),
    null,
  )!;
  return { key: "cli.settings.invalid", params: { issues: list } };
}
