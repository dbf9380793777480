/**
 * The way into the lessons from the workspace: a "Lessons" button, and `#lesson=<id>` links
 * (kept in the address bar so a reload or a bookmark reopens the same lesson; Back leaves it).
 */
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import type { Theme } from "../charts/palette.ts";
import { lessonFromHash, lessonHash } from "./lesson-hash.ts";
import "./launcher.css";

const LessonsMode = lazy(() => import("./LessonsMode.tsx").then((m) => ({ default: m.LessonsMode })));

const themeNow = (): Theme => (document.documentElement.dataset.theme === "dark" ? "dark" : "light");

export function LessonsLauncher() {
  const [id, setId] = useState<string | null>(() => lessonFromHash(window.location.hash));
  const [theme, setTheme] = useState<Theme>(themeNow);

  useEffect(() => {
    const onHash = () => setId(lessonFromHash(window.location.hash));
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  // The workspace owns the theme; follow it rather than keep a second setting.
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(themeNow()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    return () => observer.disconnect();
  }, []);

  const open = useCallback((next: string) => {
    window.location.hash = lessonHash(next);
    setId(next);
  }, []);
  const close = useCallback(() => {
    history.replaceState(null, "", window.location.pathname + window.location.search);
    setId(null);
  }, []);

  return (
    <>
      <button type="button" className="lessons-launch" onClick={() => open("")} aria-label="Lessons for trainers">
        Lessons
      </button>
      {id !== null ? (
        <Suspense fallback={<div className="lessons-mode lesson-loading">Loading the lesson…</div>}>
          <LessonsMode id={id} theme={theme} onOpen={open} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
