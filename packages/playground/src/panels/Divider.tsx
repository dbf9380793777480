/**
 * The draggable line between editor and results. A pointer drags it; the arrow keys move it
 * 2% at a time (Home/End to the limits), so it works without a mouse too.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from "react";
import { t } from "@goodhart/dsl";
import { useLang } from "../i18n/lang.ts";

const SPLIT_MIN = 20;
const SPLIT_MAX = 80;
const clampSplit = (x: number) => Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, Math.round(x * 10) / 10));

export function Divider({ value, onChange }: { value: number; onChange(percent: number): void }) {
  const dragging = useRef(false);
  const lang = useLang();
  const move = (e: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    const host = e.currentTarget.parentElement;
    if (!host) return;
    const box = host.getBoundingClientRect();
    onChange(clampSplit(((e.clientX - box.left) / box.width) * 100));
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const next =
      e.key === "ArrowLeft"
        ? value - 2
        : e.key === "ArrowRight"
          ? value + 2
          : e.key === "Home"
            ? SPLIT_MIN
            : e.key === "End"
              ? SPLIT_MAX
              : null;
    if (next === null) return;
    e.preventDefault();
    onChange(clampSplit(next));
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable splitter (the ARIA window-splitter pattern); <hr> is a thematic break, not a control
    <div
      className="divider"
      role="separator"
      aria-orientation="vertical"
      aria-label={t(lang, "ui.divider.label")}
      aria-valuemin={SPLIT_MIN}
      aria-valuemax={SPLIT_MAX}
      aria-valuenow={value}
      tabIndex={0}
      data-testid="divider"
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={move}
      onPointerUp={(e) => {
        dragging.current = false;
        e.currentTarget.releasePointerCapture(e.pointerId);
      }}
      onKeyDown={onKey}
    />
  );
}

const SPLIT_KEY = "goodhart.playground.split";
export function loadSplit(): number {
  try {
    const n = Number(localStorage.getItem(SPLIT_KEY));
    return Number.isFinite(n) && n >= SPLIT_MIN && n <= SPLIT_MAX ? n : 46;
  } catch {
    return 46;
  }
}
export function saveSplit(n: number): void {
  try {
    localStorage.setItem(SPLIT_KEY, String(n));
  } catch {
    // Not remembering the split is harmless.
  }
}
