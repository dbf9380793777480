/**
 * Autosave: the draft survives a reload. Saved a moment after each change, and flushed when
 * the page is hidden or closed; `onRefused` hears when the browser will not store it.
 */
import { useEffect, useMemo, useRef } from "react";
import { debounce } from "../lib/debounce.ts";
import type { Population } from "../sim/population.ts";
import { saveDraft } from "../storage/autosave.ts";

const AUTOSAVE_DEBOUNCE_MS = 300;

export function useAutosave(text: string, population: Population, onRefused: () => void): void {
  const refused = useRef(onRefused);
  refused.current = onRefused;
  const save = useMemo(
    () =>
      debounce((t: string, p: Population) => {
        if (!saveDraft(window.localStorage, t, p, Date.now())) refused.current();
      }, AUTOSAVE_DEBOUNCE_MS),
    [],
  );
  useEffect(() => save(text, population), [text, population, save]);
  useEffect(() => {
    const flush = () => save.flush();
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", flush);
    };
  }, [save]);
}
