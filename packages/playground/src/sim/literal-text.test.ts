import { describe, expect, it } from "vitest";
import { literalText, replaceSlice, sweepValues } from "./literal-text.ts";

describe("sweep literals", () => {
  it("writes percents as percents and rounds float noise away", () => {
    expect(literalText(0.85, true)).toBe("85%");
    expect(literalText(0.1 + 0.2, true)).toBe("30%");
    expect(literalText(12.5, false)).toBe("12.5");
  });

  it("spaces values evenly, ends included", () => {
    expect(sweepValues(0.8, 1, 5)).toEqual([0.8, 0.85, 0.9, 0.95, 1]);
    expect(sweepValues(0, 10, 1)).toEqual([0, 10]);
  });

  it("replaces exactly the literal", () => {
    expect(replaceSlice("target 98%\n", 7, 10, "90%")).toBe("target 90%\n");
  });
});
