import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderDiffMarkdown } from "../diff/render-markdown.ts";
import { diffSchemes } from "../diff/diff.ts";
import { hover } from "./hover.ts";
import { codeSpan, escapeMarkdown, messageMarkdown } from "./markdown.ts";
import { at, SCHEME } from "./fixtures.test-util.ts";

describe("hover", () => {
  it("shows an indicator's effective weight, scoring curve and note", () => {
    const h = hover(SCHEME, at(SCHEME, "indicator on_time", 11))!;
    expect(h.contents).toContain("**18%**"); // 30 / 100 × 60%
    expect(h.contents).toContain("```text");
    expect(h.contents).toMatch(/98%\s+100/);
    expect(h.contents).toMatch(/80%\s+0/);
    expect(h.contents).toMatch(/89%\s+50/);
    expect(SCHEME.slice(h.range.start.offset, h.range.end.offset)).toBe("on_time");
  });

  it("plots step scoring by its thresholds", () => {
    const h = hover(SCHEME, at(SCHEME, "indicator volume", 11))!;
    expect(h.contents).toMatch(/100\s+100/);
    expect(h.contents).toMatch(/50\s+40/);
    expect(h.contents).toContain("42%"); // 70 / 100 × 60%
  });

  it("works from a reference as well as from the declaration", () => {
    const h = hover(SCHEME, at(SCHEME, "when on_time", 6))!;
    expect(h.contents).toContain("**indicator**");
  });

  it("escapes user text: no raw HTML, no links", () => {
    const h = hover(SCHEME, at(SCHEME, "indicator on_time", 11))!;
    expect(h.contents).not.toContain("<b>");
    expect(h.contents).not.toMatch(/(^|[^\\])\[x\]\(/);
    expect(h.contents).not.toMatch(/(^|[^\\])\*deadline/);
  });

  it("says what a metric's source invites and whether it is audited", () => {
    const self = hover(SCHEME, at(SCHEME, "metric resolved", 8))!.contents;
    expect(self).toMatch(/self/);
    expect(self).toMatch(/falsified/);
    expect(self).toMatch(/not audited/);
    const system = hover(SCHEME, at(SCHEME, "metric on_time_count", 8))!.contents;
    expect(system).toMatch(/5% of records/);
  });

  it("documents property keys, observables, ratings and the built-in score", () => {
    expect(hover(SCHEME, at(SCHEME, "  target 98%", 3))!.contents).toMatch(/100 points/);
    expect(hover(SCHEME, at(SCHEME, "cases.closed", 3))!.contents).toMatch(/reported closed/);
    const top = hover(SCHEME, at(SCHEME, "rating top", 8))!.contents;
    expect(top).toMatch(/Minimum score: 90/);
    expect(top).toMatch(/Quota: 20\\?% of `ok`/);
    expect(top).toMatch(/Reward: 10\\?%/);
    expect(hover(SCHEME, at(SCHEME, "rating poor", 8))!.contents).toMatch(/Fallback/);
    const withScore = SCHEME.replace("when on_time.points < 10", "when score < 10");
    expect(hover(withScore, at(withScore, "when score", 6))!.contents).toMatch(/total score/);
  });

  it("lists the gaming-risk diagnostics on the declaration", () => {
    // A 100% target on a self-reported ratio: whatever KPI2xx fire on it show up in hover.
    const text = SCHEME.replace("target 98%", "target 100%");
    const h = hover(text, at(text, "indicator on_time", 11))!;
    expect(h.contents.includes("Gaming risks")).toBe(/KPI2/.test(h.contents));
  });

  it("shows the scheme's note and basis on its keyword and title, a simulation's on its name", () => {
    const text = `scheme "Desk <b>[x](http://e)</b>" {
  period month
  note "SCHEME-NOTE *bold*"
  basis "SCHEME-BASIS"
}
metric done { type count source system }
indicator volume { value done floor 10 target 40 weight 100 }
rating good { min 50 reward 5% }
rating plain { reward 0% }
simulation default { staff 100 note "SIM-NOTE" basis "SIM-BASIS" }
`;
    for (const [where, note, basis] of [
      [at(text, "scheme", 2), "SCHEME-NOTE", "SCHEME-BASIS"],
      [at(text, '"Desk', 2), "SCHEME-NOTE", "SCHEME-BASIS"],
      [at(text, "default", 3), "SIM-NOTE", "SIM-BASIS"],
    ] as const) {
      const h = hover(text, where)!;
      expect(h.contents).toContain(note);
      expect(h.contents).toContain(basis);
      expect(h.contents).not.toContain("<b>");
      expect(h.contents).not.toMatch(/(^|[^\\])\[x\]\(/);
      expect(h.contents).not.toMatch(/(^|[^\\])\*bold/);
    }
    expect(hover(text, at(text, '"Desk', 2))!.contents).toContain(escapeMarkdown("Desk <b>[x](http://e)</b>"));
  });

  it("returns null away from anything it knows", () => {
    expect(hover(SCHEME, at(SCHEME, "}\n\nmetric", 1))).toBeNull();
    expect(hover("", 0)).toBeNull();
  });
});

describe("escapeMarkdown", () => {
  it("neutralises links, images, HTML and emphasis", () => {
    const out = escapeMarkdown("<img src=x onerror=alert(1)> [a](command:x) ![i](y) **b** `c` www.evil.com http://x");
    expect(out).not.toMatch(/(^|[^\\])[<[`*]/);
    expect(out).toContain("www\\.");
    expect(out).toContain("http\\:");
  });

  it("shows every invisible control and bidirectional character by its code point, in every markdown it writes", () => {
    const hidden = [0x1b, 0x07, 0x7f, 0x85, 0x61c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
    const invisible = new RegExp(`[${hidden.map((c) => `\\u{${c.toString(16)}}`).join("")}]`, "u");
    const text = fc.string({
      unit: fc.oneof(fc.constantFrom(...hidden.map((c) => String.fromCodePoint(c))), fc.constantFrom("a", " ", "é", "*", "`")),
    });
    fc.assert(
      fc.property(text, (s) => {
        for (const out of [escapeMarkdown(s), codeSpan(s), messageMarkdown(s)]) expect(out).not.toMatch(invisible);
      }),
    );
    expect(escapeMarkdown("pay \u202Eevil")).toBe("pay U+202Eevil");
    // Where a label reaches a reader: the hover, and a review comment.
    const label = "Done \u202Eenod\u2066";
    const scheme = `metric m { type ratio\n source system }\nindicator done "${label}" {\n value m\n floor 50%\n target 90%\n weight 1\n}\nrating r { reward 0% }\n`;
    expect(hover(scheme, at(scheme, "indicator done", 11))!.contents).not.toMatch(invisible);
    const md = renderDiffMarkdown(diffSchemes(scheme, scheme.replace("target 90%", "target 95%")), { file: "a\u202e.kpi", title: label });
    expect(md).not.toMatch(invisible);
    expect(md).toContain("U+202E");
  });

  it("escapes user text in a lint message but keeps the message's own code spans", () => {
    const h = hover(SCHEME, at(SCHEME, "indicator volume", 11))!;
    const risks = h.contents.slice(h.contents.indexOf("**Gaming risks**"));
    expect(risks).toContain("on `volume` the step");
    expect(risks).not.toMatch(/\\`/);
    // KPI201 names the indicator with its label: the label's HTML and link are escaped.
    const text =
      'metric m { type ratio\n source self }\nindicator done "Done <b>x</b> [l](http://e)" {\n value m\n floor 50%\n target 100%\n weight 1\n}\nrating r { reward 0% }\n';
    const k = hover(text, at(text, "indicator done", 11))!.contents;
    expect(k).toContain("KPI201");
    expect(k).toContain("`done` (Done");
    expect(k).not.toContain("<b>");
    expect(k).not.toMatch(/[^\\]\[l/);
    expect(k).not.toContain("http://");
  });
});
