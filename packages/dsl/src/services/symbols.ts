/** Document symbols: the outline of declarations, each with its properties as children. */
import type { DeclarationKind, Range } from "../syntax/ast.ts";
import type { Analysis } from "../semantics/analyze.ts";

export interface DocumentSymbol {
  name: string;
  kind: DeclarationKind | "property";
  /** The declaration's label, or a property's value as written. */
  detail: string;
  range: Range;
  /** The name (or, without one, the keyword): what the editor selects and reveals. */
  selectionRange: Range;
  children: DocumentSymbol[];
}

export function documentSymbols(analysis: Analysis, text: string): DocumentSymbol[] {
  return analysis.file.declarations.map((d) => ({
    name: d.name?.text ?? (d.kind === "scheme" ? (d.label?.value ?? "scheme") : `(unnamed ${d.kind})`),
    kind: d.kind,
    detail: d.label?.value ?? "",
    range: d.range,
    selectionRange: d.name?.range ?? d.label?.range ?? d.keywordRange,
    children: d.properties.map((p) => ({
      name: p.key.text,
      kind: "property" as const,
      detail: text.slice(p.value.range.start.offset, p.value.range.end.offset),
      range: p.range,
      selectionRange: p.key.range,
      children: [],
    })),
  }));
}
