/** The list of lessons: what each one shows, in a sentence, so a trainer picks the next. */
import type { Lesson } from "./schema.ts";
import { LESSON_PROBLEMS } from "./catalogue.ts";
import { useT } from "../i18n/lang.ts";

export function LessonChooser({
  lessons,
  onPick,
  onClose,
  missing,
}: {
  lessons: Lesson[];
  onPick(id: string): void;
  onClose(): void;
  missing: string | null;
}) {
  const tr = useT();
  return (
    <div className="lesson-chooser">
      <header className="lesson-head">
        <h1>{tr("ui.lessons.heading")}</h1>
        <button type="button" onClick={onClose} aria-label={tr("ui.lessons.leave")}>
          {tr("ui.lessons.close")}
        </button>
      </header>
      {missing ? (
        <p className="lesson-note" role="alert">
          {tr("ui.lessons.missing", { id: missing })}
        </p>
      ) : null}
      <ol className="lesson-list">
        {lessons.map((l) => (
          <li key={l.id}>
            <button type="button" onClick={() => onPick(l.id)}>
              <strong>{l.title}</strong>
              <span>{l.takeaway}</span>
            </button>
          </li>
        ))}
      </ol>
      {LESSON_PROBLEMS.length > 0 ? (
        <ul className="lesson-note" aria-label={tr("ui.lessons.problems")}>
          {LESSON_PROBLEMS.map((p) => (
            <li key={p.file}>
              {p.file}: {p.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
