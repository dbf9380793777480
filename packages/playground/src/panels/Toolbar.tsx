/** The top bar: gallery, files, sharing, exports, theme. Every control has a label. */
import { useRef } from "react";
import type { Theme } from "../charts/palette.ts";

interface Props {
  theme: Theme;
  hasResults: boolean;
  /** The title of the example that is open, if one is. */
  openTitle: string | null;
  openEdited: boolean;
  galleryOpen: boolean;
  onToggleGallery(): void;
  onOpenFile(file: File): void;
  onDownload(): void;
  onShare(): void;
  onFormat(): void;
  onOutline(): void;
  onExportCsv(): void;
  onExportJson(): void;
  onToggleTheme(): void;
}

export function Toolbar(p: Props) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <header className="toolbar">
      <h1>Goodhart <span>playground</span></h1>
      <nav aria-label="Scheme and results">
        <button type="button" onClick={p.onToggleGallery} aria-expanded={p.galleryOpen} aria-haspopup="dialog" data-testid="examples-button" title="Open an example scheme">
          Examples{p.openTitle ? <span className="open-title"> · {p.openTitle}</span> : null}
          {p.openEdited ? <span className="open-edited"> (edited)</span> : null} ▾
        </button>
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
