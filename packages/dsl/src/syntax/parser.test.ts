import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lex } from "./lexer.ts";
import { parse } from "./parser.ts";
import { DECLARATION_KINDS, OPERATOR_WORDS } from "./vocabulary.ts";
import { analyze } from "../semantics/analyze.ts";
import { exampleSchemes } from "../../test/index.ts";

const examples = exampleSchemes().map((e) => e.text);

describe("lexer", () => {
  it("reads Unicode names, percents, underscores in numbers, strings with escapes and comments", () => {
    const r = lex('tỷ_lệ_đúng_hạn 98% 1_000 12.5 "say \\"hi\\" \\\\" // c\n/* b */ -> <= !=');
    expect(r.errors).toEqual([]);
    expect(r.tokens.map((t) => t.tokenType.name)).toEqual([
      "Identifier",
      "NumberLiteral",
      "NumberLiteral",
      "NumberLiteral",
      "StringLiteral",
      "Arrow",
      "LessEq",
      "NotEq",
    ]);
    expect(r.comments.map((c) => c.image)).toEqual(["// c", "/* b */"]);
  });
  it("keeps decomposed (NFD) Vietnamese names whole", () => {
    const nfd = "tỷ_lệ".normalize("NFD");
    const r = lex(nfd);
    expect(r.tokens.map((t) => t.image)).toEqual([nfd]);
  });
  it("keywords are whole words only", () => {
    expect(lex("groups metrics rating_x").tokens.every((t) => t.tokenType.name === "Identifier")).toBe(true);
  });
});

