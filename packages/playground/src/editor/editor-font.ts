/**
 * The editor's font, bundled with the app: JetBrains Mono has every Vietnamese letter with
 * its marks, so `hồ_sơ` never falls back to a system font that draws the accents loose.
 * Each CSS file declares its subsets by unicode-range; the browser fetches only those used.
 */
import "@fontsource/jetbrains-mono/400.css";
import "@fontsource/jetbrains-mono/700.css";
import "@fontsource/jetbrains-mono/400-italic.css";
import type { Monaco } from "./monaco.ts";

export const EDITOR_FONT_FAMILY = "'JetBrains Mono', ui-monospace, monospace";

/** Monaco measures glyph widths once; measure again when the font has arrived. */
export function remeasureWhenLoaded(monaco: Monaco): void {
  const fonts = document.fonts;
  if (!fonts) return;
  void Promise.all(
    ["400 13px 'JetBrains Mono'", "700 13px 'JetBrains Mono'", "italic 400 13px 'JetBrains Mono'"].map((f) =>
      fonts.load(f, "hồ sơ kết quả"),
    ),
  )
    .then(() => monaco.editor.remeasureFonts())
    .catch(() => undefined);
}
