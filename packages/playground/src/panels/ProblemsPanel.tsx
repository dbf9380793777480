/** The problems list: every diagnostic, keyboard-reachable; choosing one jumps to it. */
import { useState } from "react";
import type { LsDiagnostic } from "../language/protocol.ts";
import { plural, splitMessage } from "./warning-text.ts";

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
        Problems{" "}
        <span className="count">
          {plural(errors, "error", "errors")}, {plural(warnings, "warning", "warnings")}, {plural(diagnostics.length - errors - warnings, "note", "notes")}
        </span>
      </h2>
      {diagnostics.length === 0 ? (
        <p className="empty">No problems found.</p>
      ) : (
        <ul>
          {diagnostics.slice(0, MAX_LISTED).map((d, i) => (
            <li key={`${d.code}-${d.range.start.offset}-${i}`}>
              <Problem d={d} onJump={onJump} />
            </li>
          ))}
          {diagnostics.length > MAX_LISTED ? <li className="more">…and {diagnostics.length - MAX_LISTED} more; fix the first ones and the rest often go away.</li> : null}
        </ul>
      )}
    </section>
  );
}

function Problem({ d, onJump }: { d: LsDiagnostic; onJump(d: LsDiagnostic): void }) {
  const [open, setOpen] = useState(false);
  const { headline, rest } = splitMessage(d.message);
  return (
    <div className={`problem-row ${d.severity}`}>
      <button type="button" className={`problem ${d.severity}`} onClick={() => onJump(d)} data-code={d.code} aria-label={`${d.severity} ${d.code} on line ${d.range.start.line}: ${headline}`}>
        <span className="sev" aria-hidden="true">{ICON[d.severity]}</span>
        <span className="code">{d.code}</span>
        <span className="line">line {d.range.start.line}</span>
        <span className="message">{headline}</span>
      </button>
      {rest ? (
        <button type="button" className="small why" aria-expanded={open} onClick={() => setOpen((o) => !o)} aria-label={`Why (${d.code}, line ${d.range.start.line}): sources and fix`}>
          why
        </button>
      ) : null}
      {open && rest ? <p className="problem-why">{rest}</p> : null}
    </div>
  );
}
