/** Editor colours for the `.kpi` tokens, one theme per page theme. */
import type { Monaco } from "./monaco.ts";

export const EDITOR_THEME = { light: "goodhart-light", dark: "goodhart-dark" } as const;

export function defineThemes(monaco: Monaco): void {
  monaco.editor.defineTheme(EDITOR_THEME.light, {
    base: "vs",
    inherit: true,
    rules: [
      { token: "keyword.declaration", foreground: "8e24aa", fontStyle: "bold" },
      { token: "entity.name", foreground: "005cc5", fontStyle: "bold" },
      { token: "property", foreground: "0b6e6e" },
      { token: "constant", foreground: "b35900" },
      { token: "keyword.operator", foreground: "8e24aa" },
      { token: "function", foreground: "795e26" },
      { token: "number.percent", foreground: "098658", fontStyle: "bold" },
      { token: "number", foreground: "098658" },
      { token: "string", foreground: "a31515" },
      { token: "comment", foreground: "6a737d", fontStyle: "italic" },
    ],
    colors: {},
  });
  monaco.editor.defineTheme(EDITOR_THEME.dark, {
    base: "vs-dark",
    inherit: true,
    rules: [
      { token: "keyword.declaration", foreground: "c586c0", fontStyle: "bold" },
      { token: "entity.name", foreground: "4fc1ff", fontStyle: "bold" },
      { token: "property", foreground: "4ec9b0" },
      { token: "constant", foreground: "dcdcaa" },
      { token: "keyword.operator", foreground: "c586c0" },
      { token: "function", foreground: "dcdcaa" },
      { token: "number.percent", foreground: "b5cea8", fontStyle: "bold" },
      { token: "number", foreground: "b5cea8" },
      { token: "string", foreground: "ce9178" },
      { token: "comment", foreground: "6a9955", fontStyle: "italic" },
    ],
    colors: {},
  });
}
