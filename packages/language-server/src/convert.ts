/** Translating the dsl's plain data (offset ranges, kinds) into LSP types. */
import {
  CompletionItemKind,
  DiagnosticSeverity,
  SymbolKind,
  type Diagnostic as LspDiagnostic,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
} from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { CompletionKind, Diagnostic, DocumentSymbol, Range, TextEdit } from "@goodhart/dsl";

/** Offsets are the one coordinate both sides agree on (UTF-16 code units), so convert through them. */
export function toRange(doc: TextDocument, r: Range): LspRange {
  return { start: doc.positionAt(r.start.offset), end: doc.positionAt(r.end.offset) };
}

export function toEdit(doc: TextDocument, e: TextEdit): LspTextEdit {
  return { range: toRange(doc, e.range), newText: e.newText };
}

const SEVERITY: Record<Diagnostic["severity"], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(doc: TextDocument, d: Diagnostic): LspDiagnostic {
  return { range: toRange(doc, d.range), severity: SEVERITY[d.severity], code: d.code, source: "goodhart", message: d.message };
}

export const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  property: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  metric: CompletionItemKind.Variable,
  indicator: CompletionItemKind.Field,
  group: CompletionItemKind.Module,
  rating: CompletionItemKind.Enum,
  observable: CompletionItemKind.Constant,
  function: CompletionItemKind.Function,
  builtin: CompletionItemKind.Constant,
  member: CompletionItemKind.Property,
};

export const SYMBOL_KIND: Record<DocumentSymbol["kind"], SymbolKind> = {
  scheme: SymbolKind.Namespace,
  metric: SymbolKind.Variable,
  indicator: SymbolKind.Field,
  group: SymbolKind.Module,
  gate: SymbolKind.Event,
  rating: SymbolKind.EnumMember,
  simulation: SymbolKind.Object,
  property: SymbolKind.Property,
};
