/** The TextMate grammar, run by the same engine VS Code uses, on every bundled example. */
import { describe, expect, it, beforeAll } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as oniguruma from "vscode-oniguruma";
import * as textmate from "vscode-textmate";
import { OBSERVABLES, PROPERTIES } from "@goodhart/dsl";
import { exampleSchemes } from "@goodhart/dsl/test";
import { CONTEXTUAL_WORDS, DECLARATION_KINDS, ENUM_WORDS, FUNCTION_NAMES, OPERATOR_WORDS } from "@goodhart/dsl/vocabulary";

const require = createRequire(import.meta.url);
const pkg = fileURLToPath(new URL("..", import.meta.url));

let grammar: textmate.IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(join(require.resolve("vscode-oniguruma"), "../onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) =>
      scope === "source.kpi"
        ? textmate.parseRawGrammar(readFileSync(join(pkg, "syntaxes/kpi.tmLanguage.json"), "utf8"), "kpi.tmLanguage.json")
        : null,
  });
  const g = await registry.loadGrammar("source.kpi");
  if (!g) throw new Error("grammar did not load");
  grammar = g;
});

/** Every token of a text as [text, innermost scope, all scopes]. */
function tokenize(text: string): { line: number; text: string; scopes: string[] }[] {
  const out: { line: number; text: string; scopes: string[] }[] = [];
  let state = textmate.INITIAL;
  text.split(/\r?\n/).forEach((line, i) => {
    const r = grammar.tokenizeLine(line, state);
    expect(r.stoppedEarly).toBe(false);
    for (const t of r.tokens) out.push({ line: i, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = r.ruleStack;
  });
  return out;
}

const has = (tokens: ReturnType<typeof tokenize>, text: string, scope: string) =>
  tokens.some((t) => t.text.trim() === text && t.scopes.some((s) => s.startsWith(scope)));

describe("kpi.tmLanguage.json", () => {
  it("gives keywords, names, property keys, numbers, percents, strings and comments their scopes", () => {
    const tokens = tokenize(`// header
/* block
   comment */
indicator on_time "On \\"time\\"" {
  group performance
  value resolved_on_time / resolved
  floor 80%
  target 98%
  weight 30 // trailing
  step 3 -> 100
}
gate g { when score < 60 and on_time.points > 0
  cap rating not_completed }`);
    expect(has(tokens, "header", "comment.line.double-slash")).toBe(true);
    expect(tokens.filter((t) => t.scopes.some((s) => s.startsWith("comment.block"))).map((t) => t.line)).toEqual(
      expect.arrayContaining([1, 2]),
    );
    expect(has(tokens, "indicator", "keyword.other.declaration")).toBe(true);
    expect(has(tokens, "on_time", "entity.name.type.indicator")).toBe(true);
    expect(has(tokens, '\\"', "constant.character.escape")).toBe(true);
    expect(tokens.find((t) => t.text === "time")!.scopes).toContain("string.quoted.double.kpi");
    expect(has(tokens, "group", "support.type.property-name")).toBe(true);
    expect(has(tokens, "floor", "support.type.property-name")).toBe(true);
    expect(has(tokens, "when", "support.type.property-name")).toBe(true);
    expect(has(tokens, "80%", "constant.numeric.percent")).toBe(true);
    expect(has(tokens, "30", "constant.numeric.kpi")).toBe(true);
    expect(has(tokens, "trailing", "comment.line")).toBe(true);
    expect(has(tokens, "->", "keyword.operator.arrow")).toBe(true);
    expect(has(tokens, "and", "keyword.operator.logical")).toBe(true);
    expect(has(tokens, "rating", "keyword.other.kpi")).toBe(true);
    expect(has(tokens, "resolved", "variable.other")).toBe(true);
    // After the first block closes, the next declaration is recognised again.
    expect(has(tokens, "gate", "keyword.other.declaration")).toBe(true);
  });

  const files = exampleSchemes();
  it("has examples to check", () => expect(files.length).toBeGreaterThan(5));

  it.each(files.map((e) => [e.file, e.text] as const))("tokenizes %s: declarations, keys, numbers, strings, comments", (file, text) => {
    const tokens = tokenize(text);
    const lines = text.split(/\r?\n/);
    for (const [i, line] of lines.entries()) {
      const trimmed = line.trim();
      const first = tokens.find((t) => t.line === i && t.text.trim() !== "");
      if (trimmed.startsWith("//"))
        expect(
          first!.scopes.some((s) => s.startsWith("comment.line")),
          `${file}:${i + 1}`,
        ).toBe(true);
      else if (/^(scheme|metric|indicator|gate|rating|simulation)\b/.test(trimmed) || (/^group\b/.test(trimmed) && !line.startsWith(" "))) {
        expect(first!.scopes, `${file}:${i + 1}`).toContain("keyword.other.declaration.kpi");
      } else if (/^[\p{L}_][\p{L}\p{M}\p{N}_]*\s/u.test(trimmed) && !trimmed.startsWith("/*") && !inBlockComment(tokens, i)) {
        expect(first!.scopes, `${file}:${i + 1}`).toContain("support.type.property-name.kpi");
      }
    }
    for (const t of tokens) {
      const s = t.text.trim();
      if (/^\d[\d_]*(\.\d+)?%$/.test(s) && !isIn(t, "comment") && !isIn(t, "string"))
        expect(t.scopes, `${file}:${t.line + 1} ${s}`).toContain("constant.numeric.percent.kpi");
      if (s.startsWith('"') && !isIn(t, "comment")) expect(isIn(t, "string.quoted.double"), `${file}:${t.line + 1}`).toBe(true);
    }
  });
});

/**
 * The grammar is JSON, so it cannot import the dsl's vocabulary table: these tests hold it to
 * that table word by word, each in the place the word stands in a rule file.
 */
describe("kpi.tmLanguage.json against the dsl's vocabulary", () => {
  /** The scopes of `word` on the text's last line but one (the first for a one-line block). */
  const scopeOf = (text: string, word: string) => {
    const line = Math.max(0, text.split("\n").length - 2);
    return tokenize(text).find((t) => t.line === line && t.text.trim() === word)?.scopes ?? [];
  };

  it.each(DECLARATION_KINDS)("scopes the declaration keyword %s", (kind) => {
    expect(scopeOf(`${kind} x {\n}`, kind)).toContain("keyword.other.declaration.kpi");
  });

  it.each(DECLARATION_KINDS.flatMap((kind) => PROPERTIES[kind].map((p) => [kind, p.key] as const)))(
    "scopes the %s property %s",
    (kind, key) => {
      expect(scopeOf(`${kind} x {\n  ${key} 1\n}`, key)).toContain("support.type.property-name.kpi");
    },
  );

  it.each(ENUM_WORDS)("scopes the enum word %s", (word) => {
    expect(scopeOf(`metric x {\n  type ${word}\n}`, word)).toContain("constant.language.kpi");
  });

  it.each(OPERATOR_WORDS)("scopes the operator word %s", (word) => {
    expect(scopeOf(`gate g {\n  when a ${word} b\n}`, word)).toContain("keyword.operator.logical.kpi");
  });

  it.each(CONTEXTUAL_WORDS)("scopes the contextual word %s", (word) => {
    expect(scopeOf(`gate g {\n  cap x ${word} y\n}`, word)).toContain("keyword.other.kpi");
  });

  it.each(FUNCTION_NAMES)("scopes the function %s", (name) => {
    expect(scopeOf(`indicator i {\n  value ${name}(a)\n}`, name)).toContain("support.function.kpi");
  });

  it.each(OBSERVABLES.map((o) => o.name))("scopes the observable %s", (name) => {
    expect(scopeOf(`metric m {\n  observes ${name}\n}`, name)).toContain("support.variable.observable.kpi");
  });
});

function isIn(t: { scopes: string[] }, prefix: string): boolean {
  return t.scopes.some((s) => s.startsWith(prefix));
}

function inBlockComment(tokens: { line: number; scopes: string[] }[], line: number): boolean {
  return tokens.some((t) => t.line === line && isIn(t, "comment.block"));
}
