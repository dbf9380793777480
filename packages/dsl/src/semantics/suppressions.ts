/**
 * `// goodhart-ignore KPI204: reason` on the line(s) right above a declaration silences that
 * lint on that declaration. The reason is required: a silenced risk must say why it is fine.
 *
 * - Several codes may share one directive: `// goodhart-ignore KPI203, KPI204: reason`.
 * - "Right above" means a run of comment lines ending on the line before the declaration's
 *   keyword; a blank line ends the run, so a directive cannot drift onto the wrong block.
 * - Only warnings and infos (KPI1xx, KPI2xx) can be silenced. An error means the file cannot
 *   be scored; silencing it would hide a broken scheme.
 * - A directive without a reason silences nothing; the diagnostic it meant stays and says
 *   what is missing, so the omission shows where the designer is looking.
 * Suppressed diagnostics stay in the list with `suppressed` set; consumers filter them.
 */
import type { Declaration, SchemeFile } from "../syntax/ast.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";

const DIRECTIVE = /^(?:\/\/|\/\*)\s*goodhart-ignore\s+(KPI\d{3}(?:\s*,\s*KPI\d{3})*)\s*(?::\s*(.*?))?\s*(?:\*\/)?$/;
const SUPPRESSIBLE = /^KPI[12]\d\d$/;

export const MISSING_REASON =
  " (a goodhart-ignore directive above needs a reason after a colon, e.g. `// goodhart-ignore KPI204: audited by the registry`)";

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
    if (d.severity === "error" || !SUPPRESSIBLE.test(d.code)) continue;
    const decl = owner(d, file);
    if (!decl) continue;
    let directives = cache.get(decl);
    if (!directives) {
      directives = directivesAbove(decl, file);
      cache.set(decl, directives);
    }
    const matching = directives.filter((x) => x.codes.includes(d.code));
    const reasoned = matching.find((x) => x.reason !== null);
    if (reasoned) d.suppressed = { reason: reasoned.reason! };
    else if (matching.length > 0 && !d.message.endsWith(MISSING_REASON)) d.message += MISSING_REASON;
  }
}
