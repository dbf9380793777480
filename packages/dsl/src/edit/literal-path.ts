/**
 * One grammar for naming a number a user may vary, shared by `goodhart sweep --set`, the
 * lessons and the playground's "sweep this number":
 *
 *   NAME.PROPERTY                      a property holding one literal: on_time.target,
 *                                      excellent.quota, falsified.cap (for `cap score N`)
 *   NAME.step.N.threshold|points       the N-th `step` of an indicator (1-based)
 *   model.NAME                         a model constant (not in the scheme's text)
 *   population.NAME                    a population setting (not in the scheme's text)
 *
 * Scheme literals are found through the syntax tree and written back in their own form (a
 * percent stays a percent), every other byte of the text left alone.
 */
import type { Declaration, Expr, Range, SchemeFile } from "../syntax/ast.ts";
import { nameText } from "../syntax/literals.ts";
import { parse } from "../syntax/parser.ts";
import { render, type Message } from "../i18n/translate.ts";

export type LiteralPath =
  | { kind: "property"; name: string; property: string }
  | { kind: "step"; name: string; index: number; part: "threshold" | "points" }
  | { kind: "model"; name: string }
  | { kind: "population"; name: string };

export const LITERAL_PATH_FORMS = "NAME.PROPERTY, NAME.step.N.threshold|points, model.NAME or population.NAME";

/** The path's parts, or null when it is none of the four forms. */
export function parseLiteralPath(path: string): LiteralPath | null {
  // Scheme names are composed (NFC); a path typed decomposed names the same literal.
  const parts = nameText(path.trim()).split(".");
  if (parts.some((p) => p === "" || /\s/u.test(p))) return null;
  if (parts.length === 2) {
    const [head, tail] = parts as [string, string];
    if (head === "model") return { kind: "model", name: tail };
    if (head === "population") return { kind: "population", name: tail };
    return { kind: "property", name: head, property: tail };
  }
  if (parts.length === 4 && parts[1] === "step" && /^[1-9]\d*$/.test(parts[2]!) && (parts[3] === "threshold" || parts[3] === "points")) {
    return { kind: "step", name: parts[0]!, index: Number(parts[2]), part: parts[3] };
  }
  return null;
}

export class LiteralPathError extends Error {
  override name = "LiteralPathError";
  /** What is wrong, without the path (callers prefix it their way), in English. */
  readonly problem: string;
  constructor(
    readonly path: string,
    /** The same, as a message to say in the reader's language. */
    readonly said: Message,
  ) {
    const problem = render("en", said);
    super(`${path}: ${problem}`);
    this.problem = problem;
  }
}

export interface FoundLiteral {
  range: Range;
  value: number;
  percent: boolean;
}

/** The literal an expression is: `95%`, `30`, `-10%`, `(5)`; null for anything else. */
function literalOf(expr: Expr): FoundLiteral | null {
  if (expr.kind === "number") return { range: expr.range, percent: expr.percent, value: expr.value };
  if (expr.kind === "unary" && expr.op === "-" && expr.operand.kind === "number")
    return { range: expr.range, percent: expr.operand.percent, value: -expr.operand.value };
  if (expr.kind === "paren") return literalOf(expr.expr);
  return null;
}

function listed(names: string[]): Message | string {
  return names.length
    ? { key: "literal.names", params: { list: `${names.slice(0, 12).join(", ")}${names.length > 12 ? ", …" : ""}` } }
    : "";
}

function declarationNamed(file: SchemeFile, path: string, name: string): Declaration {
  const decl = file.declarations.find((d) => d.name?.text === name);
  if (decl) return decl;
  throw new LiteralPathError(path, {
    key: "literal.noDeclaration",
    params: { name, names: listed(file.declarations.map((d) => d.name?.text).filter((n): n is string => !!n)) },
  });
}

