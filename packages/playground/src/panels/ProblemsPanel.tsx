/** The problems list: every diagnostic, keyboard-reachable; choosing one jumps to it. */
import { useState } from "react";
import type { LsDiagnostic } from "../language/protocol.ts";
import { splitMessage } from "./warning-text.ts";
import { diagnosticMessage, useLang, useT } from "../i18n/lang.ts";

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
  const tr = useT();
  return (
    <section className="problems" aria-label={tr("ui.problems")} data-testid="problems" data-analysed-length={analysedLength}>
      <h2>
        {tr("ui.problems")}{" "}
        <span className="count">{tr("ui.problems.count", { errors, warnings, notes: diagnostics.length - errors - warnings })}</span>
      </h2>
      {diagnostics.length === 0 ? (
        <p className="empty">{tr("ui.problems.none")}</p>
      ) : (
        <ul>
          {diagnostics.slice(0, MAX_LISTED).map((d, i) => (
            <li key={`${d.code}-${d.range.start.offset}-${i}`}>
              <Problem d={d} onJump={onJump} />
            </li>
          ))}
          {diagnostics.length > MAX_LISTED ? (
            <li className="more">{tr("ui.problems.more", { count: diagnostics.length - MAX_LISTED })}</li>
          ) : null}
        </ul>
      )}
    </section>
  );
}

function Problem({ d, onJump }: { d: LsDiagnostic; onJump(d: LsDiagnostic): void }) {
  const [open, setOpen] = useState(false);
  const lang = useLang();
  const tr = useT();
  const { headline, rest } = splitMessage(diagnosticMessage(lang, d));
  return (
    <div className={`problem-row ${d.severity}`}>
      <button
        type="button"
        className={`problem ${d.severity}`}
        onClick={() => onJump(d)}
        data-code={d.code}
        aria-label={tr("ui.problems.itemLabel", {
          severity: tr(`severity.${d.severity}`),
          code: d.code,
          line: d.range.start.line,
          message: headline,
        })}
      >
        <span className="sev" aria-hidden="true">
          {ICON[d.severity]}
        </span>
        <span className="code">{d.code}</span>
        <span className="line">{tr("ui.problems.line", { line: d.range.start.line })}</span>
        <span className="message">{headline}</span>
      </button>
      {rest ? (
        <button
          type="button"
          className="small why"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
          aria-label={`Why (${d.code}, line ${d.range.start.line}): sources and fix`}
        >
          why
        </button>
      ) : null}
      {open && rest ? <p className="problem-why">{rest}</p> : null}
    </div>
  );
}
