import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import { escapeString, unescapeString } from "../syntax/literals.ts";
import type { StaffInput } from "../scoring/score-rows.ts";
import { diffSchemes } from "./diff.ts";
import { diffImpact } from "./impact.ts";
import { renderDiffMarkdown } from "./render-markdown.ts";
import { renderDiffText } from "./render-text.ts";

const scheme = (text: string) => {
  const s = analyze(text).scheme;
  if (!s) throw new Error("test scheme does not check");
  return s;
};

const text = `scheme "S" {
  period month
}
metric done {
  type count
  source system
}
metric bad {
  type count
  source system
}
indicator volume {
  aspect volume
  value done
  floor 0
  target 100
  weight 50
}
indicator care {
  aspect quality
  value bad
  better lower
  floor 10
  target 0
  weight 50
}
rating good "Good *and* | proud" {
  min 70
}
rating fair {
  min 40
}
rating poor {
}
`;

const staff: StaffInput[] = [
  { id: "a", unit: null, row: { done: 100, bad: 0 } },
  { id: "b", unit: null, row: { done: 60, bad: 0 } },
  { id: "c", unit: null, row: { done: 50, bad: 2 } },
  { id: "d", unit: null, row: { done: 20, bad: 5 } },
];

describe("diffImpact", () => {
  it("counts who changes band and says it in a sentence", () => {
    const stricter = text.replace("min 70", "min 85");
    const impact = diffImpact(scheme(text), scheme(stricter), staff);
    // b scores 80 and c 65 before and after: only b crosses the raised line.
    expect(impact.moves).toEqual([{ from: "good", to: "fair", count: 1, ids: ["b"], text: "1 of 4 moves good → fair" }]);
    expect(impact.unchanged).toBe(3);
    expect(impact.meanScore.old).toBe(impact.meanScore.new);
    expect(impact.ratings.new).toEqual({ good: 1, fair: 2, poor: 1 });
  });

  it("does not read a renamed band as a move when given the diff", () => {
    const renamed = text.replaceAll("rating fair", "rating ok");
    const diff = diffSchemes(text, renamed);
    expect(diffImpact(scheme(text), scheme(renamed), staff).moves.map((m) => m.text)).toEqual(["1 of 4 moves fair → ok"]);
    expect(diffImpact(scheme(text), scheme(renamed), staff, { diff }).moves).toEqual([]);
  });

  it("finds no move between a scheme and itself on an example's staff", () => {
    const examples = join(import.meta.dirname, "../../../../examples");
    const kpi = readFileSync(join(examples, "balanced-casework.kpi"), "utf8");
    const csv = readFileSync(join(examples, "balanced-casework.staff.csv"), "utf8").trim().split("\n");
    const header = csv[0]!.split(",");
    const rows = csv.slice(1).map((line): StaffInput => {
      const cells = line.split(",");
      const row = Object.fromEntries(
        header.slice(2).map((h, i) => {
          const c = cells[i + 2]!;
          return [h, c === "" ? null : c.endsWith("%") ? Number(c.slice(0, -1)) / 100 : Number(c)];
        }),
      );
      return { id: cells[0]!, unit: cells[1]!, row };
    });
    const impact = diffImpact(scheme(kpi), scheme(kpi), rows);
    expect(impact.moves).toEqual([]);
    expect(impact.unchanged).toBe(rows.length);
  });
});