/** Finds the scheme literal `path` names; a LiteralPathError saying what is there otherwise. */
export function findLiteral(source: string | SchemeFile, path: string): FoundLiteral {
  const p = parseLiteralPath(path);
  if (!p) {
    const [forms, last] = LITERAL_PATH_FORMS.split(" or ") as [string, string];
    throw new LiteralPathError(path, { key: "literal.form", params: { forms, last } });
  }
  if (p.kind === "model" || p.kind === "population")
    throw new LiteralPathError(path, { key: "literal.notInScheme", params: { kind: p.kind } });
  const file = typeof source === "string" ? parse(source).file : source;
  const text = typeof source === "string" ? source : null;
  const decl = declarationNamed(file, path, p.name);
  const key = p.kind === "step" ? "step" : p.property;
  const props = decl.properties.filter((q) => q.key.text === key);
  if (props.length === 0) {
    const keys = [...new Set(decl.properties.map((q) => q.key.text))];
    throw new LiteralPathError(path, {
      key: "literal.noProperty",
      params: { kind: decl.kind, name: p.name, key, has: keys.length ? { key: "literal.itHas", params: { keys: keys.join(", ") } } : "" },
    });
  }
  let expr: Expr | null = null;
  if (p.kind === "step") {
    const step = props[p.index - 1]?.value;
    if (step?.kind !== "step")
      throw new LiteralPathError(path, {
        key: "literal.noStep",
        params: { kind: decl.kind, name: p.name, index: String(p.index), count: String(props.length) },
      });
    expr = p.part === "points" ? step.points : step.threshold;
  } else {
    if (props.length > 1)
      throw new LiteralPathError(path, {
        key: "literal.twice",
        params: {
          kind: decl.kind,
          name: p.name,
          count: String(props.length),
          key,
          hint: key === "step" ? { key: "literal.stepHint", params: { name: p.name } } : "",
        },
      });
    const v = props[0]!.value;
    expr = v.kind === "expr" ? v.expr : v.kind === "capScore" ? v.limit : v.kind === "quota" ? v.share : null;
  }
  const found = expr ? literalOf(expr) : null;
  if (!found) {
    const at = props[0]!.value.range;
    throw new LiteralPathError(path, {
      key: "literal.notNumber",
      params: {
        kind: decl.kind,
        name: p.name,
        key,
        shown: text ? { key: "literal.shown", params: { text: text.slice(at.start.offset, at.end.offset) } } : "",
      },
    });
  }
  return found;
}

/** Plain decimal text (the language has no exponent notation), free of float noise. */
export function decimalText(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`${n} is not a number a rule file can hold`);
  const clean = Number(n.toPrecision(12));
  const s = String(clean);
  if (!/e/i.test(s)) return s;
  if (Math.abs(clean) >= 1e21) throw new RangeError(`${n} is too large for a rule file`);
  return clean.toFixed(20).replace(/\.?0+$/, "");
}

/** How a value is written back: in the literal's own form, a percent stays a percent (0.95 → `95%`). */
export function literalText(value: number, percent: boolean): string {
  return percent ? `${decimalText(value * 100)}%` : decimalText(value);
}

/** `text` with the literal at `path` set to `value`, every other byte unchanged. */
export function setLiteral(text: string, path: string, value: number): string {
  const found = findLiteral(text, path);
  return text.slice(0, found.range.start.offset) + literalText(value, found.percent) + text.slice(found.range.end.offset);
}

export interface LiteralAt extends FoundLiteral {
  /** The literal's source text, e.g. `95%`. */
  text: string;
  /** Its path, when the literal can be named by one (it is the whole value, or a step's side). */
  path: string | null;
}

const within = (r: Range, offset: number) => r.start.offset <= offset && offset <= r.end.offset;

function numbersIn(expr: Expr, out: Extract<Expr, { kind: "number" }>[]): void {
  if (expr.kind === "number") out.push(expr);
  for (const child of Object.values(expr)) {
    if (Array.isArray(child)) for (const c of child) if (c && typeof c === "object" && "kind" in c) numbersIn(c as Expr, out);
    if (child && typeof child === "object" && "kind" in child && "range" in child) numbersIn(child as Expr, out);
  }
}

/** The numeric literal under `offset` and the path that names it, for an editor's "sweep this number". */
export function literalAt(file: SchemeFile, offset: number): LiteralAt | null {
  for (const d of file.declarations) {
    if (!within(d.range, offset)) continue;
    let stepIndex = 0;
    for (const p of d.properties) {
      if (p.key.text === "step") stepIndex++;
      if (!within(p.range, offset)) continue;
      const v = p.value;
      const sides: [Expr, string | null][] =
        v.kind === "expr"
          ? [[v.expr, `${p.key.text}`]]
          : v.kind === "step"
            ? [
                [v.threshold, `step.${stepIndex}.threshold`],
                [v.points, `step.${stepIndex}.points`],
              ]
            : v.kind === "capScore"
              ? [[v.limit, p.key.text]]
              : v.kind === "quota"
                ? [[v.share, p.key.text]]
                : [];
      for (const [expr, suffix] of sides) {
        const numbers: Extract<Expr, { kind: "number" }>[] = [];
        numbersIn(expr, numbers);
        const hit = numbers.find((n) => within(n.range, offset));
        if (!hit) continue;
        const whole = literalOf(expr);
        const named = whole !== null && within(whole.range, offset) && d.name && suffix !== null;
        const path = named ? `${d.name!.text}.${suffix}` : null;
        // A path only when it finds this very literal again (a property written twice does not).
        const unique = path !== null && safeFind(file, path)?.range.start.offset === whole!.range.start.offset;
        if (!unique) return { range: hit.range, value: hit.value, percent: hit.percent, text: hit.text, path: null };
        return { ...whole!, text: whole!.value < 0 && hit.value > 0 ? `-${hit.text}` : hit.text, path };
      }
    }
  }
  return null;
}

function safeFind(file: SchemeFile, path: string): FoundLiteral | null {
  try {
    return findLiteral(file, path);
  } catch {
    return null;
  }
}
