/** KPI001–KPI008, KPI101, KPI102: each code with a case that triggers it and one that doesn't. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "./analyze.ts";

const BANDS = "rating good { min 70 }\nrating fallback { reward 0% }";
const BASE = `metric a { type count }\nmetric b { type count }\n${BANDS}`;

function applyEdits(text: string, edits: { range: { start: { offset: number }; end: { offset: number } }; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start.offset - a.range.start.offset))
    out = out.slice(0, e.range.start.offset) + e.newText + out.slice(e.range.end.offset);
  return out;
}

function codes(text: string): string[] {
  return analyze(text)
    .diagnostics.filter((d) => !d.suppressed)
    .map((d) => d.code);
}

const cases: [string, string, string][] = [
  // [code, triggers, does not trigger]
  ["KPI001", `indicator { value a floor 0 target 1 weight 100 }\n${BASE}`, `indicator i { value a floor 0 target 1 weight 100 }\n${BASE}`],
  [
    "KPI002",
    `indicator i { value resolvd floor 0 target 1 weight 100 }\n${BASE}`,
    `indicator i { value a floor 0 target 1 weight 100 }\n${BASE}`,
  ],
  [
    "KPI003",
    `indicator a { value b floor 0 target 1 weight 100 }\n${BASE}`,
    `indicator i { value b floor 0 target 1 weight 100 }\n${BASE}`,
  ],
  [
    "KPI004",
    `indicator i { value a floor 0 target 1 weight 100 wieght 3 }\n${BASE}`,
    `indicator i { value a floor 0 target 1 weight 100 }\n${BASE}`,
  ],
  ["KPI005", `indicator i { value a floor 0 target 1 }\n${BASE}`, `indicator i { value a floor 0 target 1 weight 100 }\n${BASE}`],
  [
    "KPI006",
    `indicator i { value a floor 0 target 1 weight 100 }\nmetric a { type count }\nmetric b { type count }\nrating good { min 70 }`,
    `indicator i { value a floor 0 target 1 weight 100 }\n${BASE}`,
  ],
  [
    "KPI007",
    `indicator i { value a floor 1 target 1 weight 100 }\n${BASE}`,
    `indicator i { value a floor 0 target 1 weight 100 }\n${BASE}`,
  ],
  [
    "KPI008",
    `indicator i { group x value a floor 0 target 1 weight 100 }\ngroup x { weight 100 group y }\ngroup y { weight 100 group x }\n${BASE}`,
    `indicator i { group x value a floor 0 target 1 weight 100 }\ngroup x { weight 100 group y }\ngroup y { weight 100 }\n${BASE}`,
  ],
  [
    "KPI101",
    `indicator i { value a floor 0 target 1 weight 60 }\nindicator j { value b floor 0 target 1 weight 30 }\n${BASE}`,
    `indicator i { value a floor 0 target 1 weight 70 }\nindicator j { value b floor 0 target 1 weight 30 }\n${BASE}`,
  ],
  [
    "KPI102",
    `indicator i { value a / b floor 80 target 95 weight 100 }\n${BASE}`,
    `indicator i { value a / b floor 80% target 95% weight 100 }\n${BASE}`,
  ],
];

describe("checker codes", () => {
  it("knows only the language's functions, not the names every object inherits", () => {
    for (const name of ["constructor", "toString", "hasOwnProperty", "__proto__"]) {
      expect(codes(`indicator i { value ${name}(a) floor 0 target 1 weight 100 }\n${BASE}`), name).toContain("KPI002");
    }
    expect(codes(`indicator i { value abs(a) floor 0 target 1 weight 100 }\n${BASE}`)).not.toContain("KPI002");
  });

  it.each(cases)("%s fires on its case and not on the fixed one", (code, bad, good) => {
    expect(codes(bad)).toContain(code);
    expect(codes(good)).not.toContain(code);
  });

  it("KPI002 suggests the close name and offers the fix", () => {
    const d = analyze(
      `indicator i { value resolvd floor 0 target 1 weight 100 }\nmetric resolved { type count }\n${BANDS}`,
    ).diagnostics.find((x) => x.code === "KPI002")!;
    expect(d.message).toMatch(/did you mean `resolved`/);
    expect(d.fixes?.[0]?.edits[0]?.newText).toBe("resolved");
  });

  it("KPI002 in a gate's `when` offers the total `score` too, and its fix resolves", () => {
    const text = `metric resolved { type count }\nindicator i { value resolved floor 0 target 1 weight 100 }\ngate g { when scor < 20 cap rating fallback }\n${BANDS}`;
    const d = analyze(text).diagnostics.find((x) => x.code === "KPI002")!;
    expect(d.message).toMatch(/did you mean `score`/);
    const edit = d.fixes![0]!.edits[0]!;
    const fixed = text.slice(0, edit.range.start.offset) + edit.newText + text.slice(edit.range.end.offset);
    expect(analyze(fixed).diagnostics.filter((x) => x.code === "KPI002")).toEqual([]);
    // Not in a value, where `score` means nothing.
    const inValue = analyze(`metric resolved { type count }\nindicator i { value scor floor 0 target 1 weight 100 }\n${BANDS}`);
    expect(inValue.diagnostics.find((x) => x.code === "KPI002")!.message).not.toMatch(/`score`/);
  });

  it("KPI101 says when weights sum to 0 (every score empty), at top level and in a group", () => {
    const top = `indicator i { value a floor 0 target 1 weight 0 }\nindicator j { value b floor 0 target 1 weight 0 }\n${BASE}`;
    const d = analyze(top).diagnostics.find((x) => x.code === "KPI101")!;
    expect(d.message).toContain("sum to 0");
    expect(d.range.start).toMatchObject({ line: 1 });
    const grouped = `group g { weight 100 }\nindicator i { group g value a floor 0 target 1 weight 0 }\n${BASE}`;
    expect(analyze(grouped).diagnostics.find((x) => x.code === "KPI101")!.message).toContain("group `g` sum to 0");
  });

  it("KPI101's quick fix normalises weights to sum to exactly 100", () => {
    const text = `indicator i { value a floor 0 target 1 weight 1 }\nindicator j { value b floor 0 target 1 weight 2 }\n${BASE}`;
    const d = analyze(text).diagnostics.find((x) => x.code === "KPI101")!;
    let fixed = text;
    for (const e of [...d.fixes![0]!.edits].sort((x, y) => y.range.start.offset - x.range.start.offset)) {
      fixed = fixed.slice(0, e.range.start.offset) + e.newText + fixed.slice(e.range.end.offset);
    }
    expect(codes(fixed)).not.toContain("KPI101");
    expect(analyze(fixed).scheme!.indicators.map((i) => i.weight)).toEqual([33.33, 66.67]);
  });

  it("KPI101 lists every share of a small group and the first few of a huge one", () => {
    const many = Array.from({ length: 40 }, (_, i) => `indicator i${i} { value a floor 0 target 1 weight 10 }`).join("\n");
    const message = analyze(`${many}\n${BASE}`).diagnostics.find((x) => x.code === "KPI101")!.message;
    expect(message).toContain("i0 2.5%, i1 2.5%");
    expect(message).toContain("i7 2.5% and 32 more");
    expect(message).not.toContain("i8 ");
    const d = analyze(
      `indicator i { value a floor 0 target 1 weight 1 }\nindicator j { value b floor 0 target 1 weight 2 }\n${BASE}`,
    ).diagnostics.find((x) => x.code === "KPI101")!;
    expect(d.message).toContain("(i 33.33%, j 66.67%)");
    expect(d.fixes![0]!.edits).toHaveLength(2);
  });

  it("KPI102's quick fix turns 95 into 95%", () => {
    const d = analyze(`indicator i { value a / b floor 80% target 95 weight 100 }\n${BASE}`).diagnostics.find((x) => x.code === "KPI102")!;
    expect(d.fixes?.[0]?.edits[0]?.newText).toBe("95%");
  });

  it("KPI102 fires in a gate's `when` on a ratio compared with a plain number above 1, either side, and its fix clears it", () => {
    const RATIO = `metric sat { type ratio }\nindicator i { value a / b floor 80% target 95% weight 100 }\n${BASE}`;
    const ops = ["<", "<=", ">", ">=", "==", "!="] as const;
    fc.assert(
      fc.property(
        fc.constantFrom("sat", "i", "(a / b)"),
        fc.constantFrom(...ops),
        fc.integer({ min: 2, max: 1000 }),
        fc.boolean(),
        (ratio, op, n, flipped) => {
          const when = flipped ? `${n} ${op} ${ratio}` : `${ratio} ${op} ${n}`;
          const text = `gate g {\n  when score < 200 and ${when}\n  cap score 60\n}\n${RATIO}`;
          const found = analyze(text).diagnostics.filter((d) => d.code === "KPI102");
          expect(found.map((d) => text.slice(d.range.start.offset, d.range.end.offset))).toEqual([String(n)]);
          // `sat < 50` holds for every share, `sat > 50` for none; the message says which.
          const below = flipped ? op === ">" || op === ">=" || op === "!=" : op === "<" || op === "<=" || op === "!=";
          expect(found[0]!.message).toContain(below ? "always holds" : "never holds");
          const fixed = applyEdits(text, found[0]!.fixes![0]!.edits);
          expect(codes(fixed)).not.toContain("KPI102");
          expect(codes(text.replace(when, `${ratio} ${op} 0.5`))).not.toContain("KPI102");
        },
      ),
      { numRuns: 60 },
    );
  });

  it("KPI102's quick fix, applied alone, leaves a file with no KPI102 and no KPI007 (floor, target and steps together)", () => {
    const threshold = fc.oneof(
      fc.integer({ min: 2, max: 99 }).map(String),
      fc.integer({ min: 1, max: 99 }).map((n) => `${n}%`),
      fc.integer({ min: 1, max: 9 }).map((n) => `0.${n}`),
    );
    const line = fc
      .record({ floor: threshold, target: threshold, better: fc.constantFrom("higher", "lower") })
      .map(({ floor, target, better }) => `floor ${floor} target ${target} better ${better}`);
    const steps = fc
      .uniqueArray(fc.tuple(threshold, fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 3, selector: ([t]) => t })
      .map((list) => list.map(([t, p]) => `step ${t} -> ${p}`).join(" "));
    fc.assert(
      fc.property(fc.oneof(line, steps), (scoring) => {
        const text = `indicator i { value a / b ${scoring} weight 100 }\n${BASE}`;
        const before = analyze(text).diagnostics;
        const kpi007 = before.filter((d) => d.code === "KPI007").length;
        for (const d of before.filter((x) => x.code === "KPI102" && x.fixes)) {
          const after = codes(applyEdits(text, d.fixes![0]!.edits));
          expect(after, `${text} fixed by ${d.fixes![0]!.title}`).not.toContain("KPI102");
          expect(after.filter((c) => c === "KPI007").length).toBeLessThanOrEqual(kpi007);
          if (kpi007 === 0) expect(after).not.toContain("KPI007");
        }
      }),
      { numRuns: 300 },
    );
    // The reviewer's case: both written as plain numbers; one fix writes both percents.
    const both = `indicator i { value a / b floor 80 target 95 weight 100 }\n${BASE}`;
    const fix = analyze(both).diagnostics.find((d) => d.code === "KPI102")!.fixes![0]!;
    expect(codes(applyEdits(both, fix.edits)).filter((c) => c === "KPI102" || c === "KPI007")).toEqual([]);
  });

  it("reports indicator values that refer to each other in a circle (KPI008)", () => {
    expect(
      codes(`indicator i { value j floor 0 target 1 weight 50 }\nindicator j { value i floor 0 target 1 weight 50 }\n${BASE}`),
    ).toContain("KPI008");
  });

  it("effective weights multiply through nested groups", () => {
    const a = analyze(`indicator i { group inner value a floor 0 target 1 weight 50 }
indicator j { group inner value b floor 0 target 1 weight 50 }
indicator k { group outer value b floor 0 target 1 weight 50 }
group inner { group outer weight 50 }
group outer { weight 60 }
indicator top { value a floor 0 target 1 weight 40 }
${BASE}`);
    const ew = Object.fromEntries(a.scheme!.indicators.map((i) => [i.name, i.effectiveWeight]));
    expect(ew.i).toBeCloseTo(0.15);
    expect(ew.k).toBeCloseTo(0.3);
    expect(ew.top).toBeCloseTo(0.4);
  });
});

describe("simulation blocks", () => {
  it("KPI004 when the four population shares do not sum to 100%", () => {
    const base = `indicator i { value a floor 0 target 1 weight 100 }\n${BASE}`;
    expect(codes(`${base}\nsimulation s { saints 10% honest 60% reactive 25% maniacs 10% }`)).toContain("KPI004");
    expect(codes(`${base}\nsimulation s { saints 10% honest 60% reactive 25% maniacs 5% }`)).not.toContain("KPI004");
  });
});
