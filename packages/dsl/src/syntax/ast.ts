/**
 * The typed syntax tree of a rule file. Every node carries the source range it came from, so
 * diagnostics, hover, rename and the formatter can point back at the text.
 */

/** A position in the text: 0-based offset, 1-based line and column (UTF-16 code units). */
export interface Position {
  offset: number;
  line: number;
  column: number;
}

/** A half-open range [start, end). */
export interface Range {
  start: Position;
  end: Position;
}

export type { DeclarationKind } from "./vocabulary.ts";
import type { DeclarationKind } from "./vocabulary.ts";

export interface Identifier {
  text: string;
  range: Range;
}

/** `KIND name "Label"? { property value … }` — the one shape of every declaration. */
export interface Declaration {
  kind: DeclarationKind;
  keywordRange: Range;
  /** Absent for `scheme "Label" { … }` and when the parser recovered from a missing name. */
  name: Identifier | null;
  label: StringLiteral | null;
  properties: Property[];
  range: Range;
  /** Range of `{ … }` (for folding); null when the block was not parsed. */
  bodyRange: Range | null;
}

export interface Property {
  /** The property keyword as written (`target`, `step`, `cap`, …). */
  key: Identifier;
  value: PropertyValue;
  range: Range;
}

/**
 * What follows a property keyword. The parser is deliberately generic: it reads one of a few
 * shapes and the checker decides whether the shape fits the key (KPI004).
 */
export type PropertyValue =
  | { kind: "expr"; expr: Expr; range: Range }
  /** `step 3 -> 100` */
  | { kind: "step"; threshold: Expr; points: Expr; range: Range }
  /** `cap rating not_completed`, `cap score 60` */
  | { kind: "capRating"; rating: Identifier; range: Range }
  | { kind: "capScore"; limit: Expr; range: Range }
  /** `quota 20%`, `quota 20% of good` */
  | { kind: "quota"; share: Expr; of: Identifier | null; range: Range }
  /** `pool unit, role`: two or more values separated by commas (one value reads as `expr`). */
  | { kind: "list"; items: Expr[]; range: Range }
  /** Nothing parseable followed the key (already reported as KPI001). */
  | { kind: "missing"; range: Range };

export type BinaryOperator = "+" | "-" | "*" | "/" | "<" | "<=" | ">" | ">=" | "==" | "!=" | "and" | "or";

export type Expr =
  | { kind: "number"; value: number; text: string; percent: boolean; range: Range }
  | { kind: "string"; value: string; range: Range }
  | { kind: "name"; name: string; range: Range }
  /** `on_time.points`, `cases.closed` */
  | { kind: "member"; object: Identifier; member: Identifier; range: Range }
  | { kind: "unary"; op: "-" | "not"; operand: Expr; range: Range }
  | { kind: "binary"; op: BinaryOperator; left: Expr; right: Expr; range: Range }
  | { kind: "call"; callee: Identifier; args: Expr[]; range: Range }
  | { kind: "paren"; expr: Expr; range: Range }
  /** A hole left by error recovery. */
  | { kind: "error"; range: Range };

export type StringLiteral = { kind: "string"; value: string; range: Range };

export interface Comment {
  text: string;
  range: Range;
  block: boolean;
}

export interface SchemeFile {
  declarations: Declaration[];
  comments: Comment[];
  range: Range;
}
