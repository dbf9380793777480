/** The examples as cards: a title, one line on what each teaches, and which one is open. */
import { useEffect, useRef } from "react";
import { EXAMPLES } from "../examples/examples.ts";

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
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>("[aria-current=true], button")?.focus();
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
  return (
    <div className="gallery" role="dialog" aria-label="Example schemes" data-testid="gallery" ref={ref}>
      <div className="gallery-head">
        <h2>Examples</h2>
        {onRestorePrevious ? (
          <button type="button" className="small" onClick={onRestorePrevious}>
            ↶ The text you had before
          </button>
        ) : null}
        <button type="button" className="small" onClick={onClose} aria-label="Close the examples">
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
                {open ? <em className="badge">{edited ? "open, edited" : "open"}</em> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
