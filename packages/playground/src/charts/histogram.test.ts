import { describe, expect, it } from "vitest";
import { histogram } from "./histogram.ts";

describe("histogram", () => {
  it("counts every finite value once and sets NaN aside", () => {
    const values = new Float64Array([0.1, 0.5, 0.5, 0.9, Number.NaN]);
    const h = histogram(values, [], 10);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(h.missing).toBe(1);
  });

  it("stretches the range to show thresholds outside the data", () => {
    const h = histogram([0.5, 0.6], [0.98], 20);
    expect(h.edges[0]).toBeLessThanOrEqual(0.5);
    expect((h.edges.at(-1) ?? NaN) + h.width).toBeGreaterThanOrEqual(0.98);
  });

  it("puts values bunched just above a target into the bins there", () => {
    const values = [...Array(50).fill(0.981), 0.2, 0.5];
    const h = histogram(values, [0.98], 40);
    const bin = Math.floor((0.981 - (h.edges[0] ?? NaN)) / h.width);
    expect(h.counts[bin]).toBe(50);
  });

  it("keeps a share's bins inside 0–100%", () => {
    const h = histogram([0, 0.5, 1, 1], [1], 20, { min: 0, max: 1 });
    expect(h.edges[0]).toBeGreaterThanOrEqual(0);
    expect(h.edges[h.edges.length - 1]! + h.width).toBeLessThanOrEqual(1 + 1e-9);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(4);
  });
  it("handles all-equal values and empty input", () => {
    expect(histogram([3, 3, 3], []).counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(histogram([], []).counts).toEqual([]);
  });
});
