/**
 * Rename a metric, indicator, group, gate, rating or simulation: the declaration and every
 * reference change together, and a name that would break the file is refused with a reason.
 */
import type { Range } from "../syntax/ast.ts";
import type { TextEdit } from "../diagnostics/diagnostic.ts";
import { analyze, type Analysis } from "../semantics/analyze.ts";
import { symbolAt } from "../semantics/symbols.ts";
import { nameText } from "../syntax/literals.ts";
import { BUILTINS, clampOffset, isIdentifier, KEYWORDS } from "./locate.ts";

export type PrepareRenameResult = { range: Range; placeholder: string } | { error: string };
export type RenameResult = { edits: TextEdit[] } | { error: string };

export function prepareRename(text: string, offset: number, analysis: Analysis = analyze(text)): PrepareRenameResult {
  const sym = symbolAt(analysis.symbols, analysis.file, clampOffset(text, offset));
  if (!sym) return { error: "Put the cursor on the name of a metric, indicator, group, gate, rating or simulation." };
  if (!sym.declaration?.name) {
    return {
      error: BUILTINS.has(sym.name)
        ? `\`${sym.name}\` is built in and cannot be renamed.`
        : `\`${sym.name}\` is not declared in this file, so there is nothing to rename.`,
    };
  }
  // A scheme's name (or a second declaration of a taken name) is not in the name table: the
  // references could not be told apart, so renaming it would be a guess.
  if (sym.declaration.kind === "scheme" || analysis.symbols.byName.get(sym.name) !== sym.declaration) {
    return {
      error: `\`${sym.name}\` cannot be renamed here: it does not name a unique metric, indicator, group, gate, rating or simulation.`,
    };
  }
  return { range: sym.range, placeholder: sym.name };
}

/** Why `name` cannot be a new name in this file, or null when it can. */
export function validateNewName(name: string, analysis: Analysis, current?: string): string | null {
  if (!isIdentifier(name)) return `\`${name}\` is not a valid name: start with a letter or _, then letters, digits or _.`;
  if (KEYWORDS.has(name)) return `\`${name}\` is a keyword of the rule language; choose another name.`;
  if (BUILTINS.has(name)) return `\`${name}\` is built in (the total score); choose another name.`;
  if (name !== current && analysis.file.declarations.some((d) => d.name?.text === name))
    return `\`${name}\` is already taken by another declaration.`;
  return null;
}

export function rename(text: string, offset: number, typed: string, analysis: Analysis = analyze(text)): RenameResult {
  // Names are compared composed (NFC): a decomposed `đúng_hạn` is the name already taken.
  const newName = nameText(typed);
  const prepared = prepareRename(text, offset, analysis);
  if ("error" in prepared) return prepared;
  const old = prepared.placeholder;
  const problem = validateNewName(newName, analysis, old);
  if (problem) return { error: problem };
  if (newName === old) return { edits: [] };
  const decl = analysis.symbols.byName.get(old);
  if (!decl?.name) return { error: `\`${old}\` is not declared in this file.` };
  const ranges = [decl.name.range, ...analysis.symbols.references.filter((r) => r.target === decl).map((r) => r.range)];
  const seen = new Set<number>();
  const edits = ranges
    .filter((r) => !seen.has(r.start.offset) && seen.add(r.start.offset))
    .sort((a, b) => a.start.offset - b.start.offset)
    .map((range) => ({ range, newText: newName }));
  return { edits };
}
