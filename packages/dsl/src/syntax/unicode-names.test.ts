/**
 * A name typed decomposed (NFD: base letters and combining marks) is the same name as the one
 * typed composed (NFC): they look identical, so a scheme must not tell them apart.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Identifier, lex } from "./lexer.ts";
import { analyze } from "../semantics/analyze.ts";
import { parseLiteralPath } from "../edit/literal-path.ts";
import { rename } from "../services/rename.ts";
import { exampleSchemes } from "../../test/index.ts";

const nfd = (s: string) => s.normalize("NFD");

/** The text with each name token written composed or decomposed, as `decompose` says. */
function rewriteNames(text: string, decompose: (i: number) => boolean): string {
  let out = "";
  let at = 0;
  lex(text)
    .tokens.filter((t) => t.tokenType === Identifier)
    .forEach((t, i) => {
      out += text.slice(at, t.startOffset) + (decompose(i) ? nfd(t.image) : t.image.normalize("NFC"));
      at = t.startOffset + t.image.length;
    });
  return out + text.slice(at);
}

const scheme = (reference: string) => `metric đúng_hạn "Hồ sơ đúng hạn" { type count }
metric số_hồ_sơ { type count }
indicator tỷ_lệ {
  value ${reference} / số_hồ_sơ
  floor 80%
  target 95%
  weight 100
}
rating tốt { min 70 }
rating chưa_đạt { reward 0% }
`;

describe("names in NFC and NFD", () => {
  it("a reference typed decomposed finds the name declared composed", () => {
    const diagnostics = analyze(scheme(nfd("đúng_hạn"))).diagnostics;
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("an unknown decomposed name is reported at its columns as written, with the composed name it is close to", () => {
    const written = nfd("đúng_hạnx");
    const text = scheme(written);
    const d = analyze(text).diagnostics.find((x) => x.code === "KPI002")!;
    expect(text.slice(d.range.start.offset, d.range.end.offset)).toBe(written);
    expect(d.range.start.column).toBe("  value ".length + 1);
    expect(d.range.end.column).toBe("  value ".length + 1 + written.length);
    // One letter off the declared name, however it was typed: a "did you mean" for it.
    expect(d.message).toContain("did you mean `đúng_hạn`?");
  });

  it("every example says the same with its names written in any mix of forms", () => {
    const examples = exampleSchemes().filter((e) => e.text !== nfd(e.text));
    const said = (text: string) =>
      analyze(text)
        .diagnostics.map((d) => `${d.code} ${d.message}`)
        .sort();
    const expected = examples.map((e) => said(e.text));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: examples.length - 1 }), fc.func(fc.boolean()), (k, decompose) => {
        expect(said(rewriteNames(examples[k]!.text, decompose))).toEqual(expected[k]);
      }),
      { numRuns: 30 },
    );
  });

  it("rename refuses a decomposed spelling of a name already taken, and writes names composed", () => {
    const text = scheme("đúng_hạn");
    const at = text.indexOf("tỷ_lệ");
    expect(rename(text, at, nfd("số_hồ_sơ"))).toEqual({ error: "`số_hồ_sơ` is already taken by another declaration." });
    const edits = rename(text, at, nfd("tỷ_lệ_mới"));
    expect("edits" in edits && edits.edits.map((e) => e.newText)).toEqual(["tỷ_lệ_mới"]);
  });

  it("a literal path typed decomposed names the composed declaration", () => {
    expect(parseLiteralPath(nfd("tỷ_lệ.target"))).toEqual({ kind: "property", name: "tỷ_lệ", property: "target" });
  });
});
