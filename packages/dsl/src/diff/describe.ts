/**
 * The sentences a reviewer reads. Kept apart from the comparison so the wording can change
 * without touching what counts as a change, and written once for every format and language:
 * a `Style` says how names and values are set (plain for a terminal, code spans in Markdown),
 * the catalogue (`diff.*`) gives the words. Names, values and property keywords stay as the
 * rule file writes them in every language.
 */
import { CODES } from "../diagnostics/codes.ts";
import { t, type Lang, type Message, type MessageKey } from "../i18n/translate.ts";
import type { DeclarationKind } from "../syntax/ast.ts";
import { escapeString } from "../syntax/literals.ts";
import { percentText } from "../format/percent.ts";
import type { DiagnosticChange, DiagnosticEntry, AcceptedDiagnostic, SchemeChange, SchemeDiff } from "./types.ts";

export interface Style {
  /** A name or a value from the rule file. */
  code(s: string): string;
  /** Any other user text (a label, a reason). */
  text(s: string): string;
}

export const PLAIN: Style = { code: (s) => s, text: (s) => s };

/** A declaration keyword as a reader of `lang` names the kind (`indicator`, in Vietnamese `chỉ tiêu`). */
export function kindWord(kind: DeclarationKind, lang: Lang = "en"): string {
  return t(lang, `diff.kind.${kind}` as MessageKey);
}

export function subject(kind: DeclarationKind, name: string, style: Style = PLAIN, lang: Lang = "en"): string {
  return name === "" ? kindWord(kind, lang) : `${kindWord(kind, lang)} ${style.code(name)}`;
}

function propertyChangeText(
  kind: DeclarationKind,
  name: string,
  property: string,
  oldText: string | null,
  newText: string | null,
  style: Style,
  lang: Lang,
): string {
  const head = { subject: subject(kind, name, style, lang), property };
  if (oldText === null) return t(lang, "diff.property.added", { ...head, value: style.code(newText ?? "") });
  if (newText === null) return t(lang, "diff.property.removed", { ...head, value: style.code(oldText) });
  return t(lang, "diff.property.changed", { ...head, old: style.code(oldText), new: style.code(newText) });
}

/**
 * `indicator same_day "Same day" added: value done_same_day / received, floor 80%, target 100%,
 * weight 20; 18% of the score` — the whole body, so a reviewer sees the new gate's `when`.
 */
function declarationText(
  kind: DeclarationKind,
  name: string,
  label: string | null,
  verb: "added" | "removed",
  properties: Record<string, string>,
  share: number | undefined,
  style: Style,
  lang: Lang,
): string {
  const body = Object.entries(properties).map(([k, v]) => `${k} ${style.code(v)}`);
  return t(lang, verb === "added" ? "diff.declaration.added" : "diff.declaration.removed", {
    subject: subject(kind, name, style, lang),
    label: label === null ? "" : ` ${style.text(escapeString(label))}`,
    body: body.length === 0 ? "" : `: ${body.join(", ")}`,
    share: share === undefined ? "" : t(lang, "diff.share", { share: percent(share) }),
  });
}

function renameText(kind: DeclarationKind, oldName: string, newName: string, style: Style, lang: Lang): string {
  return t(lang, "diff.renamed", { kind: kindWord(kind, lang), old: style.code(oldName), new: style.code(newName) });
}

/** `indicator quality split into quality_errors, quality_rework: 40% → 20% + 20% of the score`. */
function splitText(name: string, share: number, parts: { name: string; share: number }[], style: Style, lang: Lang): string {
  return t(lang, "diff.split", {
    kind: kindWord("indicator", lang),
    name: style.code(name),
    parts: parts.map((p) => style.code(p.name)).join(", "),
    share: percent(share),
    shares: parts.map((p) => percent(p.share)).join(" + "),
  });
}

/**
 * A change's sentence in a style and a language, from its fields alone (`all` gives a split's
 * parts). The `text` field of every change is this sentence in the plain style, in English.
 */
