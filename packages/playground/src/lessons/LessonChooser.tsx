/** The list of lessons: what each one shows, in a sentence, so a trainer picks the next. */
import type { Lesson } from "./schema.ts";
import { LESSON_PROBLEMS } from "./catalogue.ts";

export function LessonChooser({ lessons, onPick, onClose, missing }: { lessons: Lesson[]; onPick(id: string): void; onClose(): void; missing: string | null }) {
  return (
    <div className="lesson-chooser">
      <header className="lesson-head">
        <h1>Lessons</h1>
        <button type="button" onClick={onClose} aria-label="Leave the lessons (Esc)">✕ Close</button>
      </header>
      {missing ? <p className="lesson-note" role="alert">There is no lesson “{missing}” in this build; pick one below.</p> : null}
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
        <ul className="lesson-note" aria-label="Lesson files that could not be read">
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