describe("parser", () => {
  it("reports every syntax error in one pass, each with a range, and keeps the rest", () => {
    const r = parse(`indicator a {
  weight 30 40
  target
}
indicatr b { weight 1 }
indicator c {
  value x
  floor (
}
indicator d { weight 2 `);
    expect(r.errors.length).toBeGreaterThanOrEqual(4);
    const lines = r.errors.map((e) => e.range.start.line);
    expect(lines).toEqual(expect.arrayContaining([2, 3, 5, 10]));
    expect(r.errors.find((e) => e.range.start.line === 5)!.message).toMatch(/did you mean `indicator`/);
    expect(r.file.declarations.map((d) => d.name?.text)).toEqual(["a", "c", "d"]);
  });

  it("a 98% literal is the number 0.98 and the text is kept", () => {
    const r = parse("indicator a { target 98% }");
    const v = r.file.declarations[0]!.properties[0]!.value;
    expect(v.kind === "expr" && v.expr.kind === "number" && v.expr.value).toBe(0.98);
  });

  it("never throws on any string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        analyze(s);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on random mutations of the examples, and every error has a sane range", () => {
    const tokens = [
      "{",
      "}",
      "(",
      ")",
      "->",
      "%",
      '"',
      "/*",
      "//",
      "\n",
      "indicator",
      "group",
      "rating",
      "cap",
      "score",
      "of",
      "-",
      "not",
      "and",
      "1_0",
      "é",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...examples),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.constantFrom(...tokens)), { minLength: 1, maxLength: 6 }),
        (text, edits) => {
          let t = text;
          for (const [pos, del, ins] of edits) {
            const at = pos % (t.length + 1);
            t = t.slice(0, at) + ins + t.slice(at + del);
          }
          const a = analyze(t);
          for (const d of a.diagnostics) {
            expect(d.range.start.offset).toBeGreaterThanOrEqual(0);
            expect(d.range.end.offset).toBeLessThanOrEqual(t.length + 1);
            expect(d.range.start.line).toBeGreaterThanOrEqual(1);
            expect(d.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("declaration heads", () => {
  it("the scheme takes a title, not a name: `scheme foo` is one syntax error at the name, in the reader's language", () => {
    for (const head of ['scheme foo "S" {', "scheme foo {"]) {
      const text = `${head}\n  period month\n}\nmetric done { type count source system }\nindicator v { value done floor 1 target 4 weight 100 }\nrating r { reward 0% }\n`;
      const errors = analyze(text).diagnostics.filter((d) => d.severity === "error");
      expect(errors.map((d) => [d.code, d.range.start.line, d.range.start.column])).toEqual([["KPI001", 1, 8]]);
      expect(errors[0]!.message).toContain("The scheme has a title, not a name");
      expect(text.slice(errors[0]!.range.start.offset, errors[0]!.range.end.offset)).toBe("foo");
    }
    expect(parse('scheme "S" { period month }').errors).toEqual([]);
  });

  it("a reserved word as a declaration's name is one error at the word, and its block is still that declaration's", () => {
    const kinds = DECLARATION_KINDS.filter((k) => k !== "scheme");
    const words = [...DECLARATION_KINDS, ...OPERATOR_WORDS];
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.constantFrom(...words), fc.boolean(), (kind, word, label) => {
        const text = `${kind} ${word}${label ? ' "Label"' : ""} {\n  note "n"\n  weight 10\n}\nmetric after { type count }\n`;
        const r = parse(text);
        expect(
          r.errors.map((e) => [e.range.start.line, e.range.start.column, text.slice(e.range.start.offset, e.range.end.offset)]),
        ).toEqual([[1, kind.length + 2, word]]);
        expect(r.errors[0]!.text).toEqual({ key: "syntax.reservedName", params: { word, kind } });
        const [first, second] = r.file.declarations;
        expect([first!.kind, first!.name?.text, first!.properties.map((p) => p.key.text)]).toEqual([kind, word, ["note", "weight"]]);
        expect(second!.name?.text).toBe("after");
      }),
      { numRuns: 60 },
    );
  });

  it("a keyword left alone on a line (being typed) is one error, and a group declared below keeps its own block", () => {
    for (const kind of ["metric", "indicator", "gate", "rating"]) {
      const text = `scheme "S" { period month }\nrating poor { reward 0% }\n${kind}\ngroup quality { weight 30 }\n`;
      const r = analyze(text);
      const errors = r.diagnostics.filter((d) => d.severity === "error");
      // The keyword's line, and where its block should have opened: nothing about `type` it
      // lacks, nothing inside the group.
      expect(errors.every((e) => e.code === "KPI001" && e.range.start.line >= 3 && e.range.start.line <= 4)).toBe(true);
      expect(errors.filter((e) => e.range.start.line === 4).every((e) => e.range.start.column === 1)).toBe(true);
      expect(errors.length).toBeLessThanOrEqual(2);
      const group = parse(text).file.declarations.find((d) => d.kind === "group");
      expect([group?.name?.text, group?.properties.map((p) => p.key.text)]).toEqual(["quality", ["weight"]]);
    }
    // `group` as a property still reads as one, on its own line or after another property.
    const r = parse("indicator a {\n  group performance\n  weight 30\n}\nindicator b { group performance weight 10 }\n");
    expect(r.errors).toEqual([]);
    expect(r.file.declarations.map((d) => d.properties.map((p) => p.key.text))).toEqual([
      ["group", "weight"],
      ["group", "weight"],
    ]);
  });

  it("a single `=` is one error where it stands: after a key it is skipped, in an expression it reads as `==`", () => {
    const head =
      'scheme "S" { period month }\nmetric done { type count source system observes cases.closed }\nmetric fails { type count source audit observes audit.failures }\n';
    const tail = "rating ok { min 50 reward 5% }\nrating poor { reward 0% }\n";
    const cases = [
      ["gate g {\n  when fails = 0\n  cap rating poor\n}\n", "when"],
      ["indicator v {\n  value done\n  floor = 10\n  target 40\n  weight 100\n}\n", "floor"],
      ["indicator v { value done floor = 10 target 40 weight 100 }\n", "floor"],
      ["indicator v { value = done floor 10 target 40 weight 100 }\n", "value"],
    ] as const;
    for (const [body, key] of cases) {
      const text = head + body + tail;
      const errors = analyze(text).diagnostics.filter((d) => d.severity === "error");
      expect(errors.map((e) => [e.code, text.slice(e.range.start.offset, e.range.end.offset)])).toEqual([["KPI001", "="]]);
      expect(errors[0]!.message).toContain("write == to compare");
      const decl = parse(text).file.declarations[3]!;
      const prop = decl.properties.find((p) => p.key.text === key)!;
      expect(prop.value.kind).toBe("expr");
      if (key === "when" && prop.value.kind === "expr") expect(prop.value.expr).toMatchObject({ kind: "binary", op: "==" });
    }
    // Every other property of the block is still read: nothing missing, nothing twice.
    const text = head + cases[2][0] + tail;
    expect(parse(text).file.declarations[3]!.properties.map((p) => p.key.text)).toEqual(["value", "floor", "target", "weight"]);
  });

  it("a block that needs a name says so from the catalogue", () => {
    const [e] = parse("metric { type count }").errors;
    expect(e!.message).toBe('This metric needs a name: `metric my_name "Label" { … }`.');
    expect(e!.text).toEqual({ key: "syntax.needsName", params: { kind: "metric" } });
  });
});

describe("string escapes", () => {
  it('a backslash pair other than \\" and \\\\ is one error at the pair, and the rest of the file reads on', () => {
    const text =
      'scheme "S" {\n  note "a\\nb and \\\\n ok and \\"q\\""\n}\nmetric done { type count source system }\nindicator v { value done floor 1 target 4 weight 100 }\nrating r { reward 0% }\n';
    const errors = analyze(text).diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.code, d.range.start.line, d.range.start.column])).toEqual([["KPI001", 2, 10]]);
    expect(errors[0]!.message).toContain("`\\n` is not an escape");
    expect(text.slice(errors[0]!.range.start.offset, errors[0]!.range.end.offset)).toBe("\\n");
  });

  it("property: valid escapes never err; each bad pair is exactly one error at its offset", () => {
    const piece = fc.oneof(
      fc.constantFrom('\\"', "\\\\", "a", " ", "đ", "😀"),
      fc.constantFrom("\\n", "\\t", "\\x", "\\đ").map((bad) => ({ bad })),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        let inner = "";
        const bad: number[] = [];
        for (const p of pieces) {
          if (typeof p === "string") inner += p;
          else {
            bad.push(1 + inner.length);
            inner += p.bad;
          }
        }
        const r = lex(`"${inner}"`);
        expect(r.tokens.map((t) => t.tokenType.name)).toEqual(["StringLiteral"]);
        expect(r.errors.map((e) => e.offset)).toEqual(bad);
      }),
    );
  });
});
