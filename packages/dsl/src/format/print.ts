/**
 * Canonical text of values and expressions. The formatter prints with it, and the semantic
 * diff compares property values through it, so `95 %`-style spacing never reads as a change.
 */
import type { Expr, PropertyValue } from "../syntax/ast.ts";
import { escapeString } from "../syntax/literals.ts";

export function formatExpr(e: Expr): string {
  switch (e.kind) {
    case "number":
      return e.text;
    case "string":
      return escapeString(e.value);
    case "name":
      return e.name;
    case "member":
      return `${e.object.text}.${e.member.text}`;
    case "paren":
      return `(${formatExpr(e.expr)})`;
    case "unary":
      return e.op === "-" ? `-${formatExpr(e.operand)}` : `not ${formatExpr(e.operand)}`;
    case "binary":
      return `${formatExpr(e.left)} ${e.op} ${formatExpr(e.right)}`;
    case "call":
      return `${e.callee.text}(${e.args.map(formatExpr).join(", ")})`;
    case "error":
      return "";
  }
}

export function formatValue(v: PropertyValue): string {
  switch (v.kind) {
    case "expr":
      return formatExpr(v.expr);
    case "step":
      return `${formatExpr(v.threshold)} -> ${formatExpr(v.points)}`;
    case "capRating":
      return `rating ${v.rating.text}`;
    case "capScore":
      return `score ${formatExpr(v.limit)}`;
    case "quota":
      return v.of ? `${formatExpr(v.share)} of ${v.of.text}` : formatExpr(v.share);
    case "list":
      return v.items.map(formatExpr).join(", ");
    case "missing":
      return "";
  }
}
