import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explain, renderExplanation } from "../analysis/explain.ts";
import { analyze } from "../semantics/analyze.ts";
import { diffSchemes } from "../diff/diff.ts";
import { renderDiffText } from "../diff/render-text.ts";
import { mixProblem } from "../scenario/population-mix.ts";
import { hover } from "../services/hover.ts";
import { percentFigure, percentText } from "./percent.ts";

/** A bare `0%` (not the tail of `10%` or `0.01%`). */
const ZERO = /(^|[^\d.\\])0%/;

describe("percentText", () => {
  it("keeps the place's decimals when they say what the share is", () => {
    expect(percentText(0.25)).toBe("25%");
    expect(percentText(0.1666)).toBe("16.7%");
    expect(percentText(1 / 3, 2)).toBe("33.33%");
    expect(percentText(0)).toBe("0%");
    expect(percentText(1)).toBe("100%");
    expect(percentText(-0.1)).toBe("-10%");
    expect(percentFigure(0.075, 2)).toBe("7.5");
  });

  it("never shows a share that is not 0 as 0%, nor one that is not 100% as 100%", () => {
    expect(percentText(0.0001)).toBe("0.01%");
    expect(percentText(0.000001)).toBe("0.0001%");
    expect(percentText(-0.0001)).toBe("-0.01%");
    expect(percentText(0.99999)).toBe("99.999%");
    expect(percentText(1.00001, 2)).toBe("100.001%");
    expect(percentText(1e-12)).toBe("1e-10%");
    expect(percentText(1.5e306)).toBe("1.5e+308%");
    const share = fc.double({ min: -1e12, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(share, fc.integer({ min: 0, max: 3 }), (x, d) => {
        const shown = percentText(x, d);
        if (x !== 0) expect(shown).not.toMatch(/^-?0%$/);
        // Scoring keeps shares to 9 decimals, so within 1e-9 of 100% is 100%.
        if (Math.abs(Math.abs(x) - 1) >= 1e-9) expect(shown).not.toMatch(/^-?100%$/);
        // And it is the share, to the decimals shown.
        const back = Number(shown.slice(0, -1)) / 100;
        expect(Math.abs(back - x)).toBeLessThanOrEqual(Math.max(5 * 10 ** -(d + 3), Math.abs(x) * 0.05) + 1e-12);
      }),
    );
  });
});

/** A small percent literal, as a designer writes a token ratchet or audit: `0.01%`, `0.003%`. */
const tiny = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 9 }))
  .map(([zeros, digit]) => `0.${"0".repeat(zeros)}${digit}%`);

function schemeWith(p: string): string {
  return `scheme "Tiny" {
  period month
}

metric closed {
  type count
  source self
  observes cases.closed
  audit ${p}
}

metric received {
  type count
  source system
  observes cases.received
}

indicator throughput {
  aspect quality
  value closed / received
  floor ${p}
  target 90%
  weight 100
  ratchet ${p}
}

rating good {
  min 70
  reward ${p}
}

rating ordinary {
}
`;
}

describe("every percent of a property, wherever it is shown", () => {
  it("a tiny ratchet, audit, reward or floor never reads 0% in a message, a hover or an explanation", () => {
    fc.assert(
      fc.property(tiny, (p) => {
        const text = schemeWith(p);
        const shown = percentText(Number(p.slice(0, -1)) / 100);
        const a = analyze(text);
        const ratchet = a.diagnostics.find((d) => d.code === "KPI207");
        expect(ratchet?.message).toContain(`Ratchet: ${shown} of this period`);
        for (const at of ["closed {", "throughput {", "good {"]) {
          const h = hover(text, text.indexOf(at) + 1, a)!.contents;
          expect(h).not.toMatch(ZERO);
        }
        // Hover is Markdown: read it with its escapes undone.
        const read = (at: string) => hover(text, text.indexOf(at) + 1, a)!.contents.replace(/\\(.)/g, "$1");
        expect(read("good {")).toContain(`Reward: ${shown} of salary`);
        expect(read("closed {")).toContain(`Audit: ${shown} of records`);
        const explained = renderExplanation(explain(a.scheme!, { closed: 1, received: 10 }));
        expect(explained).toContain(`0 points at ${percentText(Number(p.slice(0, -1)) / 100, 2)}, 100 at 90%`);
        expect(explained).not.toMatch(ZERO);
      }),
      { numRuns: 25 },
    );
  });

  it("diff: an indicator added with a token weight has a share of the score, not 0%", () => {
    const old = schemeWith("1%");
    const added = `${old}\nindicator token {\n  aspect volume\n  value received\n  floor 0\n  target 10\n  weight 0.001\n}\n`;
    const out = renderDiffText(diffSchemes(old, added));
    expect(out).toContain("; 0.001% of the score");
    expect(out).toContain("effective weight of throughput 100% → 99.999%");
  });

  it("the hover's scoring curve tells its rows apart", () => {
    const text = schemeWith("0.001%").replace("target 90%", "target 0.01%");
    const h = hover(text, text.indexOf("throughput {") + 1)!.contents;
    const values = [...h.matchAll(/^\s*([\d.]+%)\s+\d+/gm)].map((m) => m[1]);
    expect(values).toEqual(["0.01%", "0.008%", "0.006%", "0.003%", "0.001%"]);
  });

  it("a population mix just off 100% says by how much, not '100%, not 100%'", () => {
    expect(mixProblem({ saints: 0.1, honest: 0.6, reactive: 0.25, maniacs: 0.05001 })).toContain("sum to 100.001%, not 100%");
    const text = `${schemeWith("1%")}\nsimulation s {\n  saints 10%\n  honest 60%\n  reactive 25%\n  maniacs 5.001%\n}\n`;
    expect(analyze(text).diagnostics.find((d) => d.code === "KPI004")?.message).toContain("sum to 100.001%, not 100%");
  });
});
