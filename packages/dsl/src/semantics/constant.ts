/** Folding constant expressions (`30`, `-10%`, `2 * 5`) for properties that take a number. */
import type { Expr } from "../syntax/ast.ts";

/**
 * The largest magnitude a number in a rule file may have (literals, and constant property
 * values once folded). Beyond it sums of weights, floor-to-target spans and weighted points
 * could overflow to infinity; 10^15 is also about where doubles stop holding every whole
 * number. docs/language-reference.md states it.
 */
export const MAX_MAGNITUDE = 1e15;

export function withinMagnitude(n: number): boolean {
  return Number.isFinite(n) && Math.abs(n) <= MAX_MAGNITUDE;
}

export function foldConstant(e: Expr): number | null {
  switch (e.kind) {
    case "number":
      return e.value;
    case "paren":
      return foldConstant(e.expr);
    case "unary": {
      if (e.op !== "-") return null;
      const v = foldConstant(e.operand);
      return v === null ? null : -v;
    }
    case "binary": {
      const l = foldConstant(e.left);
      const r = foldConstant(e.right);
      if (l === null || r === null) return null;
      switch (e.op) {
        case "+":
          return l + r;
        case "-":
          return l - r;
        case "*":
          return l * r;
        case "/":
          return r === 0 ? null : l / r;
        default:
          return null;
      }
    }
    default:
      return null;
  }
}

/** Whether the expression is written as a percent (`98%`, `-10%`). */
export function isPercentLiteral(e: Expr): boolean {
  if (e.kind === "number") return e.percent;
  if (e.kind === "unary" && e.op === "-") return isPercentLiteral(e.operand);
  if (e.kind === "paren") return isPercentLiteral(e.expr);
  return false;
}

/** The plain number literal inside `95` or `-95`, for the `95` → `95%` quick fix. */
export function plainLiteral(e: Expr): Extract<Expr, { kind: "number" }> | null {
  if (e.kind === "number" && !e.percent) return e;
  if (e.kind === "unary" && e.op === "-") return plainLiteral(e.operand);
  if (e.kind === "paren") return plainLiteral(e.expr);
  return null;
}
