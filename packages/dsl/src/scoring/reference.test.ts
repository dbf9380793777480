/** Worked examples for each rule of docs/language-reference.md §5, computed by hand in the comments. */
import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import { scoreReference } from "./reference.ts";
import { compile } from "./compile.ts";

function scheme(text: string) {
  const a = analyze(text);
  const errors = a.diagnostics.filter((d) => d.severity === "error");
  if (errors.length) throw new Error(errors.map((e) => e.message).join("\n"));
  return a.scheme!;
}

const BANDS = `
rating excellent { min 90 }
rating good { min 70 }
rating completed { min 50 }
rating not_completed { reward -10% }
`;

describe("5.1 points", () => {
  const s = scheme(`
metric x { type ratio }
metric d { type number }
indicator hi { value x floor 80% target 98% weight 50 }
indicator lo { value d better lower floor 10 target 2 cap 120 weight 25 }
indicator st { value d better lower step 3 -> 100 step 5 -> 70 step 10 -> 40 weight 25 }
${BANDS}`);
  it("floor/target, higher: (v − floor)/(target − floor) × 100, clamped", () => {
    // (0.89 − 0.8) / (0.98 − 0.8) × 100 = 50
    expect(scoreReference(s, { x: 0.89, d: 5 }).indicators.hi!.points).toBeCloseTo(50, 12);
    expect(scoreReference(s, { x: 0.5, d: 5 }).indicators.hi!.points).toBe(0);
    expect(scoreReference(s, { x: 1, d: 5 }).indicators.hi!.points).toBe(100);
  });
  it("floor/target, lower, with cap 120 extending the line past the target", () => {
    // (10 − 6) / (10 − 2) × 100 = 50; v = 1 → 112.5 (under the cap of 120); v = 0 → 125 → 120
    expect(scoreReference(s, { x: 0.9, d: 6 }).indicators.lo!.points).toBe(50);
    expect(scoreReference(s, { x: 0.9, d: 1 }).indicators.lo!.points).toBe(112.5);
    expect(scoreReference(s, { x: 0.9, d: 0 }).indicators.lo!.points).toBe(120);
  });
  it("steps: the most demanding step met wins; none met gives 0", () => {
    expect(scoreReference(s, { x: 0.9, d: 3 }).indicators.st!.points).toBe(100);
    expect(scoreReference(s, { x: 0.9, d: 4 }).indicators.st!.points).toBe(70);
    expect(scoreReference(s, { x: 0.9, d: 10 }).indicators.st!.points).toBe(40);
    expect(scoreReference(s, { x: 0.9, d: 11 }).indicators.st!.points).toBe(0);
  });
});

describe("5.2 missing values", () => {
  const text = (missing: string) => `
scheme { missing ${missing} }
metric a { type count }
metric b { type count }
metric c { type number }
indicator ratio { value a / b floor 0 target 1 weight 50 }
indicator plain { value c floor 0 target 100 weight 50 }
${BANDS}`;
  it("exclude: an undefined indicator is left out and its sibling's weight rescaled", () => {
    // b = 0 → a / b undefined → only plain counts: 80 points × 50 / 50 = 80
    const r = scoreReference(scheme(text("exclude")), { a: 3, b: 0, c: 80 });
    expect(r.indicators.ratio).toEqual({ value: null, points: null });
    expect(r.score).toBe(80);
    expect(r.rating).toBe("good");
  });
  it("exclude: nothing left gives a null score and the fallback band", () => {
    const r = scoreReference(scheme(text("exclude")), { a: null, b: 1, c: null });
    expect(r.score).toBeNull();
    expect(r.rating).toBe("not_completed");
  });
  it("zero: an undefined indicator earns 0 points", () => {
    // (0 × 50 + 80 × 50) / 100 = 40
    const r = scoreReference(scheme(text("zero")), { a: 3, b: 0, c: 80 });
    expect(r.score).toBe(40);
    // The value stays undefined; its points are the 0 the score counted.
    expect(r.indicators.ratio).toEqual({ value: null, points: 0 });
  });
});

describe("5.3 roll-up and gates", () => {
  const s = scheme(`
metric q { type number }
metric v { type number }
metric f { type count }
indicator quality { group work value q floor 0 target 100 weight 30 }
indicator volume { group work value v floor 0 target 100 weight 10 }
indicator top { value q floor 0 target 100 weight 40 }
group work { weight 60 }
gate falsified { when f > 0 cap rating completed }
gate low { when score < 60 and f == 0 cap score 55 }
${BANDS}`);
  it("groups are weighted means; ungrouped indicators sit at the top level beside groups", () => {
    // work = (30×90 + 10×50)/40 = 80; score = (60×80 + 40×90)/100 = 84
    const r = scoreReference(s, { q: 90, v: 50, f: 0 });
    expect(r.groups.work).toBe(80);
    expect(r.score).toBe(84);
    expect(r.rating).toBe("good");
    expect(r.gates).toEqual([]);
  });
  it("cap rating lowers the band; cap score lowers the score; whens see the score before gates", () => {
    const caught = scoreReference(s, { q: 100, v: 100, f: 2 });
    expect(caught.score).toBe(100);
    expect(caught.rating).toBe("completed");
    expect(caught.gates).toEqual(["falsified"]);
    // work = (30×58 + 10×58)/40 = 58 → score 58 < 60 → capped to 55: still `completed`
    const low = scoreReference(s, { q: 58, v: 58, f: 0 });
    expect(low.score).toBe(55);
    expect(low.gates).toEqual(["low"]);
  });
  it("a when that reads an undefined value does not hold", () => {
    const r = scoreReference(s, { q: 100, v: 100, f: null });
    expect(r.gates).toEqual([]);
    expect(r.rating).toBe("excellent");
  });
  it("the compiled scorer gives the same answers", () => {
    const c = compile(s);
    for (const row of [
      { q: 90, v: 50, f: 0 },
      { q: 100, v: 100, f: 2 },
      { q: 58, v: 58, f: 0 },
      { q: 100, v: 100, f: null },
    ]) {
      expect(c.score(row)).toEqual(scoreReference(s, row));
    }
  });
});

describe("5.4 ratings", () => {
  it("the band with the highest min reached; at exactly min the band is reached", () => {
    const s = scheme(`metric x { type number }\nindicator i { value x floor 0 target 100 weight 100 }\n${BANDS}`);
    expect(scoreReference(s, { x: 90 }).rating).toBe("excellent");
    expect(scoreReference(s, { x: 89.999 }).rating).toBe("good");
    expect(scoreReference(s, { x: 49 }).rating).toBe("not_completed");
  });
});
