/**
 * The Monarch tokenizer colours every word of the dsl's vocabulary table. Monaco is not loaded
 * here: each word is run through the first rule of the state that matches it, resolving
 * `cases` against the tokenizer's word lists, as Monarch does for a word standing alone.
 * (Monarch once lacked the metric source `audit` because it kept its own list.)
 */
import { describe, expect, it } from "vitest";
import { CONTEXTUAL_WORDS, DECLARATION_KINDS, ENUM_WORDS, FUNCTION_NAMES, OPERATOR_WORDS } from "@goodhart/dsl/vocabulary";
import { kpiMonarch } from "./monarch.ts";

type Rule = [RegExp, unknown, string?] | { include: string };

function rulesOf(state: string): [RegExp, unknown][] {
  const rules = kpiMonarch.tokenizer[state] as Rule[];
  return rules.flatMap((r) => (Array.isArray(r) ? [[r[0], r[1]] as [RegExp, unknown]] : rulesOf(r.include.replace(/^@/, ""))));
}

/** The token class Monarch gives `text` at the start of `state`, for each captured group. */
function classify(state: string, text: string): unknown[] {
  for (const [re, action] of rulesOf(state)) {
    const m = new RegExp(`^(?:${re.source})`, re.flags).exec(text);
    if (!m || m[0] === "") continue;
    const actions = Array.isArray(action) ? action : [action];
    const groups = Array.isArray(action) ? m.slice(1) : [m[0]];
    return actions.map((a, i) => resolve(a, groups[i] ?? ""));
  }
  return [];
}

function resolve(action: unknown, word: string): unknown {
  if (typeof action === "string") return action;
  const cases = (action as { cases?: Record<string, string> }).cases;
  if (!cases) return action;
  for (const [guard, token] of Object.entries(cases)) {
    if (guard === "@default") return token;
    const list = (kpiMonarch as unknown as Record<string, unknown>)[guard.slice(1)];
    if (Array.isArray(list) && list.includes(word)) return token;
  }
  return undefined;
}

describe("the Monarch tokenizer", () => {
  it.each(DECLARATION_KINDS)("colours the declaration keyword %s and the name after it", (kind) => {
    expect(classify("root", `${kind} x`)).toEqual(["keyword.declaration", "", "entity.name"]);
    expect(classify("root", kind)).toEqual(["keyword.declaration"]);
  });

  it.each(OPERATOR_WORDS)("colours the operator word %s", (word) => {
    expect(classify("expression", word)).toEqual(["keyword.operator"]);
  });

  it.each([...ENUM_WORDS, ...CONTEXTUAL_WORDS.filter((w) => w !== "rating")])("colours the word %s as a constant in a value", (word) => {
    expect(classify("expression", word)).toEqual(["constant"]);
  });

  it.each(FUNCTION_NAMES)("colours the function %s before its parenthesis", (name) => {
    expect(classify("expression", `${name}(`)[0]).toBe("function");
  });

  it("leaves other names and dotted references plain", () => {
    expect(classify("expression", "resolved")).toEqual(["identifier"]);
    expect(classify("expression", "audit.failures")).toEqual(["identifier"]);
  });
});
