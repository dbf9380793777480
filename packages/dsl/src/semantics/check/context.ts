/**
 * What every step of the checker shares: the file, the names it declares, the diagnostics and
 * references found so far, and readers for a property's value once it has been validated.
 */
import type { Declaration, Property, Range, SchemeFile } from "../../syntax/ast.ts";
import { editDistance } from "../../syntax/parser.ts";
import { CODES, type DiagnosticCode } from "../../diagnostics/codes.ts";
import { catalogueMessage, type Diagnostic, type QuickFix } from "../../diagnostics/diagnostic.ts";
import type { Message } from "../../i18n/translate.ts";
import { foldConstant, withinMagnitude } from "../constant.ts";
import { declarationsByName, type Reference } from "../symbols.ts";

export class CheckContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly references: Reference[] = [];
  readonly byName: Map<string, Declaration>;
  /** Properties whose numbers are out of range, already reported: no second message. */
  readonly badNumbers = new WeakSet<Property>();

  constructor(readonly file: SchemeFile) {
    this.byName = declarationsByName(file);
  }

  /** `message`: English text, or a catalogue message that every language can show. */
  report(code: DiagnosticCode, range: Range, message: string | Message, decl?: Declaration, fixes?: QuickFix[]): void {
    const words = typeof message === "string" ? { message } : catalogueMessage(message);
    const d: Diagnostic = { code, severity: CODES[code].severity, ...words, range };
    if (decl?.name) d.declaration = { kind: decl.kind, name: decl.name.text };
    if (fixes && fixes.length > 0) d.fixes = fixes;
    this.diagnostics.push(d);
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === "error");
  }

  props(decl: Declaration, key: string): Property[] {
    return decl.properties.filter((p) => p.key.text === key);
  }

  prop(decl: Declaration, key: string): Property | undefined {
    return decl.properties.find((p) => p.key.text === key);
  }
}

export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  return bestD <= limit ? best : null;
}

export function text(d: Declaration, c: CheckContext, key: string): string | null {
  const p = c.prop(d, key);
  return p?.value.kind === "expr" && p.value.expr.kind === "string" ? p.value.expr.value : null;
}

export function word(d: Declaration, c: CheckContext, key: string): string | null {
  const p = c.prop(d, key);
  return p?.value.kind === "expr" && p.value.expr.kind === "name" ? p.value.expr.name : null;
}

export function num(d: Declaration, c: CheckContext, key: string): number | null {
  const p = c.prop(d, key);
  const n = p?.value.kind === "expr" ? foldConstant(p.value.expr) : null;
  // Out of range is a KPI004 already; the checks that compare numbers leave it alone.
  return n !== null && withinMagnitude(n) ? n : null;
}

export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, "_");
}

export function round(x: number): string {
  return String(Math.round(x * 100) / 100);
}
