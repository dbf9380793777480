/**
 * Shared look-ups for the editor services: which declaration, property or token sits at an
 * offset. Offsets are UTF-16 code units, as in every editor protocol.
 */
import type { Declaration, Position, Property, Range, SchemeFile } from "../syntax/ast.ts";
import { positionAt } from "../syntax/parser.ts";

export const KEYWORDS: ReadonlySet<string> = new Set([
  "scheme",
  "metric",
  "indicator",
  "group",
  "gate",
  "rating",
  "simulation",
  "and",
  "or",
  "not",
]);

/** Words that a name could never mean in the places they are used (`score` in `when`). */
export const BUILTINS: ReadonlySet<string> = new Set(["score"]);

const IDENTIFIER = /^[\p{L}_][\p{L}\p{M}\p{N}_]*$/u;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** Clamps an editor-supplied offset, which can be stale or out of range. */
export function clampOffset(text: string, offset: number): number {
  if (!Number.isFinite(offset)) return 0;
  return Math.max(0, Math.min(text.length, Math.trunc(offset)));
}

export function rangeOf(text: string, start: number, end: number): Range {
  return { start: positionAt(text, start), end: positionAt(text, end) };
}

export function contains(range: Range, offset: number): boolean {
  return range.start.offset <= offset && offset <= range.end.offset;
}

/** The innermost declaration whose text covers the offset. */
export function declarationAt(file: SchemeFile, offset: number): Declaration | null {
  for (const d of file.declarations) if (contains(d.range, offset)) return d;
  return null;
}

export function propertyAt(decl: Declaration, offset: number): Property | null {
  for (const p of decl.properties) if (contains(p.range, offset)) return p;
  return null;
}

export function sourceText(text: string, range: Range): string {
  return text.slice(range.start.offset, range.end.offset);
}

export type { Position };
