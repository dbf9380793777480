/** The top bar: gallery, files, sharing, exports, theme. Every control has a label. */
import { useRef } from "react";
import { EXAMPLES } from "../examples/examples.ts";
import type { Theme } from "../charts/palette.ts";

interface Props {
  theme: Theme;
  hasResults: boolean;
  onExample(id: string): void;
  /** Set when an example or file replaced a text that can be brought back. */
  onRestorePrevious: (() => void) | null;
  onOpenFile(file: File): void;
  onDownload(): void;
  onShare(): void;
  onFormat(): void;
  onOutline(): void;
  onExportCsv(): void;
  onExportJson(): void;
  onToggleTheme(): void;
}

const PREVIOUS = "__previous__";

export function Toolbar(p: Props) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <header className="toolbar">
      <h1>Goodhart <span>playground</span></h1>
      <nav aria-label="Scheme and results">
        <select
          aria-label="Open an example scheme"
          value=""
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value === PREVIOUS) p.onRestorePrevious?.();
            else if (value) p.onExample(value);
          }}
        >
          <option value="">Examples…</option>
          {p.onRestorePrevious ? <option value={PREVIOUS}>↶ The text you had before the last example or file</option> : null}
          {EXAMPLES.map((ex) => (
            <option key={ex.id} value={ex.id}>
              {ex.title}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => fileRef.current?.click()} aria-label="Open a .kpi file">Open</button>
        <input
          ref={fileRef}
          type="file"
          accept=".kpi,text/plain"
          hidden
          aria-label="Choose a .kpi file"
          data-testid="open-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) p.onOpenFile(file);
            e.currentTarget.value = "";
          }}
        />
        <button type="button" onClick={p.onDownload} aria-label="Download the scheme as a .kpi file">Download .kpi</button>
        <button type="button" onClick={p.onFormat} aria-label="Format the scheme">Format</button>
        <button type="button" onClick={p.onOutline} aria-label="Go to a declaration by name (outline)" title="Ctrl+Shift+O">Outline</button>
        <button type="button" onClick={p.onShare} aria-label="Copy a link that opens this scheme and population">Share link</button>
        <button type="button" onClick={p.onExportCsv} disabled={!p.hasResults} aria-label="Download per-staff results as CSV">Results CSV</button>
        <button type="button" onClick={p.onExportJson} disabled={!p.hasResults} aria-label="Download the result document as JSON">Results JSON</button>
        <button type="button" onClick={p.onToggleTheme} aria-label={`Switch to the ${p.theme === "dark" ? "light" : "dark"} theme`} aria-pressed={p.theme === "dark"}>
          {p.theme === "dark" ? "☀ Light" : "☾ Dark"}
        </button>
      </nav>
    </header>
  );
}
