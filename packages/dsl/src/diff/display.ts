/**
 * The text a reviewer sees for a property value: the formatter's canonical print of it, so
 * `old`/`new` read exactly as `goodhart fmt` would write them.
 */
import { formatValue } from "../format/print.ts";
import type { PropertyValue } from "../syntax/ast.ts";

export function displayValue(value: PropertyValue): string {
  return formatValue(value);
}
