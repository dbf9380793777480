/**
 * The presentation mode's frame: the lesson list, or one lesson. Loaded only when a trainer
 * opens it, so the workspace never pays for it.
 */
import { useEffect, useMemo } from "react";
import { useLang } from "../i18n/lang.ts";
import { lessonIn } from "./schema.ts";
import type { Theme } from "../charts/palette.ts";
import { LESSONS } from "./catalogue.ts";
import { LessonChooser } from "./LessonChooser.tsx";
import { Presentation } from "./Presentation.tsx";
import "./lessons.css";

interface Props {
  /** A lesson id, or "" for the list. */
  id: string;
  theme: Theme;
  onOpen(id: string): void;
  onClose(): void;
}

export function LessonsMode({ id, theme, onOpen, onClose }: Props) {
  const lang = useLang();
  // The room's language: each lesson's words in it (English where a lesson has none).
  const lessons = useMemo(() => LESSONS.map((l) => lessonIn(l, lang)), [lang]);
  const lesson = lessons.find((l) => l.id === id) ?? null;
  // The presentation handles its own keys; the list only needs Esc.
  useEffect(() => {
    if (lesson) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [lesson, onClose]);

  return (
    <div className="lessons-mode">
      {lesson ? (
        <Presentation key={`${lesson.id}-${lang}`} lesson={lesson} theme={theme} onClose={onClose} onList={() => onOpen("")} />
      ) : (
        <LessonChooser lessons={lessons} onPick={onOpen} onClose={onClose} missing={id || null} />
      )}
    </div>
  );
}
