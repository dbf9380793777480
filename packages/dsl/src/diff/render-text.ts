/**
 * `goodhart diff` without flags (and the git driver): plain lines for a terminal, one fact
 * per line, in sections.
 */
import { t, type Lang, type MessageKey } from "../i18n/translate.ts";
import { escapeString } from "../syntax/literals.ts";
import { changeSentence, codeTitle, findingMessage, weightTexts } from "./describe.ts";
import { gateText, impactNotes, meanScoreText, moveText, quotaText, unitText, type DiffImpact } from "./impact.ts";
import type { SchemeDiff } from "./types.ts";

export interface RenderOptions {
  /** `--data`: the change's effect on a staff table (diffImpact). */
  impact?: DiffImpact;
  /**
   * Consequences a caller measured beyond the two files (the CLI's `--simulate`), each shown
   * after the staff table's impact: plain lines for text, Markdown the caller escaped for
   * `renderDiffMarkdown`.
   */
  sections?: readonly ReportSection[];
  /** What the change opens or closes in the exploit finder, one sentence each. */
  exploits?: readonly string[];
  /** List staff ids under each move; off by default, since a review is read widely. */
  ids?: boolean;
  /** For the heading: the file compared and the scheme's title (as the file means it; the renderer quotes it). */
  file?: string;
  title?: string | null;
  /** The reader's language for every word of ours (English when absent; names and values stay). */
  lang?: Lang;
  /** How a band is named to the reader (the CLI gives the decree's words in Vietnamese); its name by default. */
  band?: (name: string) => string;
}

export interface ReportSection {
  title: string;
  lines: readonly string[];
}

export function heading(options: RenderOptions): string | null {
  const parts = [options.file, options.title ? titleText(options.title) : null].filter((x): x is string => Boolean(x));
  return parts.length ? parts.join(" — ") : null;
}

export function renderDiffText(diff: SchemeDiff, options: RenderOptions = {}): string {
  const lang = options.lang ?? "en";
  const sections: string[][] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length) sections.push([title, ...lines.map((l) => `  ${l}`)]);
  };
  section(
    t(lang, "diff.section.changes"),
    diff.changes.map((c) => changeSentence(c, undefined, diff.changes, lang)),
  );
  section(t(lang, "diff.section.weights"), weightTexts(diff, undefined, lang));
  section(t(lang, "diff.section.warnings"), warningLines(diff, lang));
  if (options.impact)
    section(
      t(lang, "diff.section.impact", { staff: options.impact.staff }),
      impactLines(options.impact, options.ids ?? false, lang, options.band ?? ((n) => n)),
    );
  for (const s of options.sections ?? []) section(s.title, [...s.lines]);
  section(t(lang, "diff.section.exploits"), [...(options.exploits ?? [])]);
  const head = heading(options);
  const body = sections.length === 0 ? t(lang, "diff.none") : sections.map((s) => s.join("\n")).join("\n\n");
  return `${head ? `${head}\n\n` : ""}${body}\n`;
}

/**
 * The scheme's title as the rule file writes it, quotes and backslashes escaped: a title
 * `The "fast" desk` bare inside quotes would read as three strings. The same form as a
 * label in the changes (`label "…" → "…"`), so a reviewer sees one spelling of it.
 */
export function titleText(title: string): string {
  return escapeString(title);
}

/** ` on volume`, or nothing for a finding about the whole file. */
export function onName(name: string | null, lang: Lang, style: (s: string) => string = (s) => s): string {
  return name === null ? "" : t(lang, "diff.on", { name: style(name) });
}

/** The four kinds of warning news, in `lang`: `new`, `changed`, `accepted`, `gone`. */
export function warningWord(kind: "new" | "changed" | "accepted" | "gone", lang: Lang): string {
  return t(lang, `diff.warning.${kind}` as MessageKey);
}

function warningLines(diff: SchemeDiff, lang: Lang): string[] {
  const g = diff.diagnostics;
  const kinds = ["new", "changed", "accepted", "gone"] as const;
  // The words are a column: each padded to the longest one and a space.
  const width = Math.max(...kinds.map((k) => [...warningWord(k, lang)].length)) + 1;
  const word = (k: (typeof kinds)[number]) => {
    const w = warningWord(k, lang);
    return w + " ".repeat(width - [...w].length);
  };
  const head = (d: { code: string; name: string | null }) => `${codeTitle(d.code, lang)}${onName(d.name, lang)}`;
  return [
    ...g.added.map((d) => `${word("new")}${head(d)}: ${findingMessage(d, lang)}`),
    ...g.changed.map((d) => `${word("changed")}${head(d)}: ${d.moved ?? t(lang, "diff.now", { message: findingMessage(d, lang) })}`),
    ...g.accepted.map((d) => `${word("accepted")}${head(d)}${d.reason ? `: ${d.reason}` : ""}`),
    ...g.removed.map((d) => `${word("gone")}${head(d)}: ${findingMessage(d, lang)}`),
  ];
}

function impactLines(impact: DiffImpact, ids: boolean, lang: Lang, band: (name: string) => string): string[] {
  const lines: string[] = [];
  for (const m of impact.moves) {
    const text = lang === "en" ? m.text : moveText(m.count, impact.staff, band(m.from), band(m.to), lang);
    lines.push(ids ? `${text}: ${m.ids.join(", ")}` : text);
  }
  if (impact.moves.length === 0) lines.push(t(lang, "diff.impact.nobody"));
  lines.push(meanScoreText(impact.meanScore, lang));
  const q = quotaText(impact.heldBackByQuota, lang);
  if (q) lines.push(q);
  for (const g of impact.gates) {
    const text = gateText(g.gate, g.count, impact.staff, lang);
    lines.push(ids ? `${text}: ${g.ids.join(", ")}` : text);
  }
  for (const u of impact.units) lines.push(unitText(u.unit, u.moved, u.staff, lang));
  for (const n of impactNotes(impact, lang)) lines.push(t(lang, "diff.impact.note", { note: n }));
  return lines;
}