export function changeSentence(c: SchemeChange, style: Style = PLAIN, all: readonly SchemeChange[] = [], lang: Lang = "en"): string {
  let s: string;
  if (c.kind === "renamed") s = renameText(c.declaration, c.old ?? "", c.new ?? c.name, style, lang);
  else if (c.kind === "changed") s = propertyChangeText(c.declaration, c.name, c.property ?? "", c.old ?? null, c.new ?? null, style, lang);
  else if (c.splitInto) {
    const parts = c.splitInto.map((n) => ({
      name: n,
      share: all.find((x) => x.kind === "added" && x.declaration === "indicator" && x.name === n)?.share ?? 0,
    }));
    s = splitText(c.name, c.share ?? 0, parts, style, lang);
  } else {
    s = declarationText(c.declaration, c.name, c.label ?? null, c.kind, c.properties ?? {}, c.share, style, lang);
    if (c.splitFrom) s += t(lang, "diff.splitFrom", { name: style.code(c.splitFrom) });
  }
  const notes = (lang === "en" || !c.noteMessages ? (c.notes ?? []) : c.noteMessages.map((m) => t(lang, m.key, m.params))).map(style.text);
  // A side without the property has its default: what it was before, or becomes now, first.
  // An aspect left out is inferred; a group left out puts the indicator at the top level.
  const gone = c.new === null;
  if (c.kind === "changed" && c.declaration === "indicator" && c.property === "group" && (c.old === null || c.new === null))
    notes.unshift(t(lang, gone ? "diff.note.nowTopLevel" : "diff.note.wasTopLevel"));
  else if (c.default !== undefined && c.property === "aspect" && c.declaration === "indicator")
    notes.unshift(t(lang, gone ? "diff.note.nowInferred" : "diff.note.wasInferred", { value: style.code(c.default) }));
  else if (c.default !== undefined)
    notes.unshift(t(lang, gone ? "diff.note.nowDefault" : "diff.note.wasDefault", { value: style.code(c.default) }));
  return notes.length ? `${s} (${notes.join("; ")})` : s;
}

/** `KPI201 excessive target now fires`, as a message: the code's title from the catalogue. */
export function diagnosticNote(code: string, appeared: boolean): Message {
  return { key: appeared ? "diff.note.fires" : "diff.note.stops", params: { code, title: { key: titleKey(code) } } };
}

/** `KPI201 excessive target accepted: the law sets 100%`. */
export function acceptedNote(code: string, reason: string): Message {
  return { key: "diff.note.accepted", params: { code, title: { key: titleKey(code) }, reason: reason ? `: ${reason}` : "" } };
}

function titleKey(code: string): MessageKey {
  return `code.${code}.title` as MessageKey;
}

/** `KPI201 excessive target`, the title in `lang`. */
export function codeTitle(code: string, lang: Lang = "en"): string {
  const title = (CODES as Record<string, { title: string } | undefined>)[code] ? t(lang, titleKey(code)) : null;
  return `${code}${title ? ` ${title}` : ""}`;
}

/** A finding's message in `lang`: from its catalogue key when it has one, else its English. */
export function findingMessage(d: DiagnosticEntry | AcceptedDiagnostic | DiagnosticChange, lang: Lang = "en"): string {
  const english = "message" in d ? d.message : d.new;
  return lang === "en" || !d.key ? english : t(lang, d.key, d.params);
}

/** A share as a reviewer writes it: 0.075 → `7.5%`, 1/3 → `33.33%`. */
function percent(share: number): string {
  return percentText(share, 2);
}

/** `effective weight of rework 15% → 7.5%`, one per moved indicator. */
export function weightTexts(diff: SchemeDiff, style: Style = PLAIN, lang: Lang = "en"): string[] {
  return Object.entries(diff.effectiveWeights).map(([name, w]) =>
    t(lang, "diff.weight", { name: style.code(name), old: percent(w.old), new: percent(w.new) }),
  );
}
