/**
 * Monarch tokenizer for `.kpi`. Two states matter: at the top level a word is a declaration
 * keyword and the word after it is a declared name; inside `{ … }` the first word of a line
 * is a property key. That is how `group` is coloured as a declaration in one place and as a
 * property in another, as the grammar means it.
 */
import type { languages } from "monaco-editor/editor";
// The vocabulary subpath is plain data: the main thread takes the words without the dsl.
import { CONTEXTUAL_WORDS, DECLARATION_KINDS, ENUM_WORDS, FUNCTION_NAMES, OPERATOR_WORDS } from "@goodhart/dsl/vocabulary";

/** Coloured like enum words: `of` and `score` (`rating` is already a declaration keyword). */
const CONSTANT_WORDS = [...ENUM_WORDS, ...CONTEXTUAL_WORDS.filter((w) => !(DECLARATION_KINDS as readonly string[]).includes(w))];

const NAME = String.raw`[\p{L}_][\p{L}\p{M}\p{N}_]*`;
const NUMBER = String.raw`\d[\d_]*(?:\.\d[\d_]*)?`;

export const kpiMonarch: languages.IMonarchLanguage = {
  defaultToken: "",
  unicode: true,
  tokenPostfix: ".kpi",
  declarations: [...DECLARATION_KINDS],
  operatorWords: [...OPERATOR_WORDS],
  enums: CONSTANT_WORDS,
  functions: [...FUNCTION_NAMES],
  tokenizer: {
    root: [
      { include: "@trivia" },
      [new RegExp(`(${DECLARATION_KINDS.join("|")})(\\s+)(${NAME})`, "u"), ["keyword.declaration", "", "entity.name"]],
      [new RegExp(NAME, "u"), { cases: { "@declarations": "keyword.declaration", "@default": "identifier" } }],
      [/"/, "string", "@string"],
      [/\{/, "delimiter.curly", "@body"],
      [/\}/, "delimiter.curly"],
      [/./, ""],
    ],
    body: [
      // The first word on a line inside a block is the property key (before trivia, which
      // would otherwise eat the indentation the `^` anchor needs).
      [new RegExp(`^(\\s*)(${NAME})`, "u"), ["", "property"]],
      { include: "@trivia" },
      // Blocks do not nest in `.kpi`; pushing here would let a stray `{{{…` overflow the stack.
      [/\{/, "delimiter.curly"],
      [/\}/, "delimiter.curly", "@pop"],
      { include: "@expression" },
    ],
    expression: [
      [/"/, "string", "@string"],
      [new RegExp(`${NUMBER}%`, "u"), "number.percent"],
      [new RegExp(NUMBER, "u"), "number"],
      [/->/, "operator.arrow"],
      [/<=|>=|==|!=|<|>|\+|-|\*|\//, "operator"],
      [/[(),.]/, "delimiter"],
      [new RegExp(`(${NAME})(\\s*)(\\()`, "u"), [{ cases: { "@functions": "function", "@default": "identifier" } }, "", "delimiter"]],
      // `cases.closed`, `on_time.points`: a dotted name is a reference, never an enum word.
      [new RegExp(`${NAME}(?:\\.${NAME})+`, "u"), "identifier"],
      [new RegExp(NAME, "u"), { cases: { "@operatorWords": "keyword.operator", "@enums": "constant", "@default": "identifier" } }],
    ],
    trivia: [
      [/[ \t\r\n]+/, ""],
      [/\/\*/, "comment", "@blockComment"],
      [/\/\/.*$/, "comment"],
    ],
    blockComment: [
      [/[^/*]+/, "comment"],
      [/\*\//, "comment", "@pop"],
      [/[/*]/, "comment"],
    ],
    string: [
      [/[^\\"]+/, "string"],
      [/\\["\\]/, "string.escape"],
      [/\\./, "string.escape.invalid"],
      [/"/, "string", "@pop"],
    ],
  },
};
