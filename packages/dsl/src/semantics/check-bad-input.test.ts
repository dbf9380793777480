/** The checker on input that once broke it: every case ends in located diagnostics, never a throw. */
import { describe, expect, it } from "vitest";
import { analyze } from "./analyze.ts";

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
    const text = Array.from({ length: n }, (_, i) => `group g${i} { group g${(i + 1) % n} weight 100 }`).join("\n") + `\n${BANDS}`;
    const cycles = analyze(text).diagnostics.filter((d) => d.code === "KPI008");
    expect(cycles).toHaveLength(n);
    expect(Math.max(...cycles.map((d) => d.message.length))).toBeLessThan(200);
  });
});
