/**
 * "Sweep this number": from the editor's cursor, its context menu or a code lens, the numeric
 * literal at an offset becomes the Sweep tab's subject, with the text it was picked from.
 */
import { useCallback, useEffect, useState, type RefObject } from "react";
import type { editor } from "monaco-editor/editor";
import { onSweepCommand } from "../editor/sweep-command.ts";
import { languageClient } from "../language/language-client.ts";
import type { LsNumberAt } from "../language/protocol.ts";
import type { BannerMessage } from "../panels/Banner.tsx";
import { t, type Lang } from "@goodhart/dsl";

export type SweepSubject = { literal: LsNumberAt; text: string };

type Options = {
  editorRef: RefObject<editor.IStandaloneCodeEditor | null>;
  /** The page's language when a banner is said (a ref: its identity never changes). */
  langRef: RefObject<Lang>;
  /** A state setter, so its identity never changes. */
  report(message: BannerMessage): void;
  /** Brings the Sweep tab forward once a number is picked; stable too. */
  onPicked(): void;
};

export function useSweepCommand({ editorRef, langRef, report, onPicked }: Options) {
  const [sweep, setSweep] = useState<SweepSubject | null>(null);
  const sweepAt = useCallback(
    async (offset: number) => {
      const model = editorRef.current?.getModel();
      if (!model) return;
      const current = model.getValue();
      const literal = await languageClient().call("numberAt", current, { offset });
      if (literal) {
        setSweep({ literal, text: current });
        onPicked();
      } else report({ kind: "info", text: t(langRef.current, "ui.banner.sweepCursor") });
    },
    [editorRef, langRef, report, onPicked],
  );
  const pickSweepNumber = useCallback(async () => {
    const ed = editorRef.current;
    const model = ed?.getModel();
    const position = ed?.getPosition();
    if (!ed || !model || !position) return;
    await sweepAt(model.getOffsetAt(position));
  }, [editorRef, sweepAt]);
  useEffect(() => {
    onSweepCommand((offset) => void sweepAt(offset));
    return () => onSweepCommand(null);
  }, [sweepAt]);
  return { sweep, setSweep, pickSweepNumber };
}
