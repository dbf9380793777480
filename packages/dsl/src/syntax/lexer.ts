/**
 * Tokens of the rule language, defined with Chevrotain. Declaration kinds and `and`/`or`/`not`
 * (from vocabulary.ts) are keywords; every other word (property keys, `score`, `of`, function
 * names) is an ordinary name whose meaning depends on where it stands, so users may still
 * name a metric `target` or `score`.
 */
import { createToken, Lexer, type IToken, type TokenType } from "chevrotain";
import { DECLARATION_KINDS, type DeclarationKind, OPERATOR_WORDS, type OperatorWord } from "./vocabulary.ts";
import { render, type Message } from "../i18n/translate.ts";

// Chevrotain drops a regex's `u` flag, so Unicode names need a custom matcher.
const IDENTIFIER = /[\p{L}_][\p{L}\p{M}\p{N}_]*/uy;

/**
 * Every UTF-16 code unit a name can start with: the letters of the Basic Multilingual Plane,
 * `_`, and the high surrogates (a letter outside the BMP starts with one). Without this hint
 * Chevrotain cannot see into the custom matcher and tries every token at every character,
 * which made lexing several times slower.
 */
function identifierStartHint(): number[] {
  const starts: number[] = [];
  const start = /^[\p{L}_]$/u;
  for (let c = 0; c < 0x10000; c++) {
    if ((c >= 0xd800 && c <= 0xdbff) || start.test(String.fromCharCode(c))) starts.push(c);
  }
  return starts;
}

export const Identifier = createToken({
  name: "Identifier",
  // Combining marks (\p{M}) keep decomposed Vietnamese (NFD) a single name.
  pattern: (text: string, offset: number) => {
    IDENTIFIER.lastIndex = offset;
    return IDENTIFIER.exec(text);
  },
  start_chars_hint: identifierStartHint(),
  line_breaks: false,
});

function keyword(word: string): TokenType {
  // The token's name is the word capitalised (`Scheme`, `And`): parser errors and tests see it.
  const name = `${word[0]!.toUpperCase()}${word.slice(1)}`;
  return createToken({ name, pattern: new RegExp(word), longer_alt: Identifier, line_breaks: false });
}

const DECLARATION_TOKENS: ReadonlyMap<DeclarationKind, TokenType> = new Map(DECLARATION_KINDS.map((k) => [k, keyword(k)]));
const KIND_BY_TOKEN: ReadonlyMap<TokenType, DeclarationKind> = new Map([...DECLARATION_TOKENS].map(([k, t]) => [t, k]));
const OPERATOR_TOKENS: ReadonlyMap<OperatorWord, TokenType> = new Map(OPERATOR_WORDS.map((w) => [w, keyword(w)]));

/** The declaration keywords, in the vocabulary's order. */
export const DeclarationKeywords: TokenType[] = [...DECLARATION_TOKENS.values()];
// `group` is also a property key and `rating` follows `cap`: the parser names these two.
export const Group = DECLARATION_TOKENS.get("group")!;
export const Rating = DECLARATION_TOKENS.get("rating")!;
export const And = OPERATOR_TOKENS.get("and")!;
export const Or = OPERATOR_TOKENS.get("or")!;
export const Not = OPERATOR_TOKENS.get("not")!;

/** The kind of declaration a keyword token starts, or undefined for any other token. */
export function declarationKindOf(token: IToken): DeclarationKind | undefined {
  return KIND_BY_TOKEN.get(token.tokenType);
}

/** Whether a token is a reserved word: a declaration keyword, `and`, `or` or `not`. */
export function isKeyword(token: IToken): boolean {
  return KIND_BY_TOKEN.has(token.tokenType) || [...OPERATOR_TOKENS.values()].includes(token.tokenType);
}

