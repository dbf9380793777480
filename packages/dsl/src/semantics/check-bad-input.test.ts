/** The checker on input that once broke it: every case ends in located diagnostics, never a throw. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "./analyze.ts";
import { compile } from "../scoring/compile.ts";

const BANDS = "rating good { min 70 }\nrating fallback { reward 0% }";

function located(text: string): { code: string; at: string; message: string }[] {
  return analyze(text).diagnostics.map((d) => ({ code: d.code, at: `${d.range.start.line}:${d.range.start.column}`, message: d.message }));
}

describe("names shared by a group and another declaration", () => {
  it("an indicator named like a group, placed in that group, is a KPI003 at its name", () => {
    const text = `metric m { type count }\ngroup g { weight 100 }\nindicator g { group g value m floor 0 target 10 weight 100 }\n${BANDS}`;
    expect(located(text)).toEqual([expect.objectContaining({ code: "KPI003", at: "3:11" })]);
  });

  it("two groups named alike, the second naming itself as parent, is a KPI003 at the second", () => {
    const text = `metric m { type count }\ngroup g { weight 100 }\ngroup g { group g weight 100 }\nindicator i { group g value m floor 0 target 10 weight 100 }\n${BANDS}`;
    expect(located(text).map((d) => `${d.code} ${d.at}`)).toEqual(["KPI003 3:7"]);
  });

  it("a group named like an earlier indicator is a KPI003, never a crash", () => {
    const text = `metric m { type count }\nindicator g { value m floor 0 target 10 weight 100 }\ngroup g { group g weight 100 }\n${BANDS}`;
    expect(located(text).map((d) => d.code)).toContain("KPI003");
  });
});

describe("group cycles (KPI008)", () => {
  it("reports each member of a cycle once, naming its next link", () => {
    const text = `group a { group b weight 100 }\ngroup b { group c weight 100 }\ngroup c { group a weight 100 }\ngroup d { group a weight 100 }\n${BANDS}`;
    const cycles = located(text).filter((d) => d.code === "KPI008");
    expect(cycles.map((d) => d.at)).toEqual(["1:17", "2:17", "3:17"]);
    expect(cycles[0]!.message).toContain("`a` is inside `b`");
    expect(cycles[2]!.message).toContain("`c` is inside `a`");
  });

  it("a group that is its own parent says so", () => {
    expect(located(`group d { group d weight 100 }\n${BANDS}`).find((d) => d.code === "KPI008")!.message).toContain("names itself");
  });

  it("a cycle of 3,000 groups gives 3,000 short diagnostics, not a list of the cycle in each", () => {
    const n = 3000;
    const text = `${Array.from({ length: n }, (_, i) => `group g${i} { group g${(i + 1) % n} weight 100 }`).join("\n")}\n${BANDS}`;
    const cycles = analyze(text).diagnostics.filter((d) => d.code === "KPI008");
    expect(cycles).toHaveLength(n);
    expect(Math.max(...cycles.map((d) => d.message.length))).toBeLessThan(200);
  });
});

describe("numbers too large (KPI004 at the literal)", () => {
  const B = "metric a { type count }\nrating r { }\n";
  const big = (zeros: number) => `1${"0".repeat(zeros)}`;
  const errors = (text: string) => analyze(text).diagnostics.filter((d) => d.severity === "error");

  it.each([
    ["400 digits in a value", `indicator i { value a * ${"9".repeat(400)} floor 0 target 1 weight 100 }`, "3:25"],
    ["an infinite cap score", `indicator i { value a floor 0 target 1 weight 100 }\ngate g { when a > 1 cap score ${big(400)} }`, "4:31"],
    ["a floor and target 10^308 apart", `indicator i { value a floor -${big(308)} target ${big(308)} weight 100 }`, "3:30"],
    [
      "weights of 10^308",
      `indicator i { value a floor 0 target 1 weight ${big(308)} }\nindicator j { value a floor 0 target 1 weight ${big(308)} }`,
      "3:47",
    ],
    ["a step threshold of 10^400", `indicator i { value a step ${big(400)} -> 100 weight 100 }`, "3:28"],
  ])("%s", (_, decl, at) => {
    const list = errors(B + decl);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((d) => d.code === "KPI004")).toBe(true);
    expect(`${list[0]!.range.start.line}:${list[0]!.range.start.column}`).toBe(at);
    expect(list[0]!.message).toContain("too large");
  });

  it("the limit itself is fine, and a constant that folds past it is not", () => {
    expect(errors(`${B}indicator i { value a floor -1_000_000_000_000_000 target 1_000_000_000_000_000 weight 100 }`)).toEqual([]);
    expect(errors(`${B}indicator i { value a floor 0 target 1 weight 1_000_000_000_000_000 * 10 }`).map((d) => d.code)).toEqual(["KPI004"]);
  });
});

describe("simulation blocks within what the simulator accepts", () => {
  it("periods above 1000 or staff above 100,000,000 are a KPI004 at the value", () => {
    const base = "metric a { type count }\nindicator i { value a floor 0 target 1 weight 100 }\nrating r { }\n";
    const list = analyze(`${base}simulation s { periods 100000 }`).diagnostics.filter((d) => d.severity === "error");
    expect(list.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.column}`)).toEqual(["KPI004 4:24"]);
    expect(list[0]!.message).toContain("no larger than 1_000");
    expect(analyze(`${base}simulation s { staff 200_000_000 }`).diagnostics.map((d) => d.code)).toContain("KPI004");
    expect(analyze(`${base}simulation s { periods 1000 staff 100_000_000 }`).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("rating bands", () => {
  const bands = (n: number) =>
    [...Array.from({ length: n - 1 }, (_, k) => `rating b${k} { min ${k + 1} }`), "rating fallback { }"].join("\n");
  // `cap 300` lets scores reach the highest bands' mins (up to 299), which a band no score can
  // reach would otherwise be a KPI004 of its own.
  const base = "metric a { type count }\nindicator i { value a floor 0 target 1 cap 300 weight 100 }\n";

  it("256 bands are fine, and each staff member gets the right one", () => {
    const a = analyze(base + bands(256));
    expect(a.scheme).not.toBeNull();
    expect(a.scheme!.ratings).toHaveLength(256);
    const compiled = compile(a.scheme!);
    const out = compiled.scoreColumns({ a: Float64Array.from([0, 1]) }, 2);
    expect([...out.rating].map((r) => compiled.ratings[r])).toEqual(["fallback", "b99"]);
  });

  it("a 257th band is a KPI006 at that band, not a band index that wraps around", () => {
    const d = analyze(base + bands(300)).diagnostics.filter((x) => x.severity === "error");
    expect(d.map((x) => x.code)).toEqual(["KPI006"]);
    expect(d[0]!.range.start.line).toBe(2 + 257);
  });
});

describe("numbers no score can use", () => {
  const scheme = (o: { cap?: string; min?: string; gateCap?: string; quota?: string }) =>
    [
      "metric a { type count }",
      `indicator i { value a floor 0 target 10${o.cap ? ` cap ${o.cap}` : ""} weight 100 }`,
      `gate g { when a > 5 cap ${o.gateCap ?? "score 60"} }`,
      `rating top { min ${o.min ?? "90"} }`,
      `rating good { min 70${o.quota ? ` quota ${o.quota}` : ""} }`,
      "rating low { min 40 }",
      "rating fallback { }",
    ].join("\n");
  const errors = (text: string) =>
    analyze(text)
      .diagnostics.filter((d) => d.severity === "error")
      .map((d) => `${d.code} ${text.slice(d.range.start.offset, d.range.end.offset)}`);

  it("a rating's min above every score, or a score cap outside 0..that, is a KPI004 at the number", () => {
    // Points run from 0 to 100, or to the largest indicator cap above 100.
    fc.assert(
      fc.property(fc.integer({ min: 91, max: 400 }), fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }), (n, cap) => {
        const top = Math.max(100, cap ?? 100);
        const text = scheme({ min: String(n), ...(cap === null ? {} : { cap: String(cap) }) });
        expect(errors(text)).toEqual(n > top ? [`KPI004 ${n}`] : []);
        expect(errors(scheme({ gateCap: `score ${n}`, ...(cap === null ? {} : { cap: String(cap) }) }))).toEqual(
          n > top ? [`KPI004 ${n}`] : [],
        );
      }),
      { numRuns: 80 },
    );
    expect(analyze(scheme({ min: "150" })).diagnostics.find((d) => d.code === "KPI004")!.message).toContain("No score can reach `min 150`");
    expect(errors(scheme({ gateCap: "score 0 - 5" }))).toEqual(["KPI004 0 - 5"]);
    expect(errors(scheme({ gateCap: "score 0" }))).toEqual([]);
  });

  it("a negative `cap score` is one KPI004 at the limit that says the range and what to write", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.boolean(), (n, spaced) => {
        const limit = spaced ? `- ${n}` : `-${n}`;
        const text = scheme({ gateCap: `score ${limit}` });
        expect(errors(text)).toEqual([`KPI004 ${limit}`]);
        const message = analyze(text).diagnostics.find((d) => d.code === "KPI004")!.message;
        expect(message).toContain(`\`cap score -${n}\` would give a score below 0`);
        expect(message).toContain("Give a limit from 0 to 100, e.g. `cap score 60`.");
      }),
      { numRuns: 40 },
    );
  });

  it("`cap rating` of the best band caps nothing: a KPI004 at the band that names one below", () => {
    expect(errors(scheme({ gateCap: "rating top" }))).toEqual(["KPI004 top"]);
    const message = analyze(scheme({ gateCap: "rating top" })).diagnostics.find((d) => d.code === "KPI004")!.message;
    expect(message).toBe(
      "`cap rating top` never lowers a rating: `top` is the best band, so no one is rated above it. Cap at a band below it, e.g. `cap rating good`.",
    );
    for (const band of ["good", "low", "fallback"]) expect(errors(scheme({ gateCap: `rating ${band}` }))).toEqual([]);
    // The best band is the highest `min` wherever it is declared; a lone fallback is the best band too.
    const reordered =
      "metric a { type count }\nindicator i { value a floor 0 target 10 weight 100 }\ngate g { when a > 5 cap rating hi }\nrating lo { min 10 }\nrating hi { min 80 }\nrating rest { }";
    expect(errors(reordered)).toEqual(["KPI004 hi"]);
    const lone =
      "metric a { type count }\nindicator i { value a floor 0 target 10 weight 100 }\ngate g { when a > 5 cap rating rest }\nrating rest { }";
    expect(errors(lone)).toEqual(["KPI004 rest"]);
    expect(analyze(lone).diagnostics[0]!.message).toContain("no band below it: cap the score instead, e.g. `cap score 60`");
    // With bands whose order KPI006 questions, that is the one finding.
    expect(errors(lone.replace("rating rest { }", "rating rest { }\nrating other { }"))).toEqual(["KPI006 other"]);
  });

  it("an indicator `cap 0` is a KPI004: the indicator could never earn a point", () => {
    expect(errors(scheme({ cap: "0" }))).toEqual(["KPI004 0"]);
    expect(errors(scheme({ cap: "0.5" }))).toEqual([]);
  });

  it("a quota of a band above its own is a KPI006 at the band's name; of a band below, fine", () => {
    expect(errors(scheme({ quota: "20% of top" }))).toEqual(["KPI006 top"]);
    expect(errors(scheme({ quota: "20% of low" }))).toEqual([]);
    expect(errors(scheme({ quota: "20% of fallback" }))).toEqual([]);
  });
});

describe("two properties on one line (KPI103)", () => {
  const text = "metric a {\n  type count  source system\n}\nindicator i { value a floor 0 target 1 weight 100 }\nrating r { }\n";

  it("fires in a block that spans lines, not in a one-line block, and its fix resolves it", () => {
    const d = analyze(text).diagnostics.filter((x) => x.code === "KPI103");
    expect(d.map((x) => `${x.range.start.line}:${x.range.start.column}`)).toEqual(["2:15"]);
    const edit = d[0]!.fixes![0]!.edits[0]!;
    const fixed = text.slice(0, edit.range.start.offset) + edit.newText + text.slice(edit.range.end.offset);
    expect(fixed).toContain("  type count\n  source system\n");
    expect(analyze(fixed).diagnostics.map((x) => x.code)).not.toContain("KPI103");
  });

  it("format puts each property on its own line, so the warning goes", async () => {
    const { format } = await import("../format/format.ts");
    expect(analyze(format(text)!).diagnostics.map((x) => x.code)).not.toContain("KPI103");
  });
});

describe("a quota that is a share of its own band", () => {
  it("is a KPI006 at the band named after `of`", () => {
    const text =
      "metric a { type count }\nindicator i { value a floor 0 target 1 weight 100 }\nrating excellent { min 90 quota 50% of excellent }\nrating good { min 50 }\nrating rest { }\n";
    const d = analyze(text).diagnostics.filter((x) => x.severity === "error");
    expect(d.map((x) => `${x.code} ${x.range.start.line}:${x.range.start.column}`)).toEqual(["KPI006 3:40"]);
    expect(analyze(text.replace("of excellent", "of good")).diagnostics.filter((x) => x.severity === "error")).toEqual([]);
  });
});

describe("numbers with letters glued on (`1e300`, `40x`)", () => {
  const B = "metric a { type count }\nrating r { min 50 reward 1% }\nrating s { reward 0% }\n";
  const digits = fc.stringMatching(/^[1-9][0-9]{0,3}(\.[0-9]{1,2})?%?$/);
  const tail = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,5}$/);

  it("are one KPI001 at the literal, naming it, whichever property holds them", () => {
    fc.assert(
      fc.property(digits, tail, fc.constantFrom("floor", "target", "weight", "value"), (n, t, key) => {
        const literal = `${n}${t}`;
        const props: Record<string, string> = { value: "a", floor: "0", target: "40", weight: "100" };
        props[key] = key === "value" ? `a * ${literal}` : literal;
        const line = `indicator i { ${Object.entries(props)
          .map(([k, v]) => `${k} ${v}`)
          .join(" ")} }`;
        const list = analyze(B + line).diagnostics.filter((d) => d.severity === "error");
        expect(list).toHaveLength(1);
        expect(list[0]!.code).toBe("KPI001");
        expect(list[0]!.range.start).toMatchObject({ line: 4, column: line.indexOf(literal) + 1 });
        expect(list[0]!.range.end.offset - list[0]!.range.start.offset).toBe(literal.length);
        expect(list[0]!.message).toContain(`\`${literal}\` is not a number`);
      }),
    );
  });

  it("well-formed numbers stay numbers", () => {
    for (const n of ["12", "12.5", "1_000", "98%", "0.5%"]) {
      expect(
        analyze(`${B}indicator i { value a floor 0 target ${n} weight 100 }`).diagnostics.filter((d) => d.severity === "error"),
      ).toEqual([]);
    }
  });
});

describe("a block comment never closed", () => {
  it("is one KPI001 at its `/*`, saying so, not division and stray rules", () => {
    const text = "metric a {\n  type count /* oops\n}\nrating r { reward 0% }\n";
    const list = analyze(text).diagnostics.filter((d) => d.code === "KPI001");
    const at = list.find((d) => d.message.includes("not closed"))!;
    expect(at.range.start).toMatchObject({ line: 2, column: 14 });
    expect(list.some((d) => /Unexpected `[*/]`/.test(d.message))).toBe(false);
    expect(analyze(text).diagnostics.some((d) => d.code === "KPI004")).toBe(false);
    expect(
      analyze("metric a { type count }\n/* trailing")
        .diagnostics.filter((d) => d.code === "KPI001")
        .map((d) => d.message),
    ).toEqual(["This comment is not closed: end it with */."]);
  });
});
