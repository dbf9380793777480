import { analyze, parse } from "@goodhart/dsl";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "./errors.ts";
import { decimalText, findNumber, literalFor, setNumber } from "./set-number.ts";
import { SCHEME } from "./test-support/mem-io.ts";

describe("setNumber", () => {
  it("keeps the percent form of a percent literal", () => {
    const out = setNumber(SCHEME, "quality.floor", 0.25);
    expect(out).toBe(SCHEME.replace("floor 20%", "floor 25%"));
  });

  it("writes plain numbers plainly, and negatives with a minus", () => {
    expect(setNumber(SCHEME, "volume.target", 45)).toBe(SCHEME.replace("target 50", "target 45"));
    const withPenalty = SCHEME.replace("reward 0%", "reward -10%");
    expect(setNumber(withPenalty, "poor.reward", -0.05)).toBe(SCHEME.replace("reward 0%", "reward -5%"));
  });

  it("reaches quota shares and cap score limits", () => {
    expect(setNumber(SCHEME, "excellent.quota", 0.1)).toBe(SCHEME.replace("quota 20%", "quota 10%"));
    expect(setNumber(SCHEME, "sloppy.cap", 50)).toBe(SCHEME.replace("cap score 60", "cap score 50"));
  });

  it("changes only the literal: the analysed value is the one set", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (k) => {
        const v = k / 1000;
        const scheme = analyze(setNumber(SCHEME, "quality.floor", v * 0.5 + 0.1)).scheme!;
        expect(scheme.indicators.find((i) => i.name === "quality")!.floor).toBeCloseTo(v * 0.5 + 0.1, 12);
      }),
    );
  });

  // Below 1e-20 a value prints as 0: no KPI literal is that small, and the language has no exponents.
  it("prints decimals without float noise or exponents", () => {
    expect(literalFor(0.95, true)).toBe("95%");
    expect(literalFor(0.07, true)).toBe("7%");
    expect(literalFor(0.1 + 0.2, false)).toBe("0.3");
    expect(decimalText(1e-7)).toBe("0.0000001");
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const text = decimalText(n);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Math.abs(Number(text) - n)).toBeLessThanOrEqual(Math.abs(n) * 1e-11 + 1e-20);
      }),
    );
  });

  it("every literal it writes parses back as the same number", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.boolean(), (n, percent) => {
        const text = `metric m { type count\n audit ${literalFor(n, percent)} }`;
        const p = parse(text);
        expect(p.errors).toEqual([]);
        expect(findNumber(text, "m.audit").value).toBeCloseTo(Number(n.toPrecision(12)), 6);
      }),
    );
  });

  it("says what is wrong with a path", () => {
    const msg = (path: string) => {
      try {
        setNumber(SCHEME, path, 1);
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return (e as Error).message;
      }
      throw new Error("expected an error");
    };
    expect(msg("nothing.target")).toContain("no declaration named nothing");
    expect(msg("volume.ratchet")).toContain("indicator volume has no property ratchet");
    expect(msg("volume.value")).toContain("is not a single number (done)");
    expect(msg("volume")).toContain("a path is NAME.PROPERTY");
  });
});

describe("setNumber on every numeric literal of the bundled examples", () => {
  it("rewrites exactly that literal, and the file still parses", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = new URL("../../../examples/", import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith(".kpi"));
    expect(files.length).toBeGreaterThan(0);
    let edited = 0;
    for (const f of files) {
      const text = readFileSync(new URL(f, dir), "utf8");
      for (const d of parse(text).file.declarations) {
        if (!d.name) continue;
        const keys = d.properties.map((p) => p.key.text);
        for (const key of new Set(keys)) {
          if (keys.filter((k) => k === key).length > 1) continue;
          const path = `${d.name.text}.${key}`;
          let found;
          try {
            found = findNumber(text, path);
          } catch {
            continue;
          }
          const value = found.value + 0.125;
          const out = setNumber(text, path, value);
          expect(parse(out).errors, `${f} ${path}`).toEqual([]);
          expect(findNumber(out, path).value).toBeCloseTo(value, 9);
          expect(out.slice(0, found.range.start.offset)).toBe(text.slice(0, found.range.start.offset));
          expect(out.slice(out.length - (text.length - found.range.end.offset))).toBe(text.slice(found.range.end.offset));
          edited++;
        }
      }
    }
    expect(edited).toBeGreaterThan(50);
  });
});
