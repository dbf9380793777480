import { describe, expect, it } from "vitest";
import { figureByKey, figureValue, formatFigure, HEADLINE_FIGURES, SUMMARY_FIGURES, supportedDigits } from "../src/figures.ts";
import { GAMING_KINDS } from "../src/candidates.ts";
import { run } from "./support/kpi.ts";
import * as S from "./schemes.ts";

describe("the figure catalogue", () => {
  it("describes every figure of a run's summary, and every headline figure", () => {
    const summary = run(S.closures(40), { staff: 60, periods: 1 }).summary;
    for (const [k, v] of Object.entries(summary)) {
      if (k === "gaming" || k === "ratings" || k === "amounts") continue;
      expect(figureByKey(k), k).not.toBeNull();
      expect(typeof v === "number" || v === null).toBe(true);
    }
    for (const k of GAMING_KINDS) expect(figureByKey(`gaming.${k}`)).not.toBeNull();
    for (const k of HEADLINE_FIGURES) expect(figureByKey(k)!.meaning.length).toBeGreaterThan(10);
    expect(new Set(SUMMARY_FIGURES.map((f) => f.key)).size).toBe(SUMMARY_FIGURES.length);
    expect(figureByKey("ratings.good")!.format).toBe("share");
    expect(figureByKey("indicators.x.bunching")!.format).toBe("ratio");
  });

  it("reads a figure from a document by its key", () => {
    const doc = { summary: { falsifiedShare: 0.02, gaming: { rush: 0.1 } }, indicators: { x: { bunching: 1.5 } } };
    expect(figureValue(doc, "falsifiedShare")).toBe(0.02);
    expect(figureValue(doc, "summary.gaming.rush")).toBe(0.1);
    expect(figureValue(doc, "indicators.x.bunching")).toBe(1.5);
    expect(figureValue(doc, "ratings.top")).toBeNull();
  });

  it("shows no more digits than the interval supports", () => {
    const share = figureByKey("falsifiedShare")!;
    expect(formatFigure(share, 0.0604, { interval: { low: 0.0512, high: 0.0684 } })).toBe("6.0% (5.1–6.8)");
    expect(formatFigure(figureByKey("gamingRate")!, 0.0947, { interval: { low: 0.074, high: 0.115 } })).toBe("9% (7–12)");
    expect(formatFigure(share, 0.0604)).toBe("6.0%");
    expect(formatFigure(figureByKey("meanScore")!, 84.96, { interval: { low: 83.1, high: 86.8 } })).toBe("85 (83–87)");
    expect(formatFigure(share, null)).toBe("n/a");
    // Narrow intervals never add digits beyond the format's.
    expect(supportedDigits(1, { low: 0.5, high: 0.5001 })).toBe(1);
    expect(supportedDigits(2, { low: 0, high: 20 })).toBe(0);
  });
});
