import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { digitsForSpread, figureText, halfWidth } from "./interval-text.ts";
import { figure, FIGURE_ORDER } from "../figures/figures.ts";

describe("a figure with its interval", () => {
  it("drops the digits a wide interval does not support and writes the half-width with the same digits", () => {
    expect(figureText("falsifiedShare", 0.06123, { low: 0.051, high: 0.068 })).toMatchObject({
      value: "6.1%",
      plusMinus: "± 0.9",
      digits: 1,
    });
    expect(figureText("falsifiedShare", 0.06123, { low: 0.01, high: 0.11 })).toMatchObject({ value: "6%", plusMinus: "± 5" });
    expect(figureText("scoreTruthCorrelation", 0.4671, { low: 0.46, high: 0.474 })).toMatchObject({ value: "0.47", plusMinus: "± 0.01" });
    expect(figureText("meanScore", 71.26, { low: 65, high: 78 })).toMatchObject({ value: "71", plusMinus: "± 7" });
  });

  it("keeps the figure's own digits and no ± without an interval", () => {
    expect(figureText("falsifiedShare", 0.06123)).toMatchObject({ value: "6.1%", plusMinus: null });
    expect(figureText("meanTrueValue", 46.934, { low: null, high: null })).toMatchObject({ value: "46.93", plusMinus: null });
    expect(halfWidth(undefined)).toBeNull();
  });

  it("never writes a half-width as ± 0.0: seeds that agree read ± 0, a tiny spread ± <0.1", () => {
    expect(figureText("falsifiedShare", 0, { low: 0, high: 0 }).plusMinus).toBe("± 0");
    expect(figureText("falsifiedShare", 0.0001, { low: 0.00009, high: 0.00011 }).plusMinus).toBe("± <0.1");
  });

  it("gives a small swing enough digits to read and a large one the figure's own", () => {
    expect(digitsForSpread("falsifiedShare", 0.0003)).toBe(3);
    expect(digitsForSpread("falsifiedShare", 0.2)).toBe(1);
    expect(digitsForSpread("scoreTruthCorrelation", null)).toBe(2);
  });

  it("never shows more digits than without an interval, and the ± is half the width rounded to them", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIGURE_ORDER),
        fc.double({ min: -1, max: 100, noNaN: true }),
        fc.double({ min: 1e-6, max: 50, noNaN: true }),
        (key, mean, half) => {
          const bare = figureText(key, mean);
          const t = figureText(key, mean, { low: mean - half, high: mean + half });
          expect(t.digits).toBeLessThanOrEqual(bare.digits);
          const scale = figure(key).format === "share" ? 100 : 1;
          const written = t.plusMinus!.slice(2);
          if (written.startsWith("<")) expect(half * scale).toBeLessThan(Number(written.slice(1)));
          else expect(Number(written)).toBeCloseTo(half * scale, Math.max(0, t.digits - 1));
        },
      ),
    );
  });
});
