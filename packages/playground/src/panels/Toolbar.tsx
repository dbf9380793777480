/** The top bar: gallery, files, sharing, exports, theme. Every control has a label. */
import { useRef } from "react";
import type { Lang } from "@goodhart/dsl";
import { useT } from "../i18n/lang.ts";
import { LanguageSwitch } from "../i18n/LanguageSwitch.tsx";
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
  lang: Lang;
  onLang(lang: Lang): void;
}

export function Toolbar(p: Props) {
  const fileRef = useRef<HTMLInputElement>(null);
  const tr = useT();
  return (
    <header className="toolbar">
      <h1>
        Goodhart <span>playground</span>
      </h1>
      <nav aria-label={tr("ui.toolbar.nav")}>
        <button
          type="button"
          onClick={p.onToggleGallery}
          aria-expanded={p.galleryOpen}
          aria-haspopup="dialog"
          data-testid="examples-button"
          title={tr("ui.toolbar.examplesLabel")}
        >
          {tr("ui.toolbar.examplesButton")}
          {p.openTitle ? <span className="open-title"> · {p.openTitle}</span> : null}
          {p.openEdited ? <span className="open-edited"> (edited)</span> : null} ▾
        </button>
        <button type="button" onClick={() => fileRef.current?.click()} aria-label={tr("ui.toolbar.openLabel")}>
          {tr("ui.toolbar.open")}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".kpi,text/plain"
          hidden
          aria-label={tr("ui.toolbar.chooseFile")}
          data-testid="open-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) p.onOpenFile(file);
            e.currentTarget.value = "";
          }}
        />
        <button type="button" onClick={p.onDownload} aria-label={tr("ui.toolbar.downloadLabel")}>
          {tr("ui.toolbar.download")}
        </button>
        <button type="button" onClick={p.onFormat} aria-label={tr("ui.toolbar.formatLabel")}>
          {tr("ui.toolbar.format")}
        </button>
        <button type="button" onClick={p.onOutline} aria-label={tr("ui.toolbar.outlineLabel")} title="Ctrl+Shift+O">
          {tr("ui.toolbar.outline")}
        </button>
        <button type="button" onClick={p.onShare} aria-label={tr("ui.toolbar.shareLabel")}>
          {tr("ui.toolbar.share")}
        </button>
        <button type="button" onClick={p.onExportCsv} disabled={!p.hasResults} aria-label={tr("ui.toolbar.resultsCsvLabel")}>
          {tr("ui.toolbar.resultsCsv")}
        </button>
        <button type="button" onClick={p.onExportJson} disabled={!p.hasResults} aria-label={tr("ui.toolbar.resultsJsonLabel")}>
          {tr("ui.toolbar.resultsJson")}
        </button>
        <button
          type="button"
          onClick={p.onToggleTheme}
          aria-label={tr("ui.toolbar.themeLabel", { theme: p.theme === "dark" ? "light" : "dark" })}
          aria-pressed={p.theme === "dark"}
        >
          {p.theme === "dark" ? tr("ui.toolbar.light") : tr("ui.toolbar.dark")}
        </button>
      </nav>
      {/* Out of the toolbar's flow, so adding a language never moves the workspace. */}
      <div className="language-switch" style={{ position: "fixed", right: "0.5rem", bottom: "0.5rem", zIndex: 20 }}>
        <LanguageSwitch lang={p.lang} onChange={p.onLang} />
      </div>
    </header>
  );
}
