/**
 * `goodhart diff --markdown`: the pull-request comment a person reads. The file and scheme
 * title head it; the consequences come first (who moves on the staff table, what the
 * simulation says), then the changes, then one line per warning with its "why" folded.
 * Figures that did not move are named, not tabled. Names and values are code spans; every
 * other piece of user text is escaped, so a label with `*` or `|` cannot break the layout.
 */
import { t, type Lang } from "../i18n/translate.ts";
import { changeSentence, codeTitle, findingMessage, weightTexts, type Style } from "./describe.ts";
import { gateText, impactNotes, meanScoreText, moveText, quotaText, unitText, type DiffImpact } from "./impact.ts";
import { onName, titleText, warningWord, type RenderOptions } from "./render-text.ts";
import type { SchemeDiff } from "./types.ts";
import { codeSpan, escapeMarkdown, showInvisible } from "../services/markdown.ts";

/** Text with `code` spans (a diagnostic message): spans kept as code, the rest escaped. */
export function inlineMarkdown(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? codeSpan(part.slice(1, -1)) : escapeMarkdown(part)))
    .join("");
}

function escapeHtml(s: string): string {
  return showInvisible(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The same inside HTML (a `<summary>`), where Markdown is not read: spans become `<code>`. */
function inlineHtml(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part)))
    .join("");
}

const MARKDOWN: Style = { code: codeSpan, text: escapeMarkdown };

export function renderDiffMarkdown(diff: SchemeDiff, options: RenderOptions = {}): string {
  const lang = options.lang ?? "en";
  const title = [options.file ? codeSpan(options.file) : null, options.title ? escapeMarkdown(titleText(options.title)) : null]
    .filter(Boolean)
    .join(" — ");
  const out: string[] = [`### ${title || t(lang, "diff.md.review")}`, "", summaryLine(diff, lang), ""];
  const block = (head: string, items: string[]) => {
    if (items.length) out.push(head, "", ...items.map((i) => (i.startsWith("  ") ? i : `- ${i}`)), "");
  };
  if (options.impact)
    block(
      t(lang, "diff.md.whoMoves", { staff: options.impact.staff }),
      impactItems(options.impact, options.ids ?? false, lang, options.band ?? ((n) => n)),
    );
  for (const s of options.sections ?? []) block(s.title, [...s.lines]);
  block(t(lang, "diff.md.exploits"), (options.exploits ?? []).map(inlineMarkdown));
  block(t(lang, "diff.md.changesHeading"), [
    ...diff.changes.map((c) => changeSentence(c, MARKDOWN, diff.changes, lang)),
    ...weightTexts(diff, MARKDOWN, lang),
  ]);
  const warnings = warningDetails(diff, lang);
  if (warnings.length) out.push(t(lang, "diff.md.warningsHeading"), "", ...warnings, "");
  return `${out.join("\n").trimEnd()}\n`;
}

function summaryLine(diff: SchemeDiff, lang: Lang): string {
  const n = diff.changes.length;
  const w = Object.keys(diff.effectiveWeights).length;
  const g = diff.diagnostics;
  if (n + w + g.added.length + g.removed.length + g.changed.length + g.accepted.length === 0) return t(lang, "diff.none");
  const parts = [
    t(lang, "diff.md.changes", { count: n }),
    w ? t(lang, "diff.md.weights", { count: w }) : null,
    g.added.length ? t(lang, "diff.md.newWarnings", { count: g.added.length }) : null,
    g.changed.length ? t(lang, "diff.md.changed", { count: g.changed.length }) : null,
    g.accepted.length ? t(lang, "diff.md.accepted", { count: g.accepted.length }) : null,
    g.removed.length ? t(lang, "diff.md.gone", { count: g.removed.length }) : null,
  ];
  return `**${parts.filter(Boolean).join(", ")}.**`;
}

/** A band in Markdown: its name as code, or the reader's words for it, escaped. */
function bandMarkdown(band: (name: string) => string): (name: string) => string {
  return (name) => (band(name) === name ? codeSpan(name) : escapeMarkdown(band(name)));
}

function impactItems(impact: DiffImpact, ids: boolean, lang: Lang, names: (name: string) => string): string[] {
  const band = bandMarkdown(names);
  const items = impact.moves.map(
    (m) => `${moveText(m.count, impact.staff, band(m.from), band(m.to), lang)}${ids ? `: ${m.ids.map(codeSpan).join(", ")}` : ""}`,
  );
  if (impact.moves.length === 0) items.push(t(lang, "diff.md.nobody"));
  items.push(escapeMarkdown(meanScoreText(impact.meanScore, lang)));
  const q = quotaText(impact.heldBackByQuota, lang);
  if (q) items.push(escapeMarkdown(q));
  for (const g of impact.gates)
    items.push(`${gateText(codeSpan(g.gate), g.count, impact.staff, lang)}${ids ? `: ${g.ids.map(codeSpan).join(", ")}` : ""}`);
  for (const u of impact.units) items.push(unitText(u.unit === null ? null : codeSpan(u.unit), u.moved, u.staff, lang));
  for (const n of impactNotes(impact, lang)) items.push(t(lang, "diff.md.note", { note: escapeMarkdown(n) }));
  return items;
}

/** One `<details>` per warning: what and where in the summary line, the message folded. */
function warningDetails(diff: SchemeDiff, lang: Lang): string[] {
  const where = (name: string | null) => onName(name === null ? null : name.replace(/`/g, ""), lang, (n) => `\`${n}\``);
  const fold = (summary: string, why: string) =>
    [`<details><summary>${inlineHtml(summary)}</summary>`, "", inlineMarkdown(why), "", "</details>"].join("\n");
  const g = diff.diagnostics;
  const word = (k: Parameters<typeof warningWord>[0]) => warningWord(k, lang);
  return [
    ...g.added.map((d) =>
      fold(`${d.severity === "error" ? "✖" : "⚠"} ${word("new")}: ${codeTitle(d.code, lang)}${where(d.name)}`, findingMessage(d, lang)),
    ),
    ...g.changed.map((d) =>
      fold(`⚠ ${word("changed")}: ${codeTitle(d.code, lang)}${where(d.name)}${d.moved ? ` (${d.moved})` : ""}`, findingMessage(d, lang)),
    ),
    ...g.accepted.map((d) =>
      fold(
        `✔ ${word("accepted")}: ${codeTitle(d.code, lang)}${where(d.name)}${d.reason ? ` (“${d.reason}”)` : ""}`,
        findingMessage(d, lang),
      ),
    ),
    ...g.removed.map((d) => fold(`✔ ${word("gone")}: ${codeTitle(d.code, lang)}${where(d.name)}`, findingMessage(d, lang))),
  ];
}
