/**
 * The formatter: one canonical layout, comments kept, meaning unchanged, idempotent.
 *
 *   // comments above a declaration stay above it
 *   kind name "Label" {
 *     key value  // a comment on a property's line stays on it
 *   }
 *
 * Declarations keep their order and are separated by one blank line; properties keep their
 * order (reviewers see one changed line per changed fact), two-space indent, and at most one
 * blank line where the author left one. A file with syntax errors is not formatted (null):
 * guessing at a broken file could change its meaning.
 */
import type { Comment, Declaration, SchemeFile } from "../syntax/ast.ts";
import { escapeString } from "../syntax/literals.ts";
import { parse } from "../syntax/parser.ts";
import { formatValue } from "./print.ts";
import { parseDirective } from "../semantics/suppressions.ts";

interface Slots {
  /** Comments before each declaration, by declaration index. */
  before: Map<number, Comment[]>;
  /** Comment trailing a declaration's header line (`kind name {  // …`). */
  header: Map<number, Comment[]>;
  /** Comments before a property, keyed `decl:prop`. */
  beforeProp: Map<string, Comment[]>;
  /** Comments on a property's line, keyed `decl:prop`. */
  trailingProp: Map<string, Comment[]>;
  /** Comments after the last property, before `}`. */
  beforeClose: Map<number, Comment[]>;
  /** Comment after `}` on its line. */
  afterClose: Map<number, Comment[]>;
  /** Comments after the last declaration. */
  end: Comment[];
}

function push<K>(m: Map<K, Comment[]>, k: K, c: Comment): void {
  const list = m.get(k);
  if (list) list.push(c);
  else m.set(k, [c]);
}

function assignComments(file: SchemeFile): Slots {
  const s: Slots = {
    before: new Map(),
    header: new Map(),
    beforeProp: new Map(),
    trailingProp: new Map(),
    beforeClose: new Map(),
    afterClose: new Map(),
    end: [],
  };
  const decls = file.declarations;
  for (const c of file.comments) {
    const at = c.range.start.offset;
    const di = decls.findIndex((d) => d.range.start.offset <= at && at < d.range.end.offset);
    if (di < 0) {
      const prev = [...decls.keys()].reverse().find((i) => decls[i]!.range.end.offset <= at);
      const next = decls.findIndex((d) => d.range.start.offset > at);
      if (prev !== undefined && decls[prev]!.range.end.line === c.range.start.line) {
        // `} // goodhart-ignore …` directly above the next declaration silences a code on
        // that one; left after the `}`, the blank line between declarations would undo it.
        const directive = parseDirective(c.text, c.range.start.line) !== null;
        if (directive && next >= 0 && decls[next]!.range.start.line === c.range.end.line + 1) push(s.before, next, c);
        else push(s.afterClose, prev, c);
        continue;
      }
      if (next >= 0) push(s.before, next, c);
      else s.end.push(c);
      continue;
    }
    const d = decls[di]!;
    const bodyStart = d.bodyRange?.start.offset ?? d.range.end.offset;
    if (at < bodyStart + 1) {
      push(s.header, di, c);
      continue;
    }
    const props = d.properties;
    const inside = props.findIndex((p) => p.range.start.offset <= at && at < p.range.end.offset);
    if (inside >= 0) {
      push(s.trailingProp, `${di}:${inside}`, c);
      continue;
    }
    const prevProp = [...props.keys()].reverse().find((i) => props[i]!.range.end.offset <= at);
    const prevLine = prevProp !== undefined ? props[prevProp]!.range.end.line : d.bodyRange!.start.line;
    if (prevLine === c.range.start.line) {
      if (prevProp !== undefined) push(s.trailingProp, `${di}:${prevProp}`, c);
      else push(s.header, di, c);
      continue;
    }
    const nextProp = props.findIndex((p) => p.range.start.offset > at);
    if (nextProp >= 0) push(s.beforeProp, `${di}:${nextProp}`, c);
    else push(s.beforeClose, di, c);
  }
  return s;
}

function header(d: Declaration): string {
  const parts: string[] = [d.kind];
  if (d.name) parts.push(d.name.text);
  if (d.label) parts.push(escapeString(d.label.value));
  parts.push("{");
  return parts.join(" ");
}

/** Comment text as printed: line comments trimmed at the end; block comments as written. */
function commentText(c: Comment): string {
  return c.block ? c.text : c.text.replace(/\s+$/, "");
}

/**
 * Comments that trail a line, split into what can stay on it and what must move below it. A
 * line comment runs to the end of the line, so anything after it on that line would become
 * part of it (a block comment's `/*` swallowed, its remaining lines read as rules); and after
 * a block comment spanning lines, whatever follows sits on another line than the one the
 * comment started on, so a second run would place it differently. Both end the line.
 */
function trailing(cs: Comment[] | undefined): { inline: string; rest: Comment[] } {
  const list = cs ?? [];
  let n = 0;
  while (n < list.length) {
    const c = list[n++]!;
    if (!c.block || c.range.start.line !== c.range.end.line) break;
  }
  const inline = list.slice(0, n);
  return { inline: inline.length > 0 ? `  ${inline.map(commentText).join(" ")}` : "", rest: list.slice(n) };
}

export function format(text: string): string | null {
  const { file, errors } = parse(text);
  if (errors.length > 0) return null;
  const slots = assignComments(file);
  const out: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  /** Whether the source has a blank line right above 1-based `line`. */
  const blankAbove = (line: number) => line >= 2 && (lines[line - 2] ?? "").trim() === "";

  const leading = (cs: Comment[] | undefined, indent: string) => {
    for (const [i, c] of (cs ?? []).entries()) {
      if (i > 0 && blankAbove(c.range.start.line)) out.push("");
      out.push(indent + commentText(c));
    }
  };

  file.declarations.forEach((d, di) => {
    const before = slots.before.get(di) ?? [];
    if (out.length > 0) out.push("");
    leading(before, "");
    if (before.length > 0 && blankAbove(d.range.start.line)) out.push("");
    // A header comment that is a block comment may sit anywhere in the header; keep it at the end.
    const head = trailing(slots.header.get(di));
    out.push(header(d) + head.inline);
    leading(head.rest, "  ");
    d.properties.forEach((p, pi) => {
      const key = `${di}:${pi}`;
      const pre = slots.beforeProp.get(key) ?? [];
      const firstLine = pre[0]?.range.start.line ?? p.range.start.line;
      if (pi > 0 && blankAbove(firstLine)) out.push("");
      leading(pre, "  ");
      if (pre.length > 0 && blankAbove(p.range.start.line)) out.push("");
      const after = trailing(slots.trailingProp.get(key));
      out.push(`  ${p.key.text} ${formatValue(p.value)}`.trimEnd() + after.inline);
      leading(after.rest, "  ");
    });
    const close = slots.beforeClose.get(di) ?? [];
    if (close.length > 0 && d.properties.length > 0 && blankAbove(close[0]!.range.start.line)) out.push("");
    leading(close, "  ");
    const closing = trailing(slots.afterClose.get(di));
    out.push(`}${closing.inline}`);
    // Below the block, as a comment between declarations would be printed.
    if (closing.rest.length > 0) {
      out.push("");
      leading(closing.rest, "");
    }
  });
  if (slots.end.length > 0) {
    if (out.length > 0) out.push("");
    leading(slots.end, "");
  }
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}
