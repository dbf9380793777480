/** A property value ends with its line: an operator left dangling never swallows the next line. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse } from "./parser.ts";

const block = (valueLine: string) => `indicator x {\n  ${valueLine}\n  target 95%\n  weight 10\n}\n`;

describe("a value ends with its line", () => {
  it("`value received /` leaves the next line's property alone", () => {
    const r = parse(block("value received /"));
    const keys = r.file.declarations[0]!.properties.map((p) => p.key.text);
    expect(keys).toEqual(["value", "target", "weight"]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toContain("`/`");
    expect(r.errors[0]!.range.start).toMatchObject({ line: 2, column: 18 });
  });

  it("holds for every binary operator", () => {
    fc.assert(
      fc.property(fc.constantFrom("+", "-", "*", "/", "<", "<=", ">", ">=", "==", "!=", "and", "or"), (op) => {
        const r = parse(block(`value a ${op}`));
        const target = r.file.declarations[0]!.properties.find((p) => p.key.text === "target");
        expect(target, op).toBeDefined();
        expect(r.errors.length, op).toBeGreaterThan(0);
      }),
    );
  });

  it("an operator at the start of a line does not continue the line above", () => {
    const r = parse("indicator x {\n  value a\n  / b\n}\n");
    const value = r.file.declarations[0]!.properties[0]!;
    expect(value.value.kind === "expr" && value.value.expr.kind).toBe("name");
    expect(r.errors.length).toBeGreaterThan(0);
  });

  it("a whole expression on one line still parses", () => {
    expect(parse(block("value (a + b) / c * 2 >= 1 and not d")).errors).toEqual([]);
  });
});
