import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import { compile } from "../scoring/compile.ts";
import { format } from "./format.ts";
import { lex } from "../syntax/lexer.ts";
import { diffSchemes } from "../diff/diff.ts";
import { exampleSchemes, rowArb, schemeArb } from "../../test/index.ts";

const examples = exampleSchemes().map((e) => e.text);

/** Re-lays a scheme out badly: random spacing, braces on odd lines, comments sprinkled in. */
function scramble(text: string, noise: number[]): string {
  let k = 0;
  const next = () => noise[k++ % noise.length]!;
  return text
    .split("\n")
    .map((line) => {
      const n = next();
      const indent = " ".repeat(n % 7);
      const spaced = line.trim().replace(/ /g, () => " ".repeat(1 + (next() % 3)));
      return n % 5 === 0 ? `${indent}${spaced} // note ${n}` : `${indent}${spaced}`;
    })
    .join(n0(noise) ? "\r\n" : "\n");
}
const n0 = (noise: number[]) => (noise[0] ?? 0) % 2 === 0;

/** Comments of three shapes (one-line block, block over two lines, line) at token boundaries. */
function sprinkle(text: string, picks: { token: number; after: boolean; shape: number }[]): { text: string; tags: string[] } {
  const tokens = lex(text).tokens;
  const inserts = picks.map((p, i) => {
    const t = tokens[p.token % tokens.length]!;
    const tag = `c${i}x`;
    const body = p.shape === 0 ? `/* ${tag} */` : p.shape === 1 ? `/* ${tag}\n   more */` : `// ${tag}\n`;
    return { at: p.after ? t.endOffset! + 1 : t.startOffset, body, tag };
  });
  let out = text;
  for (const x of [...inserts].sort((a, b) => b.at - a.at)) out = out.slice(0, x.at) + x.body + out.slice(x.at);
  return { text: out, tags: inserts.map((x) => x.tag) };
}

describe("formatter", () => {
  it("never breaks, loses or moves meaning over comments anywhere (a line comment before a block comment on one line)", () => {
    const pick = fc.record({ token: fc.nat(), after: fc.boolean(), shape: fc.integer({ min: 0, max: 2 }) });
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.array(pick, { minLength: 1, maxLength: 5 }), (example, picks) => {
        const { text, tags } = sprinkle(example, picks);
        const before = analyze(text);
        fc.pre(!before.diagnostics.some((d) => d.code === "KPI001"));
        const once = format(text);
        expect(once).not.toBeNull();
        expect(analyze(once!).diagnostics.filter((d) => d.code === "KPI001")).toEqual([]);
        expect(format(once!)).toBe(once);
        for (const tag of tags) expect(once).toContain(tag);
        expect(diffSchemes(text, once!).changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
    // The reviewer's case: `rating good // note` then `{ /* why 70:` over two lines.
    const broken = "rating good // note on good\n{ /* why 70:\n   see memo */ min 70\n}\nrating poor { reward 0% }\n";
    const out = format(broken)!;
    expect(analyze(out).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(format(out)).toBe(out);
  });

  it("is idempotent and keeps every comment on generated, scrambled schemes", () => {
    fc.assert(
      fc.property(schemeArb, fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 20 }), (g, noise) => {
        const messy = scramble(g.text, noise);
        const once = format(messy);
        expect(once).not.toBeNull();
        expect(format(once!)).toBe(once);
        const comments = (s: string) => analyze(s).file.comments.map((c) => c.text.trim());
        expect(comments(once!)).toEqual(comments(messy));
      }),
      { numRuns: 200 },
    );
  });

  it("never changes meaning: the same scores before and after", () => {
    fc.assert(
      fc.property(
        schemeArb.chain((g) =>
          fc.tuple(
            fc.constant(g),
            fc.array(rowArb(g.metrics), { minLength: 1, maxLength: 5 }),
            fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 10 }),
          ),
        ),
        ([g, rows, noise]) => {
          const messy = scramble(g.text, noise);
          const before = compile(analyze(messy).scheme!);
          const after = compile(analyze(format(messy)!).scheme!);
          for (const row of rows) expect(after.score(row)).toEqual(before.score(row));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("leaves the examples as they are (they are formatted) and keeps their diagnostics", () => {
    for (const text of examples) {
      expect(format(text)).toBe(text);
    }
  });

  it("puts one property per line with two-space indent and keeps trailing comments", () => {
    const messy = `indicator  on_time "On time"{value a/b // ratio\n floor 80 %\ntarget 98%  weight 30}\n\n\n// end`;
    expect(format(messy)).toBeNull(); // `80 %` is a syntax error: nothing is guessed
    const ok = `// lead\nindicator  on_time "On time"{value a/b // ratio\n floor 80%\ntarget 98%  weight 30}\n\n\n// end`;
    expect(format(ok)).toBe(
      `// lead\nindicator on_time "On time" {\n  value a / b  // ratio\n  floor 80%\n  target 98%\n  weight 30\n}\n\n// end\n`,
    );
  });
});

describe("format keeps suppressions", () => {
  it("a directive trailing the previous `}` stays directly above the declaration it silences", () => {
    const text = `metric a { type count } // goodhart-ignore KPI203: one indicator by design\nindicator i { value a floor 0 target 1 weight 100 }\nrating r { }\n`;
    const silenced = (t: string) =>
      analyze(t)
        .diagnostics.filter((d) => d.code === "KPI203")
        .map((d) => d.suppressed?.reason ?? null);
    expect(silenced(text)).toEqual(["one indicator by design"]);
    const formatted = format(text)!;
    expect(silenced(formatted)).toEqual(["one indicator by design"]);
    expect(formatted).toContain("}\n\n// goodhart-ignore KPI203: one indicator by design\nindicator i {");
    expect(format(formatted)).toBe(formatted);
  });

  it("an ordinary comment after `}` stays there", () => {
    expect(format("metric a { type count } // counted daily\nmetric b { type count }\n")).toContain("}  // counted daily\n\nmetric b");
  });
});
