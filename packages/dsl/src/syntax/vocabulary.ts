/**
 * The words of the rule language, in one place. The lexer makes its keyword tokens from these
 * lists, the parser and checker read them, completion offers them, semantic tokens colour
 * them, and the playground's Monarch tokenizer imports them (through `@goodhart/dsl/vocabulary`)
 * without loading the rest of the dsl. The VS Code TextMate grammar is a JSON file, so a test
 * holds it to these lists instead. Which properties a declaration takes, and the value each
 * expects, is semantics/properties.ts; its enum values are the lists below.
 *
 * Plain data on purpose: no Chevrotain, no imports, so a main-thread bundle can take it.
 */

/** The declaration keywords, in the order the language reference lists them. */
export const DECLARATION_KINDS = ["scheme", "metric", "indicator", "group", "gate", "rating", "simulation"] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

/** The only other reserved words: a metric cannot be named `and`. */
export const OPERATOR_WORDS = ["and", "or", "not"] as const;
export type OperatorWord = (typeof OPERATOR_WORDS)[number];

/**
 * Words with a meaning in one place only, and ordinary names everywhere else, so that users may
 * still name a metric `score`: `cap rating BAND`, `cap score N`, `quota 20% of BAND`, and
 * `score`, the total before gates, in a gate's `when`.
 */
export const CONTEXTUAL_WORDS = ["rating", "score", "of"] as const;

/** The one built-in name an expression may read. */
export const BUILTIN_SCORE = "score";

/** What `NAME.MEMBER` may read of an indicator. */
export const INDICATOR_MEMBERS = ["points", "value"] as const;

/** The functions an expression may call, with how many arguments each takes. */
export const FUNCTIONS = {
  min: { minArgs: 1, maxArgs: Infinity, doc: "The smallest of its values." },
  max: { minArgs: 1, maxArgs: Infinity, doc: "The largest of its values." },
  abs: { minArgs: 1, maxArgs: 1, doc: "The value without its sign." },
} as const satisfies Record<string, { minArgs: number; maxArgs: number; doc: string }>;
export type FunctionName = keyof typeof FUNCTIONS;
export const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];

// The enum words, one list per property that takes one.
export const PERIODS = ["month", "quarter", "year"] as const;
export const MISSING_POLICIES = ["exclude", "zero"] as const;
export const METRIC_TYPES = ["count", "ratio", "number", "points", "money"] as const;
export const METRIC_SOURCES = ["system", "self", "survey", "supervisor", "audit"] as const;
export const ASPECTS = ["volume", "timeliness", "quality", "satisfaction", "conduct", "cost"] as const;
export const BETTER = ["higher", "lower"] as const;

/** Every enum word, once, in the order above. */
export const ENUM_WORDS: readonly string[] = [
  ...new Set<string>([...PERIODS, ...MISSING_POLICIES, ...METRIC_TYPES, ...METRIC_SOURCES, ...ASPECTS, ...BETTER]),
];
