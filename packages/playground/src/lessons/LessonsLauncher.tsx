/**
 * The way into the lessons from the workspace: a "Lessons" button, and `#lesson=<id>` links
 * (kept in the address bar so a reload or a bookmark reopens the same lesson; Back leaves it).
 */
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import type { Theme } from "../charts/palette.ts";
import { lessonFromHash, lessonHash } from "./lesson-hash.ts";
import { isLang, t, type Lang } from "@goodhart/dsl";
import { LangContext } from "../i18n/lang.ts";
import "./launcher.css";

const LessonsMode = lazy(() => import("./LessonsMode.tsx").then((m) => ({ default: m.LessonsMode })));

const themeNow = (): Theme => (document.documentElement.dataset.theme === "dark" ? "dark" : "light");
/** The workspace's language, which it writes on the page (`<html lang>`); the launcher sits outside its context. */
const langNow = (): Lang => {
  const lang = document.documentElement.lang;
  return isLang(lang) ? lang : "en";
};

export function LessonsLauncher() {
  const [id, setId] = useState<string | null>(() => lessonFromHash(window.location.hash));
  const [theme, setTheme] = useState<Theme>(themeNow);
  const [lang, setLang] = useState<Lang>(langNow);

  useEffect(() => {
    const onHash = () => setId(lessonFromHash(window.location.hash));
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  // The workspace owns the theme and the language; follow them rather than keep a second setting.
  useEffect(() => {
    const follow = () => {
      setTheme(themeNow());
      setLang(langNow());
    };
    const observer = new MutationObserver(follow);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme", "lang"] });
    // The workspace may have written them before this observer was listening.
    follow();
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
    <LangContext.Provider value={lang}>
      <button type="button" className="lessons-launch" onClick={() => open("")} aria-label={t(lang, "ui.lessons.launch")}>
        {t(lang, "ui.lessons.heading")}
      </button>
      {id !== null ? (
        <Suspense fallback={<div className="lessons-mode lesson-loading">{t(lang, "ui.lessons.loading")}</div>}>
          <LessonsMode id={id} theme={theme} onOpen={open} onClose={close} />
        </Suspense>
      ) : null}
    </LangContext.Provider>
  );
}
