/**
 * The compare panel's "what changed in meaning": the dsl's change sentences, the effective
 * weights that moved and the warnings that appear or go, in the page's language (the language
 * worker says the diff's sentences and messages again in it; the frame's words are here).
 */
import { t } from "@goodhart/dsl";
import type { LsSchemeDiff } from "../language/protocol.ts";
import { pct } from "../charts/format.ts";
import { useLang } from "../i18n/lang.ts";

export function CompareMeaning({ diff }: { diff: LsSchemeDiff | null }) {
  const lang = useLang();
  const on = (name: string | null) => (name ? t(lang, "ui.compare.on", { name }) : "");
  if (diff === null) return <p className="hint">{t(lang, "ui.compare.computing")}</p>;
  if (diff.changes.length === 0 && diff.diagnostics.added.length === 0 && diff.diagnostics.removed.length === 0)
    return <p className="hint">{t(lang, "ui.compare.noChange")}</p>;
  return (
    <ul className="changes" data-testid="changes">
      {diff.changes.map((c, i) => (
        <li key={`${c.text}-${i}`} className={c.kind}>
          {c.text}
        </li>
      ))}
      {Object.entries(diff.effectiveWeights).map(([name, w]) => (
        <li key={`w-${name}`} className="changed">
          {t(lang, "ui.compare.share", { name, old: pct(w.old, 1), new: pct(w.new, 1) })}
        </li>
      ))}
      {diff.diagnostics.added.map((d, i) => (
        <li key={`a-${i}`} className="added">
          {t(lang, "ui.compare.nowWarns", { code: d.code, on: on(d.name), message: d.message })}
        </li>
      ))}
      {diff.diagnostics.removed.map((d, i) => (
        <li key={`r-${i}`} className="removed">
          {t(lang, "ui.compare.noLongerWarns", { code: d.code, on: on(d.name) })}
        </li>
      ))}
    </ul>
  );
}
