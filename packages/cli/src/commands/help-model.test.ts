import { readFileSync } from "node:fs";
import { MODEL_CONSTANTS } from "@goodhart/simulator";
import { constantWords, missingConstantWords, staleConstantWords } from "@goodhart/dsl";
import { describe, expect, it } from "vitest";
import { runWith } from "../test-support/mem-io.ts";
import { modelTableMarkdown, modelTableText } from "./help-model.ts";

describe("goodhart help model", () => {
  it("prints every constant of the simulator's table with its default, unit, range, source and meaning", async () => {
    const r = await runWith(["help", "model"], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(modelTableText());
    for (const c of MODEL_CONSTANTS) {
      const line = r.stdout.split("\n").find((l) => l.startsWith(`${c.name} `))!;
      expect(line, c.name).toContain(`${c.low}..${c.high}`);
      expect(line).toContain(c.meaning);
      expect(line).toContain(c.source);
    }
  });

  it("renders whatever the table holds (a constant added there appears here)", () => {
    const extra = [
      ...MODEL_CONSTANTS,
      { name: "newOne", default: 1, unit: "widgets", low: 0, high: 2, source: "assumed", meaning: "a constant added later" },
    ];
    expect(modelTableText(extra)).toContain("newOne");
    expect(modelTableMarkdown(extra).split("\n")).toHaveLength(extra.length + 2);
  });

  it("every constant has a Vietnamese meaning, and every unit and source a Vietnamese rendering", () => {
    expect(missingConstantWords("vi", MODEL_CONSTANTS)).toEqual([]);
    expect(staleConstantWords("vi", MODEL_CONSTANTS)).toEqual([]);
    // A constant added to the table without one is caught.
    expect(
      missingConstantWords("vi", [
        ...MODEL_CONSTANTS,
        { name: "newOne", unit: "widgets", source: "assumed", meaning: "a constant added later" },
      ]),
    ).toEqual(["meaning of newOne", 'unit "widgets"']);
  });

  it("help model --lang vi: the frame and every constant's unit, source and meaning in Vietnamese; names, defaults and ranges unchanged", async () => {
    const r = await runWith(["help", "model", "--lang", "vi"], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(modelTableText(MODEL_CONSTANTS, "vi"));
    expect(r.stdout).toContain("Các hằng số của mô hình.");
    expect(r.stdout.split("\n")[4]).toMatch(/^tên +mặc định +đơn vị +khoảng hợp lý +nguồn +ý nghĩa$/);
    for (const c of MODEL_CONSTANTS) {
      const vi = constantWords("vi", c);
      const line = r.stdout.split("\n").find((l) => l.startsWith(`${c.name} `))!;
      expect(line, c.name).toContain(`${c.low}..${c.high}`);
      expect(line).toContain(vi.meaning);
      expect(line).toContain(vi.source);
      expect(vi.meaning).not.toBe(c.meaning);
      expect(line).not.toContain(c.meaning);
    }
  });

  it("docs/model.md carries exactly the generated table", () => {
    const doc = readFileSync(new URL("../../../../docs/model.md", import.meta.url), "utf8");
    const m = /<!-- model-constants:start -->\n([\s\S]*?)\n<!-- model-constants:end -->/.exec(doc);
    expect(m, "docs/model.md has the model-constants markers").not.toBeNull();
    expect(m![1]).toBe(modelTableMarkdown());
  });
});
