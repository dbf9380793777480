/**
 * What counts as "the same value" in a diff. Two values are the same when their syntax trees
 * are: spacing, comments and redundant parentheses never show, and `95%`, `0.95` and `0.950`
 * are one number. Names that only follow a rename are mapped before comparing, so renaming
 * `pace` to `speed` does not also report every `value pace / 2` that now reads `speed / 2`.
 */
import type { Expr, PropertyValue } from "../syntax/ast.ts";

/** Maps a referenced name to the name it is compared under. */
export type NameMap = (name: string) => string;

export const identity: NameMap = (n) => n;

/**
 * Properties whose values are words of the language rather than references; a declaration
 * called `count` must not make `type count` look renamed. `observes` names simulator
 * observables, never declarations.
 */
const ENUM_KEYS = new Set(["type", "source", "observes", "aspect", "better", "period", "missing", "pool"]);

export function valueKey(key: string, value: PropertyValue, names: NameMap): string {
  const map = ENUM_KEYS.has(key) ? identity : names;
  switch (value.kind) {
    case "expr":
      return exprKey(value.expr, map);
    case "step":
      return `step(${exprKey(value.threshold, map)},${exprKey(value.points, map)})`;
    case "capRating":
      return `rating(${map(value.rating.text)})`;
    case "capScore":
      return `score(${exprKey(value.limit, map)})`;
    case "quota":
      return `quota(${exprKey(value.share, map)}${value.of ? `,${map(value.of.text)}` : ""})`;
    case "list":
      return `list(${value.items.map((e) => exprKey(e, map)).join(",")})`;
    case "missing":
      return "missing";
  }
}

function exprKey(e: Expr, map: NameMap): string {
  switch (e.kind) {
    case "number":
      return `n${e.value}`;
    case "string":
      return JSON.stringify(e.value);
    case "name":
      return `#${map(e.name)}`;
    case "member":
      return `#${map(e.object.text)}.${e.member.text}`;
    case "paren":
      // The tree already encodes grouping; the parentheses themselves carry no meaning.
      return exprKey(e.expr, map);
    case "unary":
      return `(${e.op} ${exprKey(e.operand, map)})`;
    case "binary":
      return `(${exprKey(e.left, map)} ${e.op} ${exprKey(e.right, map)})`;
    case "call":
      return `${e.callee.text}(${e.args.map((a) => exprKey(a, map)).join(",")})`;
    case "error":
      return "?";
  }
}
