/**
 * Every word of vocabulary.ts reaches every dsl reader of it: the lexer, the parser, the
 * checker, completion and semantic tokens. (The playground's Monarch tokenizer and the VS Code
 * TextMate grammar have their own tests against the same lists.) A word added to the table
 * but not handled somewhere, or a reader that keeps its own list, fails here.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import { PROPERTIES, PROPERTY_KEYS } from "../semantics/properties.ts";
import { complete } from "../services/completion.ts";
import { semanticTokens, TOKEN_TYPES } from "../services/semantic-tokens.ts";
import { declarationKindOf, isKeyword, lex } from "./lexer.ts";
import { parse } from "./parser.ts";
import { CONTEXTUAL_WORDS, DECLARATION_KINDS, ENUM_WORDS, FUNCTION_NAMES, INDICATOR_MEMBERS, OPERATOR_WORDS } from "./vocabulary.ts";

const METRIC = `metric m "M" {\n  type count\n}\n`;

/** The semantic token type at the first occurrence of `word` after `from` in `text`. */
function tokenTypeAt(text: string, word: string, from = 0): string | undefined {
  const offset = text.indexOf(word, from);
  const lines = text.slice(0, offset).split("\n");
  const line = lines.length - 1;
  const character = lines[line]!.length;
  const t = semanticTokens(text).find(([l, c]) => l === line && c === character);
  return t ? TOKEN_TYPES[t[3]] : undefined;
}

const enumProperties = DECLARATION_KINDS.flatMap((kind) =>
  PROPERTIES[kind].flatMap((p) => (p.value.kind === "enum" ? p.value.words.map((word) => ({ kind, key: p.key, word })) : [])),
);

describe("the vocabulary table", () => {
  it("lists each enum word that a property takes, and only those", () => {
    expect(new Set(enumProperties.map((e) => e.word))).toEqual(new Set(ENUM_WORDS));
  });

  it.each(DECLARATION_KINDS)("lexes, parses, completes and colours the declaration keyword %s", (kind) => {
    const [token] = lex(`${kind} x`).tokens;
    expect(declarationKindOf(token!)).toBe(kind);
    const text = kind === "scheme" ? `scheme "S" {\n}\n` : `${kind} x {\n}\n`;
    expect(parse(text).file.declarations.map((d) => d.kind)).toEqual([kind]);
    expect(complete("", 0).items.map((i) => i.label)).toContain(kind);
    expect(tokenTypeAt(text, kind)).toBe("keyword");
  });

  it.each(OPERATOR_WORDS)("reserves, completes and colours the operator word %s", (word) => {
    const [token] = lex(word).tokens;
    expect(isKeyword(token!)).toBe(true);
    expect(declarationKindOf(token!)).toBeUndefined();
    const text = `${METRIC}gate g {\n  when m > 1 ${word === "not" ? "and not" : word} m < 5\n  cap score 50\n}\n`;
    expect(parse(text).errors).toEqual([]);
    const line = "  when m > 1 ";
    expect(complete(`${METRIC}gate g {\n${line}`, METRIC.length + "gate g {\n".length + line.length).items.map((i) => i.label)).toContain(
      word,
    );
    expect(tokenTypeAt(text, word, METRIC.length)).toBe("keyword");
  });

  it.each([
    ...CONTEXTUAL_WORDS.filter((w) => w !== "rating"),
    ...FUNCTION_NAMES,
    ...ENUM_WORDS,
    ...PROPERTY_KEYS.filter((k) => k !== "group"),
    ...INDICATOR_MEMBERS,
  ])("keeps %s an ordinary name outside its place", (word) => {
    const [token] = lex(word).tokens;
    expect(token!.tokenType.name).toBe("Identifier");
    const a = analyze(`metric ${word} "W" {\n  type count\n}\n`);
    expect(a.diagnostics.filter((d) => d.range.start.offset === "metric ".length)).toEqual([]);
    expect(a.symbols.byName.get(word)?.kind).toBe("metric");
  });

  it.each(DECLARATION_KINDS.flatMap((kind) => PROPERTIES[kind].map((p) => [kind, p.key] as const)))(
    "completes and colours the %s property %s",
    (kind, key) => {
      const head = kind === "scheme" ? `scheme "S" {\n` : `${kind} x {\n`;
      expect(complete(`${head}  `, head.length + 2).items.map((i) => i.label)).toContain(key);
      const text = `${head}  ${key} 1\n}\n`;
      expect(parse(text).file.declarations[0]!.properties.map((p) => p.key.text)).toEqual([key]);
      expect(tokenTypeAt(text, key, head.length)).toBe("property");
    },
  );

  it.each(enumProperties)("accepts, completes and colours $kind.$key $word", ({ kind, key, word }) => {
    const head = kind === "scheme" ? `scheme "S" {\n` : `${kind} x "X" {\n`;
    const line = `  ${key} `;
    expect(complete(`${head}${line}`, head.length + line.length).items.map((i) => i.label)).toContain(word);
    const text = `${head}${line}${word}\n}\n`;
    const wrong = analyze(text).diagnostics.filter((d) => d.range.start.line === 2 && d.code === "KPI004");
    expect(wrong).toEqual([]);
    expect(tokenTypeAt(text, word, head.length + line.length)).toBe("enumMember");
  });

  it.each(FUNCTION_NAMES)("checks, completes and colours the function %s", (name) => {
    const text = `${METRIC}indicator i "I" {\n  value ${name}(m)\n  floor 0\n  target 1\n  weight 1\n}\n`;
    expect(analyze(text).diagnostics.filter((d) => d.range.start.line === 5)).toEqual([]);
    const line = "  value ";
    const prefix = `${METRIC}indicator i "I" {\n${line}`;
    expect(complete(prefix, prefix.length).items.map((i) => i.label)).toContain(name);
    expect(tokenTypeAt(text, `${name}(`, METRIC.length)).toBe("function");
  });
});
