/**
 * Hover text is markdown, and labels, notes and names come from the user's file: a shared
 * scheme must not be able to inject links, images, HTML or command URIs into an editor.
 */

/**
 * Characters a reader cannot see that change what they read: C0/C1 controls (an ESC drives a
 * terminal that shows the comment) and the bidirectional marks, overrides and isolates (a
 * right-to-left override in a label reorders the words after it, so a review comment or a
 * hover would say something other than the file: "Trojan Source"). Shown by their code point.
 * The set as a regular-expression class (tab and line breaks left out: each output handles those),
 * shared with the CLI's text output.
 */
export const INVISIBLE_CHARACTERS =
  "\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069";
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARACTERS}]`, "g");

/** `U+202E` in place of each invisible control or bidirectional character. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);
}

/**
 * Backslash-escapes the characters that can start markdown constructs: emphasis, code, links
 * and images (`[`), raw HTML (`<`, `&`), tables, and the `:`/`@`/`www.` that autolinks need.
 * Other punctuation is left alone so labels stay readable in plain-text renderings.
 */
export function escapeMarkdown(text: string): string {
  return showInvisible(text)
    .replace(/[\r\n]+/g, " ")
    .replace(/[\\`*_[\]<>&|~#@:{}!]/g, (c) => `\\${c}`)
    .replace(/(w)(ww)\./gi, "$1$2\\.")
    .replace(/^(\s*)([-+=>])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

/**
 * A diagnostic message as markdown. Messages are the checker's own sentences with code spans
 * around names and source text, plus user labels in plain text: the code spans stay code
 * spans (their content is never interpreted), everything between them is escaped.
 */
export function messageMarkdown(message: string): string {
  const clean = showInvisible(message).replace(/[\r\n]+/g, " ");
  let out = "";
  let at = 0;
  for (const m of clean.matchAll(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g)) {
    out += escapeMarkdown(clean.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + escapeMarkdown(clean.slice(at));
}

/** A code span for text that can contain backticks (the fence grows past any run inside). */
export function codeSpan(text: string): string {
  const clean = showInvisible(text).replace(/[\r\n]+/g, " ");
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}
