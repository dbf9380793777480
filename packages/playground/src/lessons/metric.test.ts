import { describe, expect, it } from "vitest";
import { figureLabel, figureOf, formatFigure } from "./metric.ts";

const doc = {
  summary: { falsifiedShare: 0.0216, gaming: { rush: 0.01 }, ratings: { excellent: 0.05 }, morale: null },
  indicators: { response: { bunching: 1.2054 } },
};

describe("lesson figures", () => {
  it("reads nested figures and gives null for missing or undefined ones", () => {
    expect(figureOf(doc, "summary.gaming.rush")).toBe(0.01);
    expect(figureOf(doc, "indicators.response.bunching")).toBe(1.2054);
    expect(figureOf(doc, "summary.morale")).toBeNull();
    expect(figureOf(doc, "summary.ratings.top")).toBeNull();
    expect(figureOf(doc, "indicators.nope.bunching")).toBeNull();
  });

  it("formats each kind of figure the way a room reads it", () => {
    expect(formatFigure("summary.falsifiedShare", 0.0216)).toBe("2.2%");
    expect(formatFigure("summary.falsifiedShare", 0.0216, true)).toBe("2.16%");
    expect(formatFigure("indicators.response.bunching", 1.2054)).toBe("×1.21");
    expect(formatFigure("summary.scoreAbilityCorrelation", 0.158)).toBe("0.16");
    expect(formatFigure("summary.morale", null)).toBe("—");
  });

  it("names ratings and indicator figures it has no label for", () => {
    expect(figureLabel("summary.ratings.excellent")).toBe("Share rated excellent");
    expect(figureLabel("indicators.response.bunching")).toBe("Bunching at the response threshold");
  });
});
