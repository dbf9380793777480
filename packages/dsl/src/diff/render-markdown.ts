/**
 * `goodhart diff --markdown`: the pull-request comment a person reads. The file and scheme
 * title head it; the consequences come first (who moves on the staff table, what the
 * simulation says), then the changes, then one line per warning with its "why" folded.
 * Figures that did not move are named, not tabled. Names and values are code spans; every
 * other piece of user text is escaped, so a label with `*` or `|` cannot break the layout.
 */
import { changeSentence, codeTitle, weightTexts, type Style } from "./describe.ts";
import { meanScoreText, quotaText, type DiffImpact } from "./impact.ts";
import type { RenderOptions } from "./render-text.ts";
import type { SchemeDiff } from "./types.ts";
import { codeSpan, escapeMarkdown } from "../services/markdown.ts";

/** Text with `code` spans (a diagnostic message): spans kept as code, the rest escaped. */
export function inlineMarkdown(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? codeSpan(part.slice(1, -1)) : escapeMarkdown(part)))
    .join("");
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
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
  const title = [options.file ? codeSpan(options.file) : null, options.title ? escapeMarkdown(options.title) : null]
    .filter(Boolean)
    .join(" — ");
  const out: string[] = [`### ${title || "Scheme review"}`, "", summaryLine(diff), ""];
  const block = (head: string, items: string[]) => {
    if (items.length) out.push(head, "", ...items.map((i) => (i.startsWith("  ") ? i : `- ${i}`)), "");
  };
  if (options.impact)
    block(`**Who moves** (${options.impact.staff} staff on the table)`, impactItems(options.impact, options.ids ?? false));
  for (const s of options.sections ?? []) block(s.title, [...s.lines]);
  block("**Exploits** (what the change opens or closes)", (options.exploits ?? []).map(inlineMarkdown));
  block("**Changes**", [...diff.changes.map((c) => changeSentence(c, MARKDOWN, diff.changes)), ...weightTexts(diff, MARKDOWN)]);
  const warnings = warningDetails(diff);
  if (warnings.length) out.push("**Warnings**", "", ...warnings, "");
  return `${out.join("\n").trimEnd()}\n`;
}

function summaryLine(diff: SchemeDiff): string {
  const n = diff.changes.length;
  const w = Object.keys(diff.effectiveWeights).length;
  const g = diff.diagnostics;
  if (n + w + g.added.length + g.removed.length + g.changed.length + g.accepted.length === 0)
    return "No changes: the schemes mean the same (formatting and comments aside).";
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? "" : "s"}`;
  const parts = [
    plural(n, "change"),
    w ? `${plural(w, "effective weight")} moved` : null,
    g.added.length ? `${plural(g.added.length, "new warning")}` : null,
    g.changed.length ? `${g.changed.length} changed` : null,
    g.accepted.length ? `${g.accepted.length} accepted` : null,
    g.removed.length ? `${g.removed.length} gone` : null,
  ];
  return `**${parts.filter(Boolean).join(", ")}.**`;
}

function impactItems(impact: DiffImpact, ids: boolean): string[] {
  const band = (s: string) => codeSpan(s);
  const items = impact.moves.map(
    (m) =>
      `${m.count} of ${impact.staff} ${m.count === 1 ? "moves" : "move"} ${band(m.from)} → ${band(m.to)}${ids ? `: ${m.ids.map(codeSpan).join(", ")}` : ""}`,
  );
  if (impact.moves.length === 0) items.push("Nobody changes band.");
  items.push(escapeMarkdown(meanScoreText(impact.meanScore)));
  const q = quotaText(impact.heldBackByQuota);
  if (q) items.push(escapeMarkdown(q));
  for (const g of impact.gates)
    items.push(`gate ${codeSpan(g.gate)} now catches ${g.count} of ${impact.staff}${ids ? `: ${g.ids.map(codeSpan).join(", ")}` : ""}`);
  for (const u of impact.units) items.push(`unit ${u.unit === null ? "(none)" : codeSpan(u.unit)}: ${u.moved} of ${u.staff} change band`);
  for (const n of impact.notes) items.push(`_Note:_ ${escapeMarkdown(n)}`);
  return items;
}

/** One `<details>` per warning: what and where in the summary line, the message folded. */
function warningDetails(diff: SchemeDiff): string[] {
  const where = (name: string | null) => (name === null ? "" : ` on \`${name.replace(/`/g, "")}\``);
  const fold = (summary: string, why: string) =>
    [`<details><summary>${inlineHtml(summary)}</summary>`, "", inlineMarkdown(why), "", "</details>"].join("\n");
  const g = diff.diagnostics;
  return [
    ...g.added.map((d) => fold(`${d.severity === "error" ? "✖" : "⚠"} new: ${codeTitle(d.code)}${where(d.name)}`, d.message)),
    ...g.changed.map((d) => fold(`⚠ changed: ${codeTitle(d.code)}${where(d.name)}${d.moved ? ` (${d.moved})` : ""}`, d.new)),
    ...g.accepted.map((d) => fold(`✔ accepted: ${codeTitle(d.code)}${where(d.name)}${d.reason ? ` (“${d.reason}”)` : ""}`, d.message)),
    ...g.removed.map((d) => fold(`✔ gone: ${codeTitle(d.code)}${where(d.name)}`, d.message)),
  ];
}
