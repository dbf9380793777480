/**
 * The sentences a reviewer reads. Kept apart from the comparison so the wording can change
 * without touching what counts as a change, and written once for every format: a `Style`
 * says how names and values are set (plain for a terminal, code spans in Markdown).
 */
import { CODES } from "../diagnostics/codes.ts";
import type { DeclarationKind } from "../syntax/ast.ts";
import { escapeString } from "../syntax/literals.ts";
import type { SchemeChange, SchemeDiff } from "./types.ts";

export interface Style {
  /** A name or a value from the rule file. */
  code(s: string): string;
  /** Any other user text (a label, a reason). */
  text(s: string): string;
}

export const PLAIN: Style = { code: (s) => s, text: (s) => s };

export function subject(kind: DeclarationKind, name: string, style: Style = PLAIN): string {
  return name === "" ? kind : `${kind} ${style.code(name)}`;
}

function propertyChangeText(
  kind: DeclarationKind,
  name: string,
  property: string,
  oldText: string | null,
  newText: string | null,
  style: Style = PLAIN,
): string {
  const head = `${subject(kind, name, style)}: ${property}`;
  if (oldText === null) return `${head} ${style.code(newText ?? "")} added`;
  if (newText === null) return `${head} ${style.code(oldText)} removed`;
  return `${head} ${style.code(oldText)} → ${style.code(newText)}`;
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
  properties: Record<string, string> = {},
  share?: number,
  style: Style = PLAIN,
): string {
  const head = `${subject(kind, name, style)}${label === null ? "" : ` ${style.text(escapeString(label))}`} ${verb}`;
  const body = Object.entries(properties).map(([k, v]) => `${k} ${style.code(v)}`);
  const tail = share === undefined ? "" : `; ${percent(share)} of the score`;
  return body.length === 0 ? `${head}${tail}` : `${head}: ${body.join(", ")}${tail}`;
}

function renameText(kind: DeclarationKind, oldName: string, newName: string, style: Style = PLAIN): string {
  return `${kind} ${style.code(oldName)} renamed to ${style.code(newName)}`;
}

/** `indicator quality split into quality_errors, quality_rework: 40% → 20% + 20% of the score`. */
function splitText(name: string, share: number, parts: { name: string; share: number }[], style: Style = PLAIN): string {
  return `indicator ${style.code(name)} split into ${parts.map((p) => style.code(p.name)).join(", ")}: ${percent(share)} → ${parts.map((p) => percent(p.share)).join(" + ")} of the score`;
}

/**
 * A change's sentence in a style, from its fields alone (`all` gives a split's parts). The
 * `text` field of every change is this sentence in the plain style.
 */
export function changeSentence(c: SchemeChange, style: Style = PLAIN, all: readonly SchemeChange[] = []): string {
  let s: string;
  if (c.kind === "renamed") s = renameText(c.declaration, c.old ?? "", c.new ?? c.name, style);
  else if (c.kind === "changed") s = propertyChangeText(c.declaration, c.name, c.property ?? "", c.old ?? null, c.new ?? null, style);
  else if (c.splitInto) {
    const parts = c.splitInto.map((n) => ({
      name: n,
      share: all.find((x) => x.kind === "added" && x.declaration === "indicator" && x.name === n)?.share ?? 0,
    }));
    s = splitText(c.name, c.share ?? 0, parts, style);
  } else {
    s = declarationText(c.declaration, c.name, c.label ?? null, c.kind, c.properties ?? {}, c.share, style);
    if (c.splitFrom) s += ` (part of ${style.code(c.splitFrom)})`;
  }
  return c.notes?.length ? `${s} (${c.notes.map(style.text).join("; ")})` : s;
}

/** `KPI201 excessive target now fires` — the code's title from the one table of codes. */
export function diagnosticNote(code: string, appeared: boolean): string {
  return `${codeTitle(code)} ${appeared ? "now fires" : "no longer fires"}`;
}

/** `KPI201 excessive target accepted: the law sets 100%`. */
export function acceptedNote(code: string, reason: string): string {
  return `${codeTitle(code)} accepted${reason ? `: ${reason}` : ""}`;
}

/** `KPI201 excessive target`. */
export function codeTitle(code: string): string {
  const title = (CODES as Record<string, { title: string } | undefined>)[code]?.title;
  return `${code}${title ? ` ${title}` : ""}`;
}

/** A share as a reviewer writes it: 0.075 → `7.5%`, 1/3 → `33.33%`. */
export function percent(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}

/** `effective weight of rework 15% → 7.5%`, one per moved indicator. */
export function weightTexts(diff: SchemeDiff, style: Style = PLAIN): string[] {
  return Object.entries(diff.effectiveWeights).map(
    ([name, w]) => `effective weight of ${style.code(name)} ${percent(w.old)} → ${percent(w.new)}`,
  );
}
