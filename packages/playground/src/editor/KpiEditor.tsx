/**
 * The Monaco editor for `.kpi`, uncontrolled: Monaco owns the text (and its undo stack); the
 * page hears about changes through `onChange` and replaces text through the editor handle.
 */
import Editor from "@monaco-editor/react";
import type { editor } from "monaco-editor/editor";
import { monaco } from "./monaco.ts";
import { KPI_LANGUAGE_ID, registerKpiLanguage } from "./kpi-language.ts";
import { registerProviders } from "./providers.ts";
import { defineThemes, EDITOR_THEME } from "./themes.ts";
import { languageClient } from "../language/language-client.ts";
import { EDITOR_FONT_FAMILY, remeasureWhenLoaded } from "./editor-font.ts";
import type { Theme } from "../charts/palette.ts";
import { t } from "@goodhart/dsl";
import { useLang } from "../i18n/lang.ts";

interface Props {
  initialText: string;
  theme: Theme;
  onChange(text: string): void;
  onMount(editor: editor.IStandaloneCodeEditor): void;
}

function prepare(): void {
  registerKpiLanguage(monaco);
  defineThemes(monaco);
  registerProviders(monaco, languageClient());
  remeasureWhenLoaded(monaco);
}

export function KpiEditor({ initialText, theme, onChange, onMount }: Props) {
  const lang = useLang();
  return (
    <Editor
      height="100%"
      defaultLanguage={KPI_LANGUAGE_ID}
      defaultValue={initialText}
      path="scheme.kpi"
      theme={EDITOR_THEME[theme]}
      beforeMount={prepare}
      onMount={(ed) => {
        ed.getModel()?.updateOptions({ tabSize: 2, insertSpaces: true });
        // Monaco draws the context menu in a shadow root beside `.monaco-editor`, and its theme
        // colours are CSS variables set on `.monaco-editor, .monaco-component`: without this
        // class on the shared container the menu inherits none and has no background.
        ed.getContainerDomNode().classList.add("monaco-component");
        onMount(ed);
      }}
      onChange={(value) => onChange(value ?? "")}
      loading={<div className="editor-loading">{t(lang, "ui.editor.loading")}</div>}
      options={{
        ariaLabel: t(lang, "ui.editor.label"),
        fontSize: 13,
        fontFamily: EDITOR_FONT_FAMILY,
        fontLigatures: false,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        wordWrap: "on",
        renderWhitespace: "none",
        "semanticHighlighting.enabled": false,
        fixedOverflowWidgets: true,
        tabSize: 2,
      }}
    />
  );
}
