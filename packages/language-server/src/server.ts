/**
 * The Goodhart language server: an LSP adapter over @goodhart/dsl's editor services. Every
 * answer comes from the same analysis the CLI and the playground use.
 */
import {
  CodeActionKind,
  createConnection,
  LSPErrorCodes,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  ProposedFeatures,
  ResponseError,
  SemanticTokensBuilder,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type DocumentSymbol as LspDocumentSymbol,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  analyze,
  codeActions,
  codeLenses,
  complete,
  definition,
  documentSymbols,
  foldingRanges,
  formatDocument,
  hover,
  langFromBrowser,
  localizeDiagnostic,
  prepareRename,
  references,
  rename,
  SEMANTIC_TOKENS_LEGEND,
  semanticTokens,
  snippetToPlainText,
  stableDiagnostics,
  EMPTY_MEMORY,
  type Analysis,
  type DeclarationMemory,
  type DocumentSymbol,
  type Lang,
} from "@goodhart/dsl";
import { COMPLETION_KIND, SYMBOL_KIND, toDiagnostic, toEdit, toRange } from "./convert.ts";
import { guardedInput, RequestLedger, trackedOutput } from "./transport.ts";

/**
 * The language the client asks for in `initialize` (`locale`, LSP 3.16: "vi", "vi-VN", "en-us"):
 * Vietnamese for any vi* tag, English otherwise, and when the client does not say.
 */
export function langOfClient(locale: string | null | undefined): Lang {
  return typeof locale === "string" ? langFromBrowser([locale.replace(/_/g, "-")]) : "en";
}

/** A connection on stdin/stdout whose input survives malformed messages (see framing.ts). */
function stdioConnection(): Connection {
  const ledger = new RequestLedger();
  return createConnection(
    ProposedFeatures.all,
    guardedInput(process.stdin, (line) => void process.stderr.write(`${line}\n`), ledger),
    trackedOutput(process.stdout, ledger),
  );
}

/**
 * Starts serving on `connection`, or on stdin/stdout when none is given (what
 * `goodhart lsp --stdio` and the VS Code extension use). Returns the connection.
 */
