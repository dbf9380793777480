/**
 * Putting a whole new text in the editor — an example, an opened file, the formatted text,
 * the previous draft — as one undoable edit, keeping the draft it replaces as the "previous
 * text" this browser can bring back.
 */
import { useCallback, useState, type RefObject } from "react";
import type { editor } from "monaco-editor/editor";
import { languageClient } from "../language/language-client.ts";
import type { BannerMessage } from "../panels/Banner.tsx";
import { MAX_STAFF, type Population } from "../sim/population.ts";
import { populationFromScheme } from "../sim/population-from-scheme.ts";
import { keepPrevious, loadPrevious } from "../storage/autosave.ts";
import { t, type Lang } from "@goodhart/dsl";

type Options = {
  editorRef: RefObject<editor.IStandaloneCodeEditor | null>;
  /** The text as of the last render, for when the editor is not up yet. */
  textRef: RefObject<string>;
  /** The page's language when a banner is said (a ref: its identity never changes). */
  langRef: RefObject<Lang>;
  setText(next: string): void;
  setPopulation(update: (p: Population) => Population): void;
  /** State setters, so their identities never change. */
  report(message: BannerMessage): void;
  /** What else a newly loaded scheme resets (the sweep, the explained staff member). */
  onLoad(): void;
};

export function useSchemeLoading({ editorRef, textRef, langRef, setText, setPopulation, report, onLoad }: Options) {
  /** Replaces the whole text as one undoable edit, so Ctrl+Z brings the previous draft back. */
  const replaceText = useCallback(
    (next: string) => {
      const ed = editorRef.current;
      const model = ed?.getModel();
      if (!ed || !model) return setText(next);
      ed.pushUndoStop();
      ed.executeEdits("goodhart", [{ range: model.getFullModelRange(), text: next }]);
      ed.pushUndoStop();
      ed.setPosition({ lineNumber: 1, column: 1 });
      ed.revealLine(1);
    },
    [editorRef, setText],
  );

  const [hasPrevious, setHasPrevious] = useState(() => loadPrevious(window.localStorage) !== null);
  const restorePrevious = () => {
    const previous = loadPrevious(window.localStorage);
    if (previous === null) return;
    const current = editorRef.current?.getModel()?.getValue() ?? textRef.current;
    keepPrevious(window.localStorage, current);
    replaceText(previous);
    const lang = langRef.current;
    report({
      kind: "info",
      text: t(lang, "ui.banner.broughtBack"),
      action: { label: t(lang, "ui.banner.swapAgain"), run: () => restorePrevious() },
    });
  };

  const loadScheme = useCallback(
    (next: string, what: string) => {
      const before = editorRef.current?.getModel()?.getValue() ?? textRef.current;
      if (before.trim() && before !== next) {
        keepPrevious(window.localStorage, before);
        setHasPrevious(true);
      }
      replaceText(next);
      onLoad();
      report({
        kind: "info",
        text: t(langRef.current, "ui.banner.kept", { what }),
        action: { label: t(langRef.current, "ui.banner.bringBack"), run: () => restorePrevious() },
      });
      languageClient()
        .call("analyze", next)
        .then((a) => {
          const block = a.facts?.simulation;
          if (!block) return;
          setPopulation((p) => populationFromScheme(p, block));
          if (block.staff !== null && block.staff > MAX_STAFF) {
            report({
              kind: "info",
              text: t(langRef.current, "ui.banner.bigBlock", {
                what,
                staff: block.staff.toLocaleString("en"),
                max: MAX_STAFF.toLocaleString("en"),
              }),
            });
          }
        })
        .catch(() => undefined);
    },
    // `onLoad` and `restorePrevious` are read when a scheme is loaded, not when this is made.
    [replaceText],
  );

  return { replaceText, hasPrevious, restorePrevious, loadScheme };
}
