import { describe, expect, it } from "vitest";
import { findLiteral, LessonPathError, setLiteral } from "./edit-scheme.ts";

const SCHEME = `indicator products "P" {
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

describe("scheme literals by path", () => {
  it("rewrites only the named literal, keeping its percent form", () => {
    const out = setLiteral(SCHEME, ["products.target"], 0.85);
    expect(out).toBe(SCHEME.replace("target 95%", "target 85%"));
  });

  it("reaches a numbered step's threshold or points, and a quota's share", () => {
    expect(setLiteral(SCHEME, ["products.step.2.threshold"], 30)).toContain("step 30 -> 40");
    expect(setLiteral(SCHEME, ["products.step.1.points"], 60)).toContain("step 44 -> 60");
    expect(findLiteral(SCHEME, "top.quota")).toMatchObject({ value: 0.2, percent: true });
  });

  it("sets several paths to one value and leaves population paths to the caller", () => {
    const out = setLiteral(SCHEME, ["products.floor", "population.luck", "products.target"], 0.5);
    expect(out).toContain("floor 50%");
    expect(out).toContain("target 50%");
  });

  it("names what is missing", () => {
    expect(() => findLiteral(SCHEME, "nope.target")).toThrow(LessonPathError);
    expect(() => findLiteral(SCHEME, "products.step")).toThrow(/2 step properties/);
    expect(() => findLiteral(SCHEME, "products.step.3.threshold")).toThrow(/no step number 3/);
    expect(() => findLiteral(SCHEME, "products.value")).toThrow(/not a single number/);
  });
});
