import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBack } from "./read-back.ts";
import { render, type Message } from "./translate.ts";

const perverse = (name: string, old: string, next: string, before: string, after: string, n: number): Message => ({
  key: "perverse.indicator",
  params: {
    name,
    work: { key: "perverse.work.late", params: { n } },
    direction: "down",
    old,
    new: next,
    points: { key: "perverse.points", params: { old, new: next } },
    result: { key: "perverse.result", params: { before, after } },
  },
});

describe("reading a sentence back into its message", () => {
  it("gives back the values a rendering shows, whatever they are", () => {
    const value = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes("\u0000"));
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(value, value, value, value, value, fc.integer({ min: 1, max: 5 }), (name, old, next, before, after, n) => {
        const m = perverse(name, old, next, before, after, n);
        const back = readBack(perverse("x", "1", "2", "3", "4", n), render("en", m));
        runs++;
        // Either the very values, or (when values repeat the template's words) a refusal; never wrong ones.
        if (back) {
          read++;
          expect(render("en", back)).toBe(render("en", m));
        }
      }),
    );
    expect(read / runs).toBeGreaterThan(0.9);
    const m = perverse("on_time", "74.1%", "72.3%", "64.5", "66", 1);
    expect(readBack(perverse("x", "1", "2", "3", "4", 1), render("en", m))).toEqual(m);
  });

  it("refuses a text of another shape: another count, another clause, another sentence", () => {
    const text = render("en", perverse("on_time", "74.1%", "72.3%", "64.5", "66", 1));
    expect(readBack(perverse("x", "1", "2", "3", "4", 2), text)).toBeNull();
    const shape = perverse("x", "1", "2", "3", "4", 1);
    expect(readBack({ ...shape, params: { ...shape.params, points: { key: "perverse.pointsAtLimit" } } }, text)).toBeNull();
    expect(readBack(perverse("x", "1", "2", "3", "4", 1), `${text} more`)).toBeNull();
  });

  it("keeps a value that only chooses words", () => {
    const shape = perverse("x", "1", "2", "3", "4", 1);
    const up = { ...shape, params: { ...shape.params, direction: "up" } };
    const read = readBack(up, render("en", perverse("on_time", "5", "6", "7", "8", 1)));
    expect(read).toBeNull();
    expect(readBack(shape, render("en", perverse("on_time", "5", "6", "7", "8", 1)))!.params!.direction).toBe("down");
  });
});
