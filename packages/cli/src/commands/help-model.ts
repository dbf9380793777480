/**
 * `goodhart help model`: the model-constant table, rendered from the simulator's one table
 * (so a constant added or renamed there appears here, and in docs/model.md, unchanged). The
 * words of each constant (unit, source, meaning) are translated by the dsl's catalogue of
 * constants; the names, values and ranges are the same in every language.
 */
import { constantWords, t, type Lang, type MessageKey } from "@goodhart/dsl";
import { MODEL_CONSTANTS, type ModelConstant } from "@goodhart/simulator";

const COLUMNS: [string, (c: ModelConstant) => string][] = [
  ["name", (c) => c.name],
  ["default", (c) => String(c.default)],
  ["unit", (c) => c.unit],
  ["range", (c) => `${c.low}..${c.high}`],
  ["source", (c) => c.source],
  ["meaning", (c) => c.meaning],
];

/** The table's English headings, as docs/model.md has them. */
const MARKDOWN_HEADINGS: Record<string, string> = { range: "plausible range" };

export function modelTableText(constants: readonly ModelConstant[] = MODEL_CONSTANTS, lang: Lang = "en"): string {
  const rows = constants.map((c) => ({ ...c, ...constantWords(lang, c) })).map((c) => COLUMNS.map(([, f]) => f(c)));
  const header = COLUMNS.map(([h]) => t(lang, `model.col.${h}` as MessageKey));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ");
  return [t(lang, "model.intro"), "", line(header), ...rows.map(line), ""].join("\n");
}

/** The same table as Markdown, for docs/model.md (a test holds the doc to it). */
export function modelTableMarkdown(constants: readonly ModelConstant[] = MODEL_CONSTANTS): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|");
  return [
    `| ${COLUMNS.map(([h]) => MARKDOWN_HEADINGS[h] ?? h).join(" | ")} |`,
    `|${COLUMNS.map(() => "---").join("|")}|`,
    ...constants.map((c) => `| ${COLUMNS.map(([, f], i) => (i === 0 ? `\`${f(c)}\`` : esc(f(c)))).join(" | ")} |`),
  ].join("\n");
}

/** Help topics that are not commands, in the reader's language. */
export const HELP_TOPICS: Record<string, (lang: Lang) => string> = {
  model: (lang) => modelTableText(MODEL_CONSTANTS, lang),
};
