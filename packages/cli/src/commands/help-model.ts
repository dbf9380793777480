/**
 * `goodhart help model`: the model-constant table, rendered from the simulator's one table
 * (so a constant added or renamed there appears here, and in docs/model.md, unchanged).
 */
import { MODEL_CONSTANTS, type ModelConstant } from "@goodhart/simulator";

const COLUMNS: [string, (c: ModelConstant) => string][] = [
  ["name", (c) => c.name],
  ["default", (c) => String(c.default)],
  ["unit", (c) => c.unit],
  ["plausible range", (c) => `${c.low}..${c.high}`],
  ["source", (c) => c.source],
  ["meaning", (c) => c.meaning],
];

export function modelTableText(constants: readonly ModelConstant[] = MODEL_CONSTANTS): string {
  const rows = constants.map((c) => COLUMNS.map(([, f]) => f(c)));
  const header = COLUMNS.map(([h]) => h);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ");
  return [
    "The model's constants. Set any of them for one run with --model NAME=VALUE (repeatable), sweep",
    "one with 'goodhart sweep FILE --set model.NAME=FROM..TO:STEPS', and rank them by how far they",
    "move a figure with 'goodhart sensitivity FILE --figure F' (which explores the plausible range).",
    "",
    line(header),
    ...rows.map(line),
    "",
  ].join("\n");
}

/** The same table as Markdown, for docs/model.md (a test holds the doc to it). */
export function modelTableMarkdown(constants: readonly ModelConstant[] = MODEL_CONSTANTS): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|");
  return [
    `| ${COLUMNS.map(([h]) => h).join(" | ")} |`,
    `|${COLUMNS.map(() => "---").join("|")}|`,
    ...constants.map((c) => `| ${COLUMNS.map(([, f], i) => (i === 0 ? `\`${f(c)}\`` : esc(f(c)))).join(" | ")} |`),
  ].join("\n");
}

/** Help topics that are not commands. */
export const HELP_TOPICS: Record<string, () => string> = {
  model: () => modelTableText(),
};
