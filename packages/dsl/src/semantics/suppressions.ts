/**
 * `// goodhart-ignore KPI204: reason` on the line(s) right above a declaration silences that
 * lint on that declaration. The reason is required: a silenced risk must say why it is fine.
 *
 * - Several codes may share one directive: `// goodhart-ignore KPI203, KPI204: reason`.
 * - "Right above" means a run of comment lines ending on the line before the declaration's
 *   keyword; a blank line ends the run, so a directive cannot drift onto the wrong block.
 * - Only warnings and infos can be silenced. An error means the file cannot be scored;
 *   silencing it would hide a broken scheme.
 * A directive that silences nothing says so where the designer is looking, never silently:
 * - without a reason, the diagnostic it meant stays and its message says a reason is missing;
 * - naming an error, the error stays and its message says errors cannot be silenced;
 * - naming no code of the table (`KPI999`, `kpi204`), every warning left on the declaration
 *   says so and which code would silence it. No diagnostic code fits a mistyped directive (the
 *   table is fixed, and an error for a comment would stop a sound file being scored), so one
 *   that silences nothing on a declaration without warnings is left to hover (services/hover.ts).
 * Suppressed diagnostics stay in the list with `suppressed` set; consumers filter them.
 */
import type { Declaration, SchemeFile } from "../syntax/ast.ts";
import { CODES } from "../diagnostics/codes.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { render, type Message } from "../i18n/translate.ts";

// A code is read as any word, so that a mistyped one (`KPI2O4`, `kpi204`) is a directive that
// can be reported rather than a comment that is silently ignored.
const DIRECTIVE = /^(?:\/\/|\/\*)\s*goodhart-ignore\s+([^\s,:`*]+(?:\s*,\s*[^\s,:`*]+)*)\s*(?::\s*(.*?))?\s*(?:\*\/)?$/;

/** What a code named in a directive is: a warning or info it can silence, an error it cannot, or no code at all. */
export function codeKind(code: string): "silenceable" | "error" | "unknown" {
  const info = Object.hasOwn(CODES, code) ? CODES[code as keyof typeof CODES] : undefined;
  return !info ? "unknown" : info.severity === "error" ? "error" : "silenceable";
}

export interface Directive {
  codes: string[];
  /** null when the directive gives no reason (it then silences nothing). */
  reason: string | null;
  line: number;
}

/** Reads one comment's text; null when it is not a directive. */
export function parseDirective(text: string, line: number): Directive | null {
  const m = DIRECTIVE.exec(text.trim());
  if (!m) return null;
  const reason = m[2]?.trim() ?? "";
  return { codes: m[1]!.split(",").map((c) => c.trim()), reason: reason === "" ? null : reason, line };
}

/** The directives in the run of comment lines directly above a declaration. */
function directivesAbove(decl: Declaration, file: SchemeFile): Directive[] {
  const byEndLine = new Map<number, { text: string; startLine: number }[]>();
  for (const c of file.comments) {
    const list = byEndLine.get(c.range.end.line) ?? [];
    list.push({ text: c.text, startLine: c.range.start.line });
    byEndLine.set(c.range.end.line, list);
  }
  const out: Directive[] = [];
  let line = decl.range.start.line - 1;
  for (;;) {
    const here = byEndLine.get(line);
    if (!here) break;
    for (const c of here) {
      const d = parseDirective(c.text, c.startLine);
      if (d) out.push(d);
    }
    line = Math.min(...here.map((c) => c.startLine)) - 1;
  }
  return out;
}

function owner(d: Diagnostic, file: SchemeFile): Declaration | null {
  const at = d.range.start.offset;
  const containing = file.declarations.find((x) => x.range.start.offset <= at && at < x.range.end.offset);
  if (containing) return containing;
  if (!d.declaration) return null;
  const { kind, name } = d.declaration;
  return file.declarations.find((x) => x.kind === kind && (kind === "scheme" || x.name?.text === name)) ?? null;
}

export function applySuppressions(diagnostics: Diagnostic[], file: SchemeFile): void {
  const cache = new Map<Declaration, Directive[]>();
  for (const d of diagnostics) {
    const decl = owner(d, file);
    if (!decl) continue;
    let directives = cache.get(decl);
    if (!directives) {
      directives = directivesAbove(decl, file);
      cache.set(decl, directives);
    }
    if (directives.length === 0) continue;
    const matching = directives.filter((x) => x.codes.includes(d.code));
    if (d.severity === "error") {
      if (matching.length > 0) addNote(d, { key: "suppress.note.error", params: { code: d.code } });
      continue;
    }
    const reasoned = matching.find((x) => x.reason !== null);
    if (reasoned) {
      d.suppressed = { reason: reasoned.reason! };
      continue;
    }
    if (matching.length > 0) {
      addNote(d, { key: "suppress.note.noReason" });
      continue;
    }
    const unknown = [...new Set(directives.flatMap((x) => x.codes.filter((c) => codeKind(c) === "unknown")))];
    if (unknown.length > 0)
      addNote(d, {
        key: "suppress.note.unknown",
        params: { named: unknown.join(", "), count: unknown.length, code: d.code, severity: d.severity },
      });
  }
}

/**
 * Appends a note to a diagnostic's message in every language: the English `message` and the
 * catalogue `text` that other languages render (a diagnostic without one keeps its English).
 */
function addNote(d: Diagnostic, note: Message): void {
  d.text = { key: "suppress.withNote", params: { message: d.text ?? d.message, note } };
  d.message = render("en", d.text);
}
