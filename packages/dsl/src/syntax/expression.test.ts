/**
 * Differential test of expression parsing: the parser folds flat operator lists by precedence
 * (for speed), so it is checked against a plain recursive-descent reading of docs/language-reference.md §4
 * ("loosest first: or, and, not, comparison, + -, * /, unary -") on random token sequences.
 * Both must accept the same sequences and build the same tree.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Expr } from "./ast.ts";
import { parse } from "./parser.ts";

const WORDS = [
  "a",
  "b",
  "c",
  "1",
  "2%",
  "3.5",
  "+",
  "-",
  "*",
  "/",
  "<",
  "<=",
  ">",
  ">=",
  "==",
  "!=",
  "and",
  "or",
  "not",
  "(",
  ")",
  ",",
  ".",
  "min",
];

/** S-expression of a parsed tree; throws on error nodes (the parser recovered from something). */
function sexpr(e: Expr): string {
  switch (e.kind) {
    case "number":
      return e.text;
    case "name":
      return e.name;
    case "member":
      return `${e.object.text}.${e.member.text}`;
    case "paren":
      return `(paren ${sexpr(e.expr)})`;
    case "unary":
      return `(${e.op} ${sexpr(e.operand)})`;
    case "binary":
      return `(${e.op} ${sexpr(e.left)} ${sexpr(e.right)})`;
    case "call":
      return `(call ${e.callee.text}${e.args.map((a) => ` ${sexpr(a)}`).join("")})`;
    case "string":
      return JSON.stringify(e.value);
    case "error":
      throw new Error("error node");
  }
}

class Reject extends Error {}

/** The grammar of docs/language-reference.md §4, one function per precedence level. */
function reference(tokens: string[]): string {
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const eat = (t: string): boolean => (tokens[i] === t ? (i++, true) : false);
  const isName = (t: string | undefined) => t !== undefined && /^[a-z]+$/.test(t) && !["and", "or", "not"].includes(t);
  const isNumber = (t: string | undefined) => t !== undefined && /^[0-9]/.test(t);
  const or = (): string => {
    let left = and();
    while (eat("or")) left = `(or ${left} ${and()})`;
    return left;
  };
  const and = (): string => {
    let left = not();
    while (eat("and")) left = `(and ${left} ${not()})`;
    return left;
  };
  const not = (): string => (eat("not") ? `(not ${not()})` : comparison());
  const comparison = (): string => {
    const left = additive();
    const op = peek();
    if (op && ["<", "<=", ">", ">=", "==", "!="].includes(op)) {
      i++;
      return `(${op} ${left} ${additive()})`;
    }
    return left;
  };
  const additive = (): string => {
    let left = multiplicative();
    for (let op = peek(); op === "+" || op === "-"; op = peek()) {
      i++;
      left = `(${op} ${left} ${multiplicative()})`;
    }
    return left;
  };
  const multiplicative = (): string => {
    let left = unary();
    for (let op = peek(); op === "*" || op === "/"; op = peek()) {
      i++;
      left = `(${op} ${left} ${unary()})`;
    }
    return left;
  };
  const unary = (): string => (eat("-") ? `(- ${unary()})` : primary());
  const primary = (): string => {
    const t = peek();
    if (isNumber(t)) return (i++, t!);
    if (eat("(")) {
      const inner = or();
      if (!eat(")")) throw new Reject();
      return `(paren ${inner})`;
    }
    if (isName(t)) {
      i++;
      if (eat(".")) {
        const m = peek();
        if (!isName(m) && m !== "min") throw new Reject();
        i++;
        return `${t}.${m}`;
      }
      if (eat("(")) {
        const args: string[] = [];
        if (!eat(")")) {
          do args.push(or());
          while (eat(","));
          if (!eat(")")) throw new Reject();
        }
        return `(call ${t}${args.map((a) => ` ${a}`).join("")})`;
      }
      return t!;
    }
    throw new Reject();
  };
  const result = or();
  if (i !== tokens.length) throw new Reject();
  return result;
}

function referenceOrNull(tokens: string[]): string | null {
  try {
    return reference(tokens);
  } catch (e) {
    if (e instanceof Reject) return null;
    throw e;
  }
}

/**
 * The tree the parser builds for `value <tokens>`, or null when it does not read the tokens as
 * one expression: a syntax error, or more than one property (`value a b c` is legitimately
 * `value a` and `b c`, since a block may hold several properties on a line).
 */
function parsed(tokens: string[]): { tree: string | null } {
  const { file, errors } = parse(`indicator i {\n  value ${tokens.join(" ")}\n}\n`);
  const properties = file.declarations[0]?.properties ?? [];
  const value = properties[0]?.value;
  if (errors.length > 0 || properties.length !== 1 || value?.kind !== "expr") return { tree: null };
  return { tree: sexpr(value.expr) };
}

describe("expression parsing", () => {
  it("agrees with a recursive-descent reading of the precedence table on random token sequences", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }), (tokens) => {
        const want = referenceOrNull(tokens);
        const got = parsed(tokens);
        if (want === null) expect(got.tree, tokens.join(" ")).toBeNull();
        else expect(got.tree, tokens.join(" ")).toBe(want);
      }),
      { numRuns: 4000 },
    );
  });

  it("agrees on well-formed expressions too (random trees printed without redundant parentheses)", () => {
    const leaf = fc.constantFrom("a", "b", "1", "2%");
    const tree: fc.Arbitrary<string[]> = fc.letrec<{ e: string[] }>((t) => ({
      e: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        leaf.map((l) => [l]),
        fc.tuple(t("e"), fc.constantFrom("+", "-", "*", "/", "<", ">=", "and", "or"), t("e")).map(([l, op, r]) => [...l, op, ...r]),
        t("e").map((e) => ["not", ...e]),
        t("e").map((e) => ["-", ...e]),
        t("e").map((e) => ["(", ...e, ")"]),
      ),
    })).e;
    fc.assert(
      fc.property(tree, (tokens) => {
        const want = referenceOrNull(tokens);
        const got = parsed(tokens);
        if (want === null) expect(got.tree, tokens.join(" ")).toBeNull();
        else expect(got.tree, tokens.join(" ")).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });

  it("folds by precedence, left to right within a level", () => {
    expect(parsed("a - b - c".split(" ")).tree).toBe("(- (- a b) c)");
    expect(parsed("a + b * c".split(" ")).tree).toBe("(+ a (* b c))");
    expect(parsed("- a * b".split(" ")).tree).toBe("(* (- a) b)");
    expect(parsed("not a < b and c or a".split(" ")).tree).toBe("(or (and (not (< a b)) c) a)");
  });

  it("says that comparisons do not chain", () => {
    const { errors } = parse("indicator i {\n  value a < b < c\n}\n");
    expect(errors.map((e) => e.message).join("\n")).toMatch(/Comparisons do not chain/);
    expect(errors[0]!.range.start).toMatchObject({ line: 2, column: 15 });
  });
});
