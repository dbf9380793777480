/**
 * Diagnostics that hold still while one types. Lints need a scheme, and a file with a syntax
 * error has none, so every gaming-risk warning used to vanish the moment a block was opened
 * and come back when it closed. Here the lints are computed on the file as it would be with
 * each declaration at its last complete parse: complete declarations as they are now, a
 * declaration being edited as it last stood complete. The warnings of complete declarations
 * are exact; those of the one being edited are its last known ones, placed where their text
 * still stands.
 */
import type { Declaration, Range } from "../syntax/ast.ts";
import type { Diagnostic, TextEdit } from "../diagnostics/diagnostic.ts";
import { analyze, type Analysis } from "../semantics/analyze.ts";
import { lex } from "../syntax/lexer.ts";
import { rangeOf } from "./locate.ts";

/** The last complete text of each declaration, by kind and name. Immutable: each call returns a new one. */
export type DeclarationMemory = ReadonlyMap<string, string>;

export const EMPTY_MEMORY: DeclarationMemory = new Map();

export interface StableDiagnostics {
  diagnostics: Diagnostic[];
  memory: DeclarationMemory;
}

const keyOf = (d: Declaration): string | null => (d.name ? `${d.kind} ${d.name.text}` : d.kind === "scheme" ? "scheme" : null);

interface Segment {
  /** Where the piece starts in the combined text, and where its source starts in the current text. */
  at: number;
  length: number;
  from: number;
  /** The current declaration a remembered text stands in for, or null when the text is the current one. */
  standsFor: Declaration | null;
}

export function stableDiagnostics(text: string, analysis: Analysis, memory: DeclarationMemory): StableDiagnostics {
  const errors = analysis.diagnostics.filter((d) => d.code === "KPI001");
  // A declaration is broken when an error falls in it or between it and the next one: an
  // unclosed block's error is often reported past the end of what was parsed.
  const decls = analysis.file.declarations;
  const reach = new Map(decls.map((d, i) => [d, decls[i + 1]?.range.start.offset ?? text.length + 1]));
  const broken = (d: Declaration) =>
    errors.some((e) => e.range.start.offset >= d.range.start.offset && e.range.start.offset < reach.get(d)!);
  const next = new Map(memory);
  for (const d of analysis.file.declarations) {
    const key = keyOf(d);
    if (key && !broken(d)) next.set(key, text.slice(d.range.start.offset, d.range.end.offset));
  }
  if (errors.length === 0 || analysis.diagnostics.some((d) => d.code.startsWith("KPI2")))
    return { diagnostics: analysis.diagnostics, memory: next };

  // The combined text: the current file, with each broken declaration replaced by its last
  // complete text (or left out), and syntax errors outside declarations blanked.
  const segments: Segment[] = [];
  let combined = "";
  let cursor = 0;
  const comments = lex(text).comments.map((c) => [c.startOffset, c.startOffset + c.image.length] as const);
  const copy = (from: number, to: number, commentsOnly = false) => {
    let piece = text.slice(from, to);
    const blank = (s: number, t: number) => {
      if (s < t) piece = piece.slice(0, s - from) + piece.slice(s - from, t - from).replace(/[^\r\n]/g, " ") + piece.slice(t - from);
    };
    if (commentsOnly) {
      // What is left of a broken block: blank all but comments (a suppression directive for
      // the next declaration lives there), keeping the lines where they are.
      let at = from;
      for (const [cs, ce] of comments) {
        if (ce <= from || cs >= to) continue;
        blank(at, Math.max(at, cs));
        at = Math.max(at, ce);
      }
      blank(at, to);
    } else {
      for (const e of errors)
        blank(Math.max(e.range.start.offset, from), Math.min(Math.max(e.range.end.offset, e.range.start.offset + 1), to));
    }
    segments.push({ at: combined.length, length: piece.length, from, standsFor: null });
    combined += piece;
  };
  for (const d of analysis.file.declarations) {
    if (!broken(d)) continue;
    copy(cursor, d.range.start.offset);
    const key = keyOf(d);
    const last = key ? next.get(key) : undefined;
    if (last !== undefined) {
      segments.push({ at: combined.length, length: last.length, from: d.range.start.offset, standsFor: d });
      combined += last;
    }
    copy(d.range.end.offset, Math.min(reach.get(d)!, text.length), true);
    cursor = Math.min(reach.get(d)!, text.length);
  }
  copy(cursor, text.length);

  const whole = analyze(combined);
  if (!whole.scheme) return { diagnostics: analysis.diagnostics, memory: next };
  const carried: Diagnostic[] = [];
  for (const d of whole.diagnostics) {
    if (!d.code.startsWith("KPI2")) continue;
    const placed = place(d, combined, segments, text);
    if (placed) carried.push(placed);
  }
  const diagnostics = [...analysis.diagnostics, ...carried].sort(
    (a, b) => a.range.start.offset - b.range.start.offset || a.code.localeCompare(b.code),
  );
  return { diagnostics, memory: next };
}

/** Moves a diagnostic of the combined text onto the current text, or null when its text is gone. */
function place(d: Diagnostic, combined: string, segments: Segment[], text: string): Diagnostic | null {
  const start = d.range.start.offset;
  const seg = segments.find((s) => start >= s.at && start < s.at + s.length) ?? segments.find((s) => start === s.at + s.length);
  if (!seg) return null;
  const length = d.range.end.offset - start;
  if (!seg.standsFor) {
    const shift = seg.from - seg.at;
    const move = (r: Range): Range => rangeOf(text, r.start.offset + shift, r.end.offset + shift);
    const fixes = d.fixes?.map((f) => ({ ...f, edits: f.edits.map((e): TextEdit => ({ ...e, range: move(e.range) })) }));
    return { ...d, range: move(d.range), ...(fixes ? { fixes } : {}) };
  }
  // A declaration being edited: put the warning where the text it points at still stands.
  const covered = combined.slice(start, start + length);
  const decl = seg.standsFor;
  const from = decl.range.start.offset;
  const to = decl.range.end.offset;
  const guess = from + (start - seg.at);
  let at = text.slice(guess, guess + length) === covered ? guess : covered.length > 0 ? text.indexOf(covered, from) : -1;
  if (at === -1 || at + length > to) {
    // Its text was edited away: keep the warning on the declaration's name, where it is about.
    const anchor = decl.name?.range ?? decl.keywordRange;
    at = anchor.start.offset;
    const { fixes: _dropped, ...rest } = d;
    return { ...rest, range: rangeOf(text, at, anchor.end.offset) };
  }
  // The fix's edits were computed on the old text; they are not offered for a moved warning.
  const { fixes: _dropped, ...rest } = d;
  return { ...rest, range: rangeOf(text, at, at + length) };
}
