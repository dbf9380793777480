/** Registers `.kpi` with Monaco: tokenizer, brackets, comments, auto-closing, indentation. */
import type { Monaco } from "./monaco.ts";
import { kpiMonarch } from "./monarch.ts";

export const KPI_LANGUAGE_ID = "kpi";

let registered = false;

export function registerKpiLanguage(monaco: Monaco): void {
  // React's strict mode and hot reload may call us twice; Monaco would stack duplicates.
  if (registered) return;
  registered = true;
  monaco.languages.register({ id: KPI_LANGUAGE_ID, extensions: [".kpi"], aliases: ["KPI scheme", "kpi"] });
  monaco.languages.setMonarchTokensProvider(KPI_LANGUAGE_ID, kpiMonarch);
  monaco.languages.setLanguageConfiguration(KPI_LANGUAGE_ID, {
    comments: { lineComment: "//", blockComment: ["/*", "*/"] },
    brackets: [
      ["{", "}"],
      ["(", ")"],
    ],
    autoClosingPairs: [
      { open: "{", close: "}" },
      { open: "(", close: ")" },
      { open: '"', close: '"', notIn: ["string", "comment"] },
    ],
    surroundingPairs: [
      { open: "{", close: "}" },
      { open: "(", close: ")" },
      { open: '"', close: '"' },
    ],
    indentationRules: {
      increaseIndentPattern: /\{[^}"]*$/,
      decreaseIndentPattern: /^\s*\}/,
    },
    wordPattern: /[\p{L}_][\p{L}\p{M}\p{N}_]*|-?\d[\d_]*(?:\.\d[\d_]*)?%?/u,
  });
}