describe("renderers", () => {
  const edited = text.replace("target 100", "target 80").replace('"Good *and* | proud"', '"Good | proud"');
  const diff = diffSchemes(text, edited);

  it("print one fact per line in text, or say there is nothing", () => {
    expect(renderDiffText(diffSchemes(text, text))).toBe("No changes: the schemes mean the same (formatting and comments aside).\n");
    const out = renderDiffText(diff);
    expect(out).toContain("Changes\n  indicator volume: target 100 → 80\n");
    expect(out).toContain('  rating good: label "Good *and* | proud" → "Good | proud"');
    expect(out).not.toContain("Effective weights");
  });

  it("list effective weights that moved in both renderings", () => {
    const reweighted = diffSchemes(text, text.replace("weight 50\n}\nindicator care", "weight 150\n}\nindicator care"));
    expect(renderDiffText(reweighted)).toContain(
      "Effective weights\n  effective weight of volume 50% → 75%\n  effective weight of care 50% → 25%",
    );
    expect(renderDiffMarkdown(reweighted)).toContain("- effective weight of `volume` 50% → 75%");
  });

  it("write a pull-request comment: heading, consequences first, code spans, escaped labels", () => {
    const impact = diffImpact(scheme(text), scheme(edited), staff);
    const md = renderDiffMarkdown(diff, { impact, file: "schemes/s.kpi", title: "S *bold*" });
    expect(md.startsWith('### `schemes/s.kpi` — "S \\*bold\\*"\n')).toBe(true);
    expect(md).toContain("**2 changes.**");
    expect(md).toContain('- rating `good`: label `"Good *and* | proud"` → `"Good | proud"`');
    expect(md).toContain("- indicator `volume`: target `100` → `80`");
    expect(md.indexOf("**Who moves**")).toBeLessThan(md.indexOf("**Changes**"));
    expect(md).toContain(`- ${impact.moves[0]!.count} of 4`);
    expect(md).not.toContain("\\`");
  });
});

describe("the scheme's title in a heading", () => {
  // Titles rich in what could break quoting or Markdown: quotes, backslashes, emphasis, links,
  // HTML, autolinks, headings; a string literal is one line, so no line breaks.
  const piece = fc.oneof(
    fc.constantFrom(
      '"',
      "\\",
      '\\"',
      "*",
      "_",
      "`",
      "<b>",
      "</b>",
      "[a](http://e)",
      "![i](x)",
      "&amp;",
      "|",
      "~",
      "#",
      "@",
      "www.e.com",
      ":",
      "{",
      "}",
      "!",
      " ",
    ),
    fc.string({ unit: "grapheme", maxLength: 4 }),
  );
  const title = fc
    .array(piece, { minLength: 1, maxLength: 8 })
    .map((p) => p.join("").replace(/[\r\n]+/g, " "))
    .filter((t) => t !== "");
  const diff = diffSchemes(text, text.replace("target 100", "target 80"));

  it("text: the title as the file writes it, one quoted string whatever it holds", () => {
    expect(renderDiffText(diff, { title: 'The "fast" desk' }).split("\n")[0]).toBe('"The \\"fast\\" desk"');
    fc.assert(
      fc.property(title, (t) => {
        const head = renderDiffText(diff, { file: "s.kpi", title: t }).split("\n")[0]!;
        const quoted = head.slice("s.kpi — ".length);
        expect(quoted).toMatch(/^"(?:[^"\\]|\\.)*"$/);
        expect(unescapeString(quoted)).toBe(t);
      }),
    );
  });

  it("Markdown: the same quoted title, every character that could start Markdown or HTML escaped", () => {
    expect(renderDiffMarkdown(diff, { title: 'The "fast" <b>desk</b>' }).split("\n")[0]).toBe(
      String.raw`### "The \\"fast\\" \<b\>desk\</b\>"`,
    );
    fc.assert(
      fc.property(title, (t) => {
        const head = renderDiffMarkdown(diff, { title: t }).split("\n")[0]!;
        expect(head.startsWith("### ")).toBe(true);
        const body = head.slice(4);
        // Read as Markdown, a backslash before punctuation is that character: what is left is the literal.
        expect(body.replace(/\\([!-/:-@[-`{-~])/g, "$1")).toBe(escapeString(t));
        // Nothing outside an escape can open emphasis, code, a link, an image, HTML, a table cell or an autolink.
        const bare = body.replace(/\\[!-/:-@[-`{-~]/g, "");
        expect(bare).not.toMatch(/[*_`[\]<>&|~#@:{}!]/);
        expect(bare).not.toMatch(/www\./i);
      }),
    );
  });
});
