/**
 * A diagnostic in one sentence for the problems list: its first sentence with the inline
 * citations taken out. The full message (the why, the sources, the fix) stays one click away.
 */
import { showInvisible } from "@goodhart/dsl";

// A year, not a code point shown for an invisible character (`U+2066`).
const CITATION = /\s*\([^()]*\b(?<!U\+)(?:1[89]|20)\d\d[a-z]?\b[^()]*\)/g;

/** Index just past the first sentence end that is outside parentheses and code spans. */
function firstSentenceEnd(text: string): number {
  let depth = 0;
  let code = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "`") code = !code;
    else if (!code && c === "(") depth++;
    else if (!code && c === ")") depth = Math.max(0, depth - 1);
    else if (!code && depth === 0 && (c === "." || c === "!" || c === "?") && (i + 1 === text.length || /\s/.test(text[i + 1]!)))
      return i + 1;
  }
  return text.length;
}

export function splitMessage(raw: string): { headline: string; rest: string } {
  // A label's right-to-left override or isolate would reorder the sentence a reader sees.
  const message = showInvisible(raw);
  const end = firstSentenceEnd(message);
  const first = message
    .slice(0, end)
    .replace(CITATION, "")
    .replace(/\s+([;,.])/g, "$1")
    .trim();
  const rest = message.slice(end).trim();
  const cited = first !== message.slice(0, end).trim();
  return { headline: first, rest: cited || rest ? message : "" };
}

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
