import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyze } from "../semantics/analyze.ts";
import { codeActions } from "./code-actions.ts";
import { at } from "./fixtures.test-util.ts";

// `target 95` on a share: KPI102 (plain number on a ratio) alone; KPI201 leaves it to KPI102.
const TARGET_95 = `metric share "Share" {
  type ratio
  source self
}

indicator done "Done" {
  value share
  floor 80%
  target 95
  weight 100
}

rating rest "Rest" {
  reward 0%
}
`;

describe("codeActions, one fix per edit", () => {
  it("merges the same edit offered by two diagnostics into one preferred fix", () => {
    const a = analyze(TARGET_95);
    const kpi102 = a.diagnostics.find((d) => d.code === "KPI102")!;
    // A second finding asking for the very same edit (as two lints may): one action names both.
    const twice = { ...a, diagnostics: [...a.diagnostics, { ...kpi102, code: "KPI201" as const }] };
    const actions = codeActions(twice, at(TARGET_95, "95", 1));
    expect(actions).toHaveLength(1);
    expect(actions[0]!.edits.map((e) => e.newText)).toEqual(["95%"]);
    expect(actions[0]!.diagnostics.map((d) => d.code).sort()).toEqual(["KPI102", "KPI201"]);
    expect(actions[0]!.isPreferred).toBe(true);
  });

  it("a plain number on a share is one finding, KPI102, never an excessive target of thousands of percent", () => {
    const a = analyze(TARGET_95);
    expect(a.diagnostics.filter((d) => d.code === "KPI102")).toHaveLength(1);
    expect(a.diagnostics.some((d) => d.code === "KPI201")).toBe(false);
    const actions = codeActions(a, at(TARGET_95, "95", 1));
    expect(actions.map((c) => c.edits.map((e) => e.newText))).toEqual([["95%"]]);
  });

  it("never offers two identical edits, and prefers at most one fix, wherever the range falls", () => {
    const text = TARGET_95.replace("floor 80%", "floor 80").replace("value share", "value shar");
    const a = analyze(text);
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length), (x, y) => {
        const actions = codeActions(a, x, y);
        const keys = actions.map((c) => JSON.stringify(c.edits.map((e) => [e.range.start.offset, e.range.end.offset, e.newText])));
        expect(new Set(keys).size).toBe(keys.length);
        expect(actions.filter((c) => c.isPreferred).length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
