/**
 * `--set on_time.target=…` for `goodhart sweep`: rewrite one numeric literal of a rule file's
 * text, found through the syntax tree, leaving every other byte alone.
 */
import { parse, type Expr, type Range } from "@goodhart/dsl";
import { InputError } from "./errors.ts";
import { printable } from "./display.ts";

export interface SetPath {
  name: string;
  property: string;
}

export function parseSetPath(path: string): SetPath | null {
  const m = /^([^.\s]+)\.([^.\s]+)$/u.exec(path.trim());
  return m ? { name: m[1]!, property: m[2]! } : null;
}

/** The literal a numeric property holds: `95%`, `30`, `-10%` (a minus before a number). */
function numberLiteral(expr: Expr): { range: Range; percent: boolean; value: number } | null {
  if (expr.kind === "number") return { range: expr.range, percent: expr.percent, value: expr.value };
  if (expr.kind === "unary" && expr.op === "-" && expr.operand.kind === "number") {
    return { range: expr.range, percent: expr.operand.percent, value: -expr.operand.value };
  }
  if (expr.kind === "paren") return numberLiteral(expr.expr);
  return null;
}

/** Plain decimal text (the language has no exponent notation), free of float noise. */
export function decimalText(n: number): string {
  if (!Number.isFinite(n)) throw new InputError(`${n} is not a number a rule file can hold`);
  const clean = Number(n.toPrecision(12));
  const s = String(clean);
  if (!/e/i.test(s)) return s;
  if (Math.abs(clean) >= 1e21) throw new InputError(`${n} is too large for a rule file`);
  return clean.toFixed(20).replace(/\.?0+$/, "");
}

/** A literal in the form the original had: a percent stays a percent (0.95 → `95%`). */
export function literalFor(value: number, percent: boolean): string {
  return percent ? `${decimalText(value * 100)}%` : decimalText(value);
}

export interface FoundNumber {
  range: Range;
  percent: boolean;
  value: number;
}

/** Finds the literal `path` names in `text`; InputError saying what is there otherwise. */
export function findNumber(text: string, path: string): FoundNumber {
  const p = parseSetPath(path);
  if (!p) throw new InputError(`--set ${printable(path)}: a path is NAME.PROPERTY, such as on_time.target or excellent.quota`);
  const { file } = parse(text);
  const decls = file.declarations.filter((d) => d.name?.text === p.name);
  if (decls.length === 0) {
    const names = file.declarations.map((d) => d.name?.text).filter((n): n is string => !!n);
    throw new InputError(`--set ${path}: the scheme has no declaration named ${p.name}${names.length ? ` (names: ${names.slice(0, 12).join(", ")}${names.length > 12 ? ", …" : ""})` : ""}`);
  }
  const decl = decls[0]!;
  const props = decl.properties.filter((q) => q.key.text === p.property);
  if (props.length === 0) {
    const keys = decl.properties.map((q) => q.key.text);
    throw new InputError(`--set ${path}: ${decl.kind} ${p.name} has no property ${p.property}${keys.length ? ` (it has: ${[...new Set(keys)].join(", ")})` : ""}; add it to the file first`);
  }
  if (props.length > 1) throw new InputError(`--set ${path}: ${decl.kind} ${p.name} has ${props.length} ${p.property} properties; --set can only vary a property written once`);
  const value = props[0]!.value;
  const expr = value.kind === "expr" ? value.expr : value.kind === "capScore" ? value.limit : value.kind === "quota" ? value.share : null;
  const literal = expr ? numberLiteral(expr) : null;
  if (!literal) throw new InputError(`--set ${path}: ${decl.kind} ${p.name}'s ${p.property} is not a single number (${printable(text.slice(value.range.start.offset, value.range.end.offset))})`);
  return literal;
}

/** `text` with the literal at `path` replaced by `value`, keeping its percent form. */
export function setNumber(text: string, path: string, value: number): string {
  const found = findNumber(text, path);
  return text.slice(0, found.range.start.offset) + literalFor(value, found.percent) + text.slice(found.range.end.offset);
}
