import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyze } from "../semantics/analyze.ts";
import { codeActions } from "./code-actions.ts";
import { at } from "./fixtures.test-util.ts";

// `target 95` on a share: KPI102 (plain number on a ratio) and KPI201 (excessive target) both
// ask for the same edit.
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
    const codes = a.diagnostics.filter((d) => d.fixes?.length).map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(["KPI102", "KPI201"]));
    const actions = codeActions(a, at(TARGET_95, "95", 1));
    expect(actions).toHaveLength(1);
    expect(actions[0]!.edits.map((e) => e.newText)).toEqual(["95%"]);
    expect(actions[0]!.diagnostics.map((d) => d.code).sort()).toEqual(["KPI102", "KPI201"]);
    expect(actions[0]!.isPreferred).toBe(true);
  });

  it("KPI201 reads a plain number on a share as KPI102 does, never as thousands of percent", () => {
    const kpi201 = analyze(TARGET_95).diagnostics.find((d) => d.code === "KPI201")!;
    expect(kpi201.message).not.toMatch(/9500%/);
    expect(kpi201.message).toContain("`target 95`");
    expect(kpi201.message).toContain("did you mean `95%`?");
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