export function startServer(connection: Connection = stdioConnection()): Connection {
  const documents = new TextDocuments(TextDocument);
  // One analysis per document version: hover, completion and tokens after an edit share it.
  const cache = new Map<string, { version: number; analysis: Analysis }>();

  const analysisOf = (doc: TextDocument): Analysis => {
    const hit = cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.analysis;
    const analysis = analyze(doc.getText());
    cache.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  };
  const docOf = (uri: string): TextDocument | undefined => documents.get(uri);

  // Snippet syntax only for clients that say they expand it; others would insert `${1:name}`.
  let snippets = false;
  // The words of diagnostics, hovers, completions, fixes and lenses; codes never change.
  let lang: Lang = "en";
  /** The analysis with its diagnostics (and their fixes' titles) in the client's language. */
  const localized = (analysis: Analysis): Analysis =>
    lang === "en" ? analysis : { ...analysis, diagnostics: analysis.diagnostics.map((d) => localizeDiagnostic(d, lang)) };

  connection.onInitialize(({ capabilities, locale }): InitializeResult => {
    snippets = capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    lang = langOfClient(locale);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [".", " "] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentFormattingProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        codeLensProvider: { resolveProvider: false },
        foldingRangeProvider: true,
      },
      serverInfo: { name: "goodhart", version: "0.1.0" },
    };
  });

  // The analysis is a few milliseconds even for large schemes, so diagnostics are computed
  // right away; a burst of edits only costs the versions the client actually sent.
  // Each declaration's last complete text, so warnings hold still while a block is open.
  const memories = new Map<string, DeclarationMemory>();
  documents.onDidChangeContent(({ document }) => {
    const stable = stableDiagnostics(document.getText(), analysisOf(document), memories.get(document.uri) ?? EMPTY_MEMORY);
    memories.set(document.uri, stable.memory);
    const diagnostics = stable.diagnostics.filter((d) => !d.suppressed).map((d) => toDiagnostic(document, localizeDiagnostic(d, lang)));
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  });
  documents.onDidClose(({ document }) => {
    cache.delete(document.uri);
    memories.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCompletion(({ textDocument, position }) => {
    const doc = docOf(textDocument.uri);
    if (!doc) return [];
    const list = complete(doc.getText(), doc.offsetAt(position), analysisOf(doc), lang);
    const range = toRange(doc, list.range);
    return list.items.map(
      (i): CompletionItem => ({
        label: i.label,
        kind: COMPLETION_KIND[i.kind],
        ...(i.detail !== undefined ? { detail: i.detail } : {}),
        ...(i.documentation !== undefined ? { documentation: { kind: MarkupKind.Markdown, value: i.documentation } } : {}),
        sortText: i.sortText,
        filterText: i.label,
        insertTextFormat: i.isSnippet && snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: { range, newText: i.isSnippet && !snippets ? snippetToPlainText(i.insertText) : i.insertText },
      }),
    );
  });

  connection.onHover(({ textDocument, position }) => {
    const doc = docOf(textDocument.uri);
    if (!doc) return null;
    const h = hover(doc.getText(), doc.offsetAt(position), analysisOf(doc), lang);
    return h ? { contents: { kind: MarkupKind.Markdown, value: h.contents }, range: toRange(doc, h.range) } : null;
  });

  connection.onDefinition(({ textDocument, position }) => {
    const doc = docOf(textDocument.uri);
    if (!doc) return null;
    const d = definition(doc.getText(), doc.offsetAt(position), analysisOf(doc));
    return d ? { uri: doc.uri, range: toRange(doc, d.range) } : null;
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const doc = docOf(textDocument.uri);
    if (!doc) return [];
    return references(doc.getText(), doc.offsetAt(position), context.includeDeclaration, analysisOf(doc)).map((r) => ({
      uri: doc.uri,
      range: toRange(doc, r),
    }));
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    const doc = docOf(textDocument.uri);
    if (!doc) return null;
    const p = prepareRename(doc.getText(), doc.offsetAt(position), analysisOf(doc));
    // A refusal is not a malformed message: LSP 3.17 gives RequestFailed for it.
    if ("error" in p) throw new ResponseError(LSPErrorCodes.RequestFailed, p.error);
    return { range: toRange(doc, p.range), placeholder: p.placeholder };
  });

  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const doc = docOf(textDocument.uri);
    if (!doc) return null;
    const r = rename(doc.getText(), doc.offsetAt(position), newName, analysisOf(doc));
    if ("error" in r) throw new ResponseError(LSPErrorCodes.RequestFailed, r.error);
    return { changes: { [doc.uri]: r.edits.map((e) => toEdit(doc, e)) } };
  });

  connection.onDocumentFormatting(({ textDocument }) => {
    const doc = docOf(textDocument.uri);
    return doc ? formatDocument(doc.getText()).map((e) => toEdit(doc, e)) : [];
  });

  connection.onCodeAction(({ textDocument, range }) => {
    const doc = docOf(textDocument.uri);
    if (!doc) return [];
    return codeActions(localized(analysisOf(doc)), doc.offsetAt(range.start), doc.offsetAt(range.end)).map(
      (a): CodeAction => ({
        title: a.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: a.diagnostics.map((d) => toDiagnostic(doc, d)),
        isPreferred: a.isPreferred,
        edit: { changes: { [doc.uri]: a.edits.map((e) => toEdit(doc, e)) } },
      }),
    );
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const doc = docOf(textDocument.uri);
    if (!doc) return [];
    const convert = (s: DocumentSymbol): LspDocumentSymbol => ({
      name: s.name || s.kind,
      kind: SYMBOL_KIND[s.kind],
      ...(s.detail ? { detail: s.detail } : {}),
      range: toRange(doc, s.range),
      selectionRange: toRange(doc, s.selectionRange),
      children: s.children.map(convert),
    });
    return documentSymbols(analysisOf(doc), doc.getText()).map(convert);
  });

  connection.languages.semanticTokens.on(({ textDocument }) => {
    const doc = docOf(textDocument.uri);
    const builder = new SemanticTokensBuilder();
    if (doc)
      for (const [line, char, length, type, mods] of semanticTokens(doc.getText(), analysisOf(doc)))
        builder.push(line, char, length, type, mods);
    return builder.build();
  });

  connection.onCodeLens(({ textDocument }) => {
    const doc = docOf(textDocument.uri);
    if (!doc) return [];
    // An empty command id makes the lens a label: it informs, there is nothing to click.
    return codeLenses(analysisOf(doc), lang).map((l) => ({ range: toRange(doc, l.range), command: { title: l.title, command: "" } }));
  });

  connection.onFoldingRanges(({ textDocument }) => {
    const doc = docOf(textDocument.uri);
    if (!doc) return [];
    return foldingRanges(analysisOf(doc)).map((f) => ({
      startLine: f.startLine - 1,
      endLine: f.endLine - 1,
      kind: f.kind === "comment" ? FoldingRangeKind.Comment : FoldingRangeKind.Region,
    }));
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
