/** Find references: every use of the name under the cursor, and optionally its declaration. */
import type { Range } from "../syntax/ast.ts";
import { analyze, type Analysis } from "../semantics/analyze.ts";
import { symbolAt } from "../semantics/symbols.ts";
import { clampOffset } from "./locate.ts";

export function references(text: string, offset: number, includeDeclaration = true, analysis: Analysis = analyze(text)): Range[] {
  const sym = symbolAt(analysis.symbols, analysis.file, clampOffset(text, offset));
  if (!sym) return [];
  const decl = sym.declaration;
  // Unresolved names (typos, the built-in `score`) have no declaration: their uses still
  // belong together, so they are matched by spelling.
  const uses = analysis.symbols.references
    .filter((r) => (decl ? r.target === decl : r.target === null && r.name === sym.name))
    .map((r) => r.range);
  const all = includeDeclaration && decl?.name ? [decl.name.range, ...uses] : uses;
  return all.sort((a, b) => a.start.offset - b.start.offset);
}
