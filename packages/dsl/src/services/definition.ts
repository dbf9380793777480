/** Go to definition: from a reference (or the name itself) to the declaration's name. */
import type { Range } from "../syntax/ast.ts";
import { analyze, type Analysis } from "../semantics/analyze.ts";
import { symbolAt } from "../semantics/symbols.ts";
import { clampOffset } from "./locate.ts";

export interface Definition {
  /** The declared name: where the cursor lands. */
  range: Range;
  /** The whole declaration, for editors that highlight or peek it. */
  declarationRange: Range;
}

export function definition(text: string, offset: number, analysis: Analysis = analyze(text)): Definition | null {
  const sym = symbolAt(analysis.symbols, analysis.file, clampOffset(text, offset));
  const decl = sym?.declaration;
  if (!decl?.name) return null;
  return { range: decl.name.range, declarationRange: decl.range };
}
