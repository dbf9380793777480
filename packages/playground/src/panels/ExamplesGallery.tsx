/** The examples as cards: a title, one line on what each teaches, and which one is open. */
import { useEffect, useRef } from "react";
import { EXAMPLES } from "../examples/examples.ts";
import { t } from "@goodhart/dsl";
import { useLang } from "../i18n/lang.ts";

interface Props {
  openId: string | null;
  /** The open example was edited since it was opened. */
  edited: boolean;
  onOpen(id: string): void;
  onRestorePrevious: (() => void) | null;
  onClose(): void;
}

export function ExamplesGallery({ openId, edited, onOpen, onRestorePrevious, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const lang = useLang();
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>("[aria-current=true], button")?.focus();
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
  return (
    <div className="gallery" role="dialog" aria-label={t(lang, "ui.gallery.label")} data-testid="gallery" ref={ref}>
      <div className="gallery-head">
        <h2>{t(lang, "ui.toolbar.examplesButton")}</h2>
        {onRestorePrevious ? (
          <button type="button" className="small" onClick={onRestorePrevious}>
            {t(lang, "ui.gallery.previous")}
          </button>
        ) : null}
        <button type="button" className="small" onClick={onClose} aria-label={t(lang, "ui.gallery.close")}>
          ✕
        </button>
      </div>
      <ul>
        {EXAMPLES.map((ex) => {
          const open = ex.id === openId;
          return (
            <li key={ex.id}>
              <button
                type="button"
                className={`card${open ? " open" : ""}`}
                aria-current={open ? "true" : undefined}
                data-example={ex.id}
                onClick={() => onOpen(ex.id)}
              >
                <strong>{ex.title}</strong>
                <span>{ex.summary}</span>
                {open ? <em className="badge">{t(lang, "ui.gallery.open", { edited: edited ? "yes" : "no" })}</em> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
