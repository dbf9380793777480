import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import { parse } from "../syntax/parser.ts";
import { decimalText, findLiteral, literalAt, LiteralPathError, literalText, parseLiteralPath, setLiteral } from "./literal-path.ts";

const SCHEME = `scheme "Test scheme" {
  version "1"
}

metric done "Done" {
  type count
  source system
}

metric errors "Errors" {
  type count
  source system
}

indicator volume "Volume" {
  aspect volume
  value done
  floor 10
  target 50
  weight 50
}

indicator quality "Quality" {
  aspect quality
  value errors / done
  better lower
  floor 20%
  target 2%
  weight 50
}

gate sloppy "Sloppy" {
  when errors > 10
  cap score 60
}

rating excellent "Excellent" {
  min 90
  quota 20%
  reward 10%
}

rating good "Good" {
  min 60
  reward 5%
}

rating poor "Poor" {
  reward 0%
}
`;

describe("literal paths", () => {
  it("keeps the percent form of a percent literal", () => {
    const out = setLiteral(SCHEME, "quality.floor", 0.25);
    expect(out).toBe(SCHEME.replace("floor 20%", "floor 25%"));
  });

  it("writes plain numbers plainly, and negatives with a minus", () => {
    expect(setLiteral(SCHEME, "volume.target", 45)).toBe(SCHEME.replace("target 50", "target 45"));
    const withPenalty = SCHEME.replace("reward 0%", "reward -10%");
    expect(setLiteral(withPenalty, "poor.reward", -0.05)).toBe(SCHEME.replace("reward 0%", "reward -5%"));
  });

  it("reaches quota shares and cap score limits", () => {
    expect(setLiteral(SCHEME, "excellent.quota", 0.1)).toBe(SCHEME.replace("quota 20%", "quota 10%"));
    expect(setLiteral(SCHEME, "sloppy.cap", 50)).toBe(SCHEME.replace("cap score 60", "cap score 50"));
  });

  it("changes only the literal: the analysed value is the one set", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (k) => {
        const v = k / 1000;
        const scheme = analyze(setLiteral(SCHEME, "quality.floor", v * 0.5 + 0.1)).scheme!;
        expect(scheme.indicators.find((i) => i.name === "quality")!.floor).toBeCloseTo(v * 0.5 + 0.1, 12);
      }),
    );
  });

  // Below 1e-20 a value prints as 0: no KPI literal is that small, and the language has no exponents.
  it("prints decimals without float noise or exponents", () => {
    expect(literalText(0.95, true)).toBe("95%");
    expect(literalText(0.07, true)).toBe("7%");
    expect(literalText(0.1 + 0.2, false)).toBe("0.3");
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
        const text = `metric m { type count\n audit ${literalText(n, percent)} }`;
        const p = parse(text);
        expect(p.errors).toEqual([]);
        expect(findLiteral(text, "m.audit").value).toBeCloseTo(Number(n.toPrecision(12)), 6);
      }),
    );
  });

  it("says what is wrong with a path", () => {
    const msg = (path: string) => {
      try {
        setLiteral(SCHEME, path, 1);
      } catch (e) {
        expect(e).toBeInstanceOf(LiteralPathError);
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

describe("setLiteral on every numeric literal of the bundled examples", () => {
  it("rewrites exactly that literal, and the file still parses", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = new URL("../../../../examples/", import.meta.url);
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
            found = findLiteral(text, path);
          } catch {
            continue;
          }
          const value = found.value + 0.125;
          const out = setLiteral(text, path, value);
          expect(parse(out).errors, `${f} ${path}`).toEqual([]);
          expect(findLiteral(out, path).value).toBeCloseTo(value, 9);
          expect(out.slice(0, found.range.start.offset)).toBe(text.slice(0, found.range.start.offset));
          expect(out.slice(out.length - (text.length - found.range.end.offset))).toBe(text.slice(found.range.end.offset));
          edited++;
        }
      }
    }
    expect(edited).toBeGreaterThan(50);
  });
});

const STEPS = `indicator products "P" {
  value sold
  step 44 -> 100
  step 36 -> 40
  floor 20%
  target 95%
}

rating top "Top" {
  min 90
  quota 20% of good
}
`;

describe("steps and quotas by path", () => {
  it("rewrites only the named literal, keeping its percent form", () => {
    const out = setLiteral(STEPS, "products.target", 0.85);
    expect(out).toBe(STEPS.replace("target 95%", "target 85%"));
  });

  it("reaches a numbered step's threshold or points, and a quota's share", () => {
    expect(setLiteral(STEPS, "products.step.2.threshold", 30)).toContain("step 30 -> 40");
    expect(setLiteral(STEPS, "products.step.1.points", 60)).toContain("step 44 -> 60");
    expect(findLiteral(STEPS, "top.quota")).toMatchObject({ value: 0.2, percent: true });
  });

  it("names what is missing", () => {
    expect(() => findLiteral(STEPS, "nope.target")).toThrow(LiteralPathError);
    expect(() => findLiteral(STEPS, "products.step")).toThrow(/2 step properties/);
    expect(() => findLiteral(STEPS, "products.step.3.threshold")).toThrow(/no step number 3/);
    expect(() => findLiteral(STEPS, "products.value")).toThrow(/not a single number/);
  });
});

describe("the grammar", () => {
  it("reads the four forms and nothing else", () => {
    expect(parseLiteralPath("on_time.target")).toEqual({ kind: "property", name: "on_time", property: "target" });
    expect(parseLiteralPath("p.step.2.points")).toEqual({ kind: "step", name: "p", index: 2, part: "points" });
    expect(parseLiteralPath("model.capacity")).toEqual({ kind: "model", name: "capacity" });
    expect(parseLiteralPath("population.luck")).toEqual({ kind: "population", name: "luck" });
    for (const bad of ["volume", "a.b.c", "p.step.0.points", "p.step.1.value", "a..b", "a. b"])
      expect(parseLiteralPath(bad), bad).toBeNull();
  });

  it("refuses to look for a model constant in the text", () => {
    expect(() => findLiteral(SCHEME, "model.capacity")).toThrow(/model constant/);
  });
});

describe("literalAt: the number under the cursor names itself by a path that finds it again", () => {
  it("on every literal of the step scheme", () => {
    const file = parse(STEPS).file;
    for (const [needle, path] of [
      ["95%", "products.target"],
      ["36", "products.step.2.threshold"],
      ["-> 40", "products.step.2.points"],
      ["20% of", "top.quota"],
    ] as const) {
      const at = STEPS.indexOf(needle) + (needle.startsWith("->") ? 3 : 0);
      const hit = literalAt(file, at)!;
      expect(hit.path).toBe(path);
      expect(findLiteral(STEPS, path).range).toEqual(hit.range);
    }
    expect(literalAt(file, STEPS.indexOf("value sold"))).toBeNull();
  });

  it("a number inside an expression has no path", () => {
    const text = "indicator x { value a * 2 floor 1 target 3 }";
    const hit = literalAt(parse(text).file, text.indexOf("2"))!;
    expect(hit).toMatchObject({ value: 2, path: null });
  });
});