const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\r\n\f\v\u00a0\ufeff\u2028\u2029]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
const LineComment = createToken({ name: "LineComment", pattern: /\/\/[^\n\r]*/, group: "comments", line_breaks: false });
const BlockComment = createToken({ name: "BlockComment", pattern: /\/\*[\s\S]*?\*\//, group: "comments", line_breaks: true });
// A `/*` never closed runs to the end of the file: one error at its start (lex), instead of a
// `/` and a `*` read as division and the rest of the file as rules.
const UnclosedComment = createToken({ name: "UnclosedComment", pattern: /\/\*[\s\S]*/, group: "comments", line_breaks: true });
// Any backslash pair stays in the string, so `"a\nb"` is one error at `\n` (lex: ESCAPE),
// not an unclosed string followed by stray names.
export const StringLiteral = createToken({ name: "StringLiteral", pattern: /"(?:[^"\\\n\r]|\\[^\n\r])*"/, line_breaks: false });
export const NumberLiteral = createToken({
  name: "NumberLiteral",
  // Letters glued to the digits (`1e300`, `40x`) stay in the token, so they are one error
  // (lex: MALFORMED_NUMBER), not a number followed by a stray name and a broken block.
  pattern: /[0-9][0-9_]*(?:\.[0-9][0-9_]*)?%?(?:[A-Za-z_][A-Za-z0-9_]*)?/,
  line_breaks: false,
});
export const Arrow = createToken({ name: "Arrow", pattern: /->/ });
export const LessEq = createToken({ name: "LessEq", pattern: /<=/ });
export const GreaterEq = createToken({ name: "GreaterEq", pattern: />=/ });
export const EqEq = createToken({ name: "EqEq", pattern: /==/ });
/** A single `=`: never valid, but a token, so the parser can say so once and read on (`when x = 0` as `==`). */
export const LoneEquals = createToken({ name: "LoneEquals", pattern: /=/ });
export const NotEq = createToken({ name: "NotEq", pattern: /!=/ });
export const Less = createToken({ name: "Less", pattern: /</ });
export const Greater = createToken({ name: "Greater", pattern: />/ });
export const Plus = createToken({ name: "Plus", pattern: /\+/ });
export const Minus = createToken({ name: "Minus", pattern: /-/ });
export const Star = createToken({ name: "Star", pattern: /\*/ });
export const Slash = createToken({ name: "Slash", pattern: /\// });
export const LParen = createToken({ name: "LParen", pattern: /\(/ });
export const RParen = createToken({ name: "RParen", pattern: /\)/ });
export const LBrace = createToken({ name: "LBrace", pattern: /\{/ });
export const RBrace = createToken({ name: "RBrace", pattern: /\}/ });
export const Comma = createToken({ name: "Comma", pattern: /,/ });
export const Dot = createToken({ name: "Dot", pattern: /\./ });

export const allTokens: TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  UnclosedComment,
  StringLiteral,
  NumberLiteral,
  Arrow,
  LessEq,
  GreaterEq,
  EqEq,
  LoneEquals,
  NotEq,
  Less,
  Greater,
  Plus,
  Minus,
  Star,
  Slash,
  LParen,
  RParen,
  LBrace,
  RBrace,
  Comma,
  Dot,
  ...DeclarationKeywords,
  ...OPERATOR_TOKENS.values(),
  Identifier,
];

const lexer = new Lexer(allTokens, {
  positionTracking: "full",
  // Fail at load, in every test, if a token ever stops Chevrotain's first-character lookup.
  ensureOptimizations: true,
  skipValidations: true,
  recoveryEnabled: true,
});

export interface LexError {
  offset: number;
  line: number;
  column: number;
  length: number;
  message: string;
  /** The catalogue message behind `message`, for other languages. */
  text: Message;
}

export interface LexResult {
  tokens: IToken[];
  comments: IToken[];
  errors: LexError[];
}

/** A number as the language writes it (`12`, `12.5`, `1_000`, `98%`); anything else the NumberLiteral token took is an error. */
export const WELL_FORMED_NUMBER = /^[0-9][0-9_]*(?:\.[0-9][0-9_]*)?%?$/;

/** Backslash pairs, read left to right; any but `\"` and `\\` is an error. */
const ESCAPE = /\\./gu;
/** Never throws: unknown characters and malformed numbers become errors (the parser reads such a number as an error value). */
export function lex(text: string): LexResult {
  const result = lexer.tokenize(text);
  const errors: LexError[] = result.errors.map((e) => {
    const message = describeLexError(text.slice(e.offset, e.offset + e.length));
    return { offset: e.offset, line: e.line ?? 1, column: e.column ?? 1, length: e.length, message: render("en", message), text: message };
  });
  for (const t of result.groups.comments ?? []) {
    if (t.tokenType !== UnclosedComment) continue;
    const message: Message = { key: "syntax.unclosedComment" };
    errors.push({
      offset: t.startOffset,
      line: t.startLine ?? 1,
      column: t.startColumn ?? 1,
      length: 2,
      message: render("en", message),
      text: message,
    });
  }
  for (const t of result.tokens) {
    if (t.tokenType !== NumberLiteral || WELL_FORMED_NUMBER.test(t.image)) continue;
    const message: Message = { key: "syntax.malformedNumber", params: { shown: shorten(t.image, 24) } };
    errors.push({
      offset: t.startOffset,
      line: t.startLine ?? 1,
      column: t.startColumn ?? 1,
      length: t.image.length,
      message: render("en", message),
      text: message,
    });
  }
  for (const t of result.tokens) {
    if (t.tokenType !== StringLiteral) continue;
    for (const m of t.image.matchAll(ESCAPE)) {
      if (m[0] === '\\"' || m[0] === "\\\\") continue;
      const message: Message = { key: "syntax.badEscape", params: { shown: m[0] } };
      const at = m.index;
      errors.push({
        offset: t.startOffset + at,
        line: t.startLine ?? 1,
        column: (t.startColumn ?? 1) + at,
        length: m[0].length,
        message: render("en", message),
        text: message,
      });
    }
  }
  errors.sort((a, b) => a.offset - b.offset);
  return { tokens: result.tokens, comments: result.groups.comments ?? [], errors };
}

function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

function describeLexError(bad: string): Message {
  const first = bad[0] ?? "";
  if (first === '"') return { key: "syntax.unclosedString" };
  if (bad.startsWith("/*")) return { key: "syntax.unclosedComment" };
  if (first === "!") return { key: "syntax.bang" };
  return { key: "syntax.strayChars", params: { count: bad.length, shown: JSON.stringify(shorten(bad, 20)) } };
}
