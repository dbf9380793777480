/**
 * The diff with its words in the reader's language, for a caller that shows the document's own
 * fields (the playground's compare panel): each change's `text` and each finding's message said
 * again from their fields. `goodhart diff --json` never goes through here: its text stays English.
 */
import type { Lang } from "../i18n/translate.ts";
import { changeSentence, findingMessage } from "./describe.ts";
import type { SchemeDiff } from "./types.ts";

export function diffIn(diff: SchemeDiff, lang: Lang): SchemeDiff {
  if (lang === "en") return diff;
  const g = diff.diagnostics;
  return {
    ...diff,
    changes: diff.changes.map((c) => ({ ...c, text: changeSentence(c, undefined, diff.changes, lang) })),
    diagnostics: {
      added: g.added.map((d) => ({ ...d, message: findingMessage(d, lang) })),
      removed: g.removed.map((d) => ({ ...d, message: findingMessage(d, lang) })),
      changed: g.changed.map((d) => ({ ...d, new: findingMessage(d, lang) })),
      accepted: g.accepted.map((d) => ({ ...d, message: findingMessage(d, lang) })),
    },
  };
}
