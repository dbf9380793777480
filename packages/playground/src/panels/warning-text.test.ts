import { describe, expect, it } from "vitest";
import { plural, splitMessage } from "./warning-text.ts";

describe("warning text", () => {
  it("keeps the first sentence without its citations, the rest as the why", () => {
    const m =
      "Outputs only: staff can hit every target and miss the point (output distortion, Bevan & Hood 2006); what is not rewarded gets dropped (Kerr 1975). Add an indicator of quality.";
    const s = splitMessage(m);
    expect(s.headline).toBe("Outputs only: staff can hit every target and miss the point; what is not rewarded gets dropped.");
    expect(s.rest).toBe(m);
  });
  it("does not end a sentence inside a code span or parentheses", () => {
    const s = splitMessage("The value `a.b` is read (see e.g. the floor). Then more.");
    expect(s.headline).toBe("The value `a.b` is read (see e.g. the floor).");
  });
  it("shows a label's control and bidirectional characters by their code point, in the headline and the why", () => {
    const { headline, rest } = splitMessage(
      "Excessive target on `done` (Done \u202Eenod\u2066). Staff will mark records done (Bevan & Hood 2006).",
    );
    for (const part of [headline, rest]) expect(part).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(headline).toContain("U+202E");
  });

  it("a one-sentence message has no why", () => {
    expect(splitMessage("Unknown name `x`.")).toEqual({ headline: "Unknown name `x`.", rest: "" });
  });
  it("counts in words", () => {
    expect(plural(1, "error", "errors")).toBe("1 error");
    expect(plural(2, "error", "errors")).toBe("2 errors");
    expect(plural(0, "error", "errors")).toBe("0 errors");
  });
});
