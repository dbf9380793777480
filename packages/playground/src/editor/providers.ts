/**
 * Monaco's language features for `.kpi`, each answered by the language worker through the
 * adapter (language/language-services.ts). Hover markdown is never trusted: no command
 * links, no HTML, whatever a scheme's labels contain.
 */
import type { Monaco } from "./monaco.ts";
import type { editor, languages } from "monaco-editor/editor";
import { KPI_LANGUAGE_ID } from "./kpi-language.ts";
import { toMonacoEdit, toMonacoRange } from "./convert.ts";
import type { LanguageClient } from "../language/language-client.ts";
import type { LsSymbol } from "../language/protocol.ts";
import { isLang, t, type Lang } from "@goodhart/dsl";
import { runSweepCommand, SWEEP_COMMAND_ID } from "./sweep-command.ts";

let registered = false;

/** The page's language (the app sets `<html lang>` from the language menu). */
const pageLang = (): Lang => {
  const l = document.documentElement.lang;
  return isLang(l) ? l : "en";
};

export function registerProviders(monaco: Monaco, client: LanguageClient): void {
  if (registered) return;
  registered = true;
  const { languages: L } = monaco;
  const offsetOf = (model: editor.ITextModel, position: { lineNumber: number; column: number }) => model.getOffsetAt(position);

  const COMPLETION_KIND: Record<string, languages.CompletionItemKind> = {
    keyword: L.CompletionItemKind.Keyword,
    property: L.CompletionItemKind.Property,
    value: L.CompletionItemKind.EnumMember,
    metric: L.CompletionItemKind.Variable,
    indicator: L.CompletionItemKind.Field,
    group: L.CompletionItemKind.Module,
    rating: L.CompletionItemKind.Enum,
    observable: L.CompletionItemKind.Event,
    function: L.CompletionItemKind.Function,
    builtin: L.CompletionItemKind.Constant,
    member: L.CompletionItemKind.Property,
  };

  L.registerCompletionItemProvider(KPI_LANGUAGE_ID, {
    triggerCharacters: ["."],
    async provideCompletionItems(model, position) {
      const list = await client.call("complete", model.getValue(), { offset: offsetOf(model, position), lang: pageLang() });
      const word = model.getWordUntilPosition(position);
      const range = list.range
        ? toMonacoRange(list.range)
        : {
            startLineNumber: position.lineNumber,
            endLineNumber: position.lineNumber,
            startColumn: word.startColumn,
            endColumn: word.endColumn,
          };
      return {
        suggestions: list.items.map((item) => ({
          label: item.label,
          kind: COMPLETION_KIND[item.kind] ?? L.CompletionItemKind.Text,
          detail: item.detail,
          documentation: item.documentation ? { value: item.documentation, isTrusted: false, supportHtml: false } : undefined,
          insertText: item.insertText,
          insertTextRules: item.isSnippet ? L.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
          sortText: item.sortText,
          range,
        })),
      };
    },
  });

  L.registerHoverProvider(KPI_LANGUAGE_ID, {
    async provideHover(model, position) {
      const hover = await client.call("hover", model.getValue(), { offset: offsetOf(model, position), lang: pageLang() });
      if (!hover) return null;
      return {
        range: hover.range ? toMonacoRange(hover.range) : undefined,
        contents: hover.markdown.map((value) => ({ value, isTrusted: false, supportHtml: false, supportThemeIcons: false })),
      };
    },
  });

  L.registerDefinitionProvider(KPI_LANGUAGE_ID, {
    async provideDefinition(model, position) {
      const range = await client.call("definition", model.getValue(), { offset: offsetOf(model, position) });
      return range ? { uri: model.uri, range: toMonacoRange(range) } : null;
    },
  });

  L.registerReferenceProvider(KPI_LANGUAGE_ID, {
    async provideReferences(model, position) {
      const ranges = await client.call("references", model.getValue(), { offset: offsetOf(model, position) });
      return ranges.map((r) => ({ uri: model.uri, range: toMonacoRange(r) }));
    },
  });

  L.registerRenameProvider(KPI_LANGUAGE_ID, {
    async provideRenameEdits(model, position, newName) {
      const answer = await client.call("rename", model.getValue(), { offset: offsetOf(model, position), newName });
      if ("error" in answer) return { edits: [], rejectReason: answer.error };
      const versionId = model.getVersionId();
      return { edits: answer.edits.map((e) => ({ resource: model.uri, versionId, textEdit: toMonacoEdit(e) })) };
    },
  });

  L.registerCodeActionProvider(
    KPI_LANGUAGE_ID,
    {
      async provideCodeActions(model, range, context) {
        const start = model.getOffsetAt({ lineNumber: range.startLineNumber, column: range.startColumn });
        const end = model.getOffsetAt({ lineNumber: range.endLineNumber, column: range.endColumn });
        const versionId = model.getVersionId();
        const actions = await client.call("codeActions", model.getValue(), { offset: start, end });
        return {
          actions: actions.map((a) => ({
            title: a.title,
            kind: "quickfix",
            isPreferred: a.preferred,
            diagnostics: context.markers.filter((m) => m.code === a.diagnosticCode),
            edit: { edits: a.edits.map((e) => ({ resource: model.uri, versionId, textEdit: toMonacoEdit(e) })) },
          })),
          dispose() {},
        };
      },
    },
    { providedCodeActionKinds: ["quickfix"] },
  );

  const SYMBOL_KIND: Record<string, languages.SymbolKind> = {
    scheme: L.SymbolKind.Module,
    metric: L.SymbolKind.Variable,
    indicator: L.SymbolKind.Field,
    group: L.SymbolKind.Namespace,
    gate: L.SymbolKind.Event,
    rating: L.SymbolKind.EnumMember,
    simulation: L.SymbolKind.Object,
  };
  const toSymbol = (s: LsSymbol): languages.DocumentSymbol => ({
    name: s.name,
    detail: s.detail,
    kind: SYMBOL_KIND[s.kind] ?? L.SymbolKind.Object,
    tags: [],
    range: toMonacoRange(s.range),
    selectionRange: toMonacoRange(s.selectionRange),
    children: s.children.map(toSymbol),
  });
  L.registerDocumentSymbolProvider(KPI_LANGUAGE_ID, {
    displayName: "Declarations",
    async provideDocumentSymbols(model) {
      return (await client.call("symbols", model.getValue())).map(toSymbol);
    },
  });

  L.registerFoldingRangeProvider(KPI_LANGUAGE_ID, {
    async provideFoldingRanges(model) {
      const ranges = await client.call("folding", model.getValue());
      return ranges.map((r) => ({ start: r.startLine, end: r.endLine, kind: r.comment ? L.FoldingRangeKind.Comment : undefined }));
    },
  });

  // Code lenses say what a weight really is (its share of the score), and offer every number
  // of a declaration to the sweep.
  monaco.editor.registerCommand(SWEEP_COMMAND_ID, (_accessor, offset: unknown) => runSweepCommand(offset));
  L.registerCodeLensProvider(KPI_LANGUAGE_ID, {
    async provideCodeLenses(model) {
      const text = model.getValue();
      const lang = pageLang();
      const [lenses, sweeps] = await Promise.all([client.call("codeLenses", text, { lang }), client.call("sweepLenses", text, { lang })]);
      return {
        lenses: [
          ...lenses.map((l) => ({ range: toMonacoRange(l.range), command: { id: "", title: l.title } })),
          ...sweeps.map((l) => ({
            range: toMonacoRange(l.range),
            command: {
              id: SWEEP_COMMAND_ID,
              title: l.title,
              arguments: [l.offset],
              tooltip: t(lang, "ui.sweepLens.tooltip"),
            },
          })),
        ],
        dispose() {},
      };
    },
  });
  L.registerDocumentFormattingEditProvider(KPI_LANGUAGE_ID, {
    displayName: "Goodhart format",
    async provideDocumentFormattingEdits(model) {
      const text = model.getValue();
      const formatted = await client.call("format", text);
      // null means the file has syntax errors: formatting half-parsed text could lose some.
      if (formatted === null || formatted === text) return [];
      return [{ range: model.getFullModelRange(), text: formatted }];
    },
  });
}
