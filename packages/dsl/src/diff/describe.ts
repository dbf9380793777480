/**
 * The sentences a reviewer reads. Kept apart from the comparison so the wording can change
 * without touching what counts as a change.
 */
import { CODES } from "../diagnostics/codes.ts";
import type { DeclarationKind } from "../syntax/ast.ts";
import { escapeString } from "../syntax/literals.ts";
import type { SchemeDiff } from "./types.ts";

export function subject(kind: DeclarationKind, name: string): string {
  return name === "" ? kind : `${kind} ${name}`;
}

export function propertyChangeText(kind: DeclarationKind, name: string, property: string, oldText: string | null, newText: string | null): string {
  const head = `${subject(kind, name)}: ${property}`;
  if (oldText === null) return `${head} ${newText} added`;
  if (newText === null) return `${head} ${oldText} removed`;
  return `${head} ${oldText} → ${newText}`;
}

export function declarationText(kind: DeclarationKind, name: string, label: string | null, verb: "added" | "removed"): string {
  return `${subject(kind, name)}${label === null ? "" : ` ${escapeString(label)}`} ${verb}`;
}

export function renameText(kind: DeclarationKind, oldName: string, newName: string): string {
  return `${kind} ${oldName} renamed to ${newName}`;
}

/** `KPI201 excessive target now fires` — the code's title from the one table of codes. */
export function diagnosticNote(code: string, appeared: boolean): string {
  const title = (CODES as Record<string, { title: string } | undefined>)[code]?.title;
  return `${code}${title ? ` ${title}` : ""} ${appeared ? "now fires" : "no longer fires"}`;
}

/** A share as a reviewer writes it: 0.075 → `7.5%`, 1/3 → `33.33%`. */
export function percent(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}

/** `effective weight of rework 15% → 7.5%`, one per moved indicator. */
export function weightTexts(diff: SchemeDiff): string[] {
  return Object.entries(diff.effectiveWeights).map(([name, w]) => `effective weight of ${name} ${percent(w.old)} → ${percent(w.new)}`);
}
