/** Expression depth: deep input is a located KPI001 at the limit, never a stack overflow. */
import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import { compile } from "../scoring/compile.ts";
import { MAX_EXPRESSION_DEPTH } from "./parser.ts";

const wrap = (value: string) => `metric a { type count }\nindicator i { value ${value} floor 0 target 1 weight 100 }\nrating r { }`;
const diagnostics = (text: string) =>
  analyze(text)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => `${d.code} ${d.range.start.line}:${d.range.start.column}`);
const COLUMN = "indicator i { value ".length + 1;

describe("expression depth", () => {
  it(`a sum of ${MAX_EXPRESSION_DEPTH + 1} terms is fine and scores; one more term is one KPI001 at that term`, () => {
    const ok = analyze(
      wrap(
        Array(MAX_EXPRESSION_DEPTH + 1)
          .fill("a")
          .join(" + "),
      ),
    );
    expect(ok.scheme).not.toBeNull();
    expect(compile(ok.scheme!).score({ a: 1 }).score).toBe(100);
    const terms = Array(MAX_EXPRESSION_DEPTH + 2)
      .fill("a")
      .join(" + ");
    expect(diagnostics(wrap(terms))).toEqual([`KPI001 2:${COLUMN + (MAX_EXPRESSION_DEPTH + 1) * 4}`]);
  });

  it("a sum of 5,000 terms is one KPI001, not a crash", () => {
    const a = analyze(wrap(Array(5000).fill("a").join(" + ")));
    expect(a.diagnostics.filter((d) => d.severity === "error")).toHaveLength(1);
    expect(a.diagnostics[0]!.message).toContain(`more than ${MAX_EXPRESSION_DEPTH} levels`);
    expect(a.scheme).toBeNull();
  });

  it("500 nested parentheses are one KPI001 at the first parenthesis too deep, and nothing false", () => {
    const text = wrap(`${"(".repeat(500)}a${")".repeat(500)}`);
    expect(diagnostics(text)).toEqual([`KPI001 2:${COLUMN + MAX_EXPRESSION_DEPTH}`]);
    // Unclosed ones too, and nested calls: still located, the rest of the file still read.
    expect(diagnostics(wrap(`${"(".repeat(500)}a`)).filter((d) => d.startsWith("KPI006"))).toEqual([]);
    expect(diagnostics(wrap(`${"max(".repeat(500)}a${")".repeat(500)}`))).toEqual([`KPI001 2:${COLUMN + MAX_EXPRESSION_DEPTH * 4 + 3}`]);
  });

  it("5,000 prefix operators are one KPI001", () => {
    expect(diagnostics(wrap(`${"-".repeat(5000)}a`))).toHaveLength(1);
    expect(
      diagnostics(
        `metric a { type count }\nindicator i { value a floor 0 target 1 weight 100 }\ngate g { when ${"not ".repeat(5000)}a > 1 cap score 5 }\nrating r { }`,
      ),
    ).toHaveLength(1);
  });

  it("groups nest at most 64 deep: one KPI004 at the first group too deep", () => {
    const chain = (n: number) =>
      [
        "metric a { type count }",
        "group g0 { weight 100 }",
        ...Array.from({ length: n - 1 }, (_, k) => `group g${k + 1} { group g${k} weight 100 }`),
        `indicator i { group g${n - 1} value a floor 0 target 1 weight 100 }`,
        "rating r { }",
      ].join("\n");
    expect(analyze(chain(64)).scheme).not.toBeNull();
    const deep = analyze(chain(5000)).diagnostics.filter((d) => d.severity === "error");
    expect(deep.map((d) => d.code)).toEqual(["KPI004"]);
    expect(deep[0]!.declaration?.name).toBe("g64");
  });

  it("a chain of indicators each reading the last is ordered without recursion", () => {
    const n = 400;
    const lines = ["metric a { type count }", "indicator i0 { value a floor 0 target 1 weight 100 }"];
    for (let k = n - 1; k >= 1; k--) lines.push(`indicator i${k} { value i${k - 1} floor 0 target 1 weight 0 }`);
    const s = analyze([...lines, "rating r { }"].join("\n")).scheme!;
    expect(s.evaluationOrder).toEqual(Array.from({ length: n }, (_, k) => `i${k}`));
  });
});
