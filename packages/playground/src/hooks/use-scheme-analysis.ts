/**
 * The checker behind the editor: every change of the text is analysed (no debounce), its
 * diagnostics are shown, and a scheme without errors is then simulated — checking first keeps
 * the checker from competing with the simulator for the CPU. A population edit re-runs the
 * simulation of the text as it is, unless the text has errors.
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { editor } from "monaco-editor/editor";
import { showDiagnostics } from "../editor/markers.ts";
import { languageClient } from "../language/language-client.ts";
import type { LsDiagnostic, SchemeFacts } from "../language/protocol.ts";
import { latestWins } from "../lib/latest-wins.ts";
import type { Debounced } from "../lib/debounce.ts";
import type { BannerMessage } from "../panels/Banner.tsx";
import type { Population } from "../sim/population.ts";
import { MAX_FILE_BYTES } from "../share/open-file.ts";
import { t, type Lang } from "@goodhart/dsl";

export type Diagnostics = { list: LsDiagnostic[]; length: number };

type Options = {
  text: string;
  population: Population;
  /** Until the editor is up, the checker's worker would only compete with it for the CPU. */
  editorReady: boolean;
  editorRef: RefObject<editor.IStandaloneCodeEditor | null>;
  /** The page's language when a banner is said (a ref: its identity never changes). */
  langRef: RefObject<Lang>;
  runSimulation: Debounced<[string, Population]>;
  /** Shows a problem to the user; a state setter, so its identity never changes. */
  report(message: BannerMessage): void;
};

export function useSchemeAnalysis({ text, population, editorReady, editorRef, langRef, runSimulation, report }: Options): {
  diagnostics: Diagnostics;
  facts: SchemeFacts | null;
} {
  const [diagnostics, setDiagnostics] = useState<Diagnostics>({ list: [], length: -1 });
  const [facts, setFacts] = useState<SchemeFacts | null>(null);
  const analysisGate = useMemo(() => latestWins(), []);
  const populationRef = useRef(population);
  populationRef.current = population;
  const textRef = useRef(text);
  textRef.current = text;

  useEffect(() => {
    if (!editorReady) return;
    // Over the size a scheme can be, the checker would only freeze its worker: say so instead.
    if (text.length > MAX_FILE_BYTES) {
      report({
        kind: "error",
        text: t(langRef.current, "ui.banner.tooLarge", { size: (text.length / 1e6).toFixed(1) }),
      });
      return;
    }
    const seq = analysisGate.next();
    languageClient()
      .call("analyze", text)
      .then((a) => {
        if (!analysisGate.isCurrent(seq)) return;
        const model = editorRef.current?.getModel();
        if (model && model.getValue() === text) showDiagnostics(model, a.diagnostics);
        setDiagnostics({ list: a.diagnostics, length: text.length });
        if (a.facts) setFacts(a.facts);
        if (!a.diagnostics.some((d) => d.severity === "error")) runSimulation(text, populationRef.current);
      })
      .catch((error: unknown) =>
        report({
          kind: "error",
          text: t(langRef.current, "ui.banner.checkerFailed", { message: error instanceof Error ? error.message : String(error) }),
        }),
      );
  }, [text, analysisGate, editorReady, editorRef, langRef, runSimulation, report]);

  const firstPopulation = useRef(true);
  useEffect(() => {
    // The text effect above covers the first run; after that, population edits re-run.
    if (firstPopulation.current) {
      firstPopulation.current = false;
      return;
    }
    if (!diagnostics.list.some((d) => d.severity === "error")) runSimulation(textRef.current, population);
    // Only a population edit re-runs here; a new diagnostics list comes with its own run above.
  }, [population, runSimulation]);

  return { diagnostics, facts };
}
