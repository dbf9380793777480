/** The problems list: every diagnostic, keyboard-reachable; choosing one jumps to it. */
import type { LsDiagnostic } from "../language/protocol.ts";

interface Props {
  diagnostics: LsDiagnostic[];
  analysedLength: number;
  onJump(d: LsDiagnostic): void;
}

/** Beyond this the list stops helping and starts slowing the page (a pasted binary file, say). */
const MAX_LISTED = 300;

const ICON = { error: "✖", warning: "⚠", info: "ℹ" } as const;

export function ProblemsPanel({ diagnostics, analysedLength, onJump }: Props) {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  return (
    <section className="problems" aria-label="Problems" data-testid="problems" data-analysed-length={analysedLength}>
      <h2>
        Problems <span className="count">{errors} errors, {warnings} warnings, {diagnostics.length - errors - warnings} notes</span>
      </h2>
      {diagnostics.length === 0 ? (
        <p className="empty">No problems found.</p>
      ) : (
        <ul>
          {diagnostics.slice(0, MAX_LISTED).map((d, i) => (
            <li key={`${d.code}-${d.range.start.offset}-${i}`}>
              <button type="button" className={`problem ${d.severity}`} onClick={() => onJump(d)} data-code={d.code} aria-label={`${d.severity} ${d.code} on line ${d.range.start.line}: ${d.message}`}>
                <span className="sev" aria-hidden="true">{ICON[d.severity]}</span>
                <span className="code">{d.code}</span>
                <span className="line">line {d.range.start.line}</span>
                <span className="message">{d.message}</span>
              </button>
            </li>
          ))}
          {diagnostics.length > MAX_LISTED ? <li className="more">…and {diagnostics.length - MAX_LISTED} more; fix the first ones and the rest often go away.</li> : null}
        </ul>
      )}
    </section>
  );
}
