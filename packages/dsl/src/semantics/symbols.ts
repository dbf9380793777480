/**
 * Names and references: which declaration each name denotes, and every place a name is used.
 * Go to definition, find references and rename read this; so do KPI002 and KPI003.
 */
import type { Declaration, Expr, Range, SchemeFile } from "../syntax/ast.ts";

export type ReferenceContext = "value" | "when" | "group" | "capRating" | "quotaOf";

export interface Reference {
  name: string;
  range: Range;
  context: ReferenceContext;
  /** The declaration the name resolves to, or null for built-ins (`score`) and unknown names. */
  target: Declaration | null;
}

export interface SymbolTable {
  /** First declaration of each name. */
  byName: Map<string, Declaration>;
  references: Reference[];
}

export function declarationsByName(file: SchemeFile): Map<string, Declaration> {
  const byName = new Map<string, Declaration>();
  for (const d of file.declarations) {
    if (d.name && d.kind !== "scheme" && !byName.has(d.name.text)) byName.set(d.name.text, d);
  }
  return byName;
}

/** Calls `visit` on every node of an expression, parents first. */
export function walkExpr(e: Expr, visit: (e: Expr) => void): void {
  visit(e);
  switch (e.kind) {
    case "unary":
      walkExpr(e.operand, visit);
      break;
    case "binary":
      walkExpr(e.left, visit);
      walkExpr(e.right, visit);
      break;
    case "call":
      for (const a of e.args) walkExpr(a, visit);
      break;
    case "paren":
      walkExpr(e.expr, visit);
      break;
    default:
      break;
  }
}

/** The declaration whose name or reference covers `offset`, for editor services. */
export function symbolAt(
  table: SymbolTable,
  file: SchemeFile,
  offset: number,
): { name: string; declaration: Declaration | null; range: Range } | null {
  for (const d of file.declarations) {
    if (d.name && d.name.range.start.offset <= offset && offset <= d.name.range.end.offset) {
      return { name: d.name.text, declaration: d, range: d.name.range };
    }
  }
  for (const r of table.references) {
    if (r.range.start.offset <= offset && offset <= r.range.end.offset) return { name: r.name, declaration: r.target, range: r.range };
  }
  return null;
}
