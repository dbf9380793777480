import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseExpectations } from "./parse.ts";

const ok = (text: string) => {
  const r = parseExpectations(text, "t.expect");
  expect(r.errors.map((e) => e.text)).toEqual([]);
  return r.expectations;
};
const errorsOf = (text: string) => parseExpectations(text, "dir/t.expect").errors.map((e) => e.text);

describe("parseExpectations", () => {
  it("reads the scheme, cases, inputs (numbers, percents, missing) and every kind of check", () => {
    const file = ok(`# a comment
scheme ../examples/one-stop-shop-clerk.kpi   # trailing comment
case "Base"
  assigned 1_000
  satisfaction 92.5%
  reprimands missing
  expect score 93.5 ± 0.5
  expect score 93.5 +- 0.5
  expect rating excellent
  expect rating at least good
  expect rating at most good
  expect gate khiển_trách
  expect no gate khiển_trách
  expect no gates
  expect points on_time 80
  expect value on_time 97.25%
  expect group kết_quả missing
case "Derived" like "Base"
  assigned 2
`);
    expect(file.scheme).toBe("../examples/one-stop-shop-clerk.kpi");
    const [base, derived] = file.cases;
    expect(base!.row).toEqual({ assigned: 1000, satisfaction: 0.925, reprimands: null });
    expect(base!.checks.map(({ location, source, ...c }) => c)).toEqual([
      { kind: "score", expected: { kind: "number", value: 93.5, tolerance: 0.5, text: "93.5 ± 0.5" } },
      { kind: "score", expected: { kind: "number", value: 93.5, tolerance: 0.5, text: "93.5 ± 0.5" } },
      { kind: "rating", relation: "is", band: "excellent" },
      { kind: "rating", relation: "at least", band: "good" },
      { kind: "rating", relation: "at most", band: "good" },
      { kind: "gate", gate: "khiển_trách", holds: true },
      { kind: "gate", gate: "khiển_trách", holds: false },
      { kind: "no gates" },
      { kind: "points", indicator: "on_time", expected: { kind: "number", value: 80, tolerance: 0.5, text: "80" } },
      { kind: "value", indicator: "on_time", expected: { kind: "number", value: 0.9725, tolerance: 0.00005, text: "97.25%" } },
      { kind: "group", group: "kết_quả", expected: { kind: "missing" } },
    ]);
    expect(base!.checks[0]).toMatchObject({ location: { line: 7, column: 3 }, source: "expect score 93.5 ± 0.5" });
    expect(derived).toMatchObject({ like: "Base", row: { assigned: 2, satisfaction: 0.925, reprimands: null } });
    expect(base!.row.assigned).toBe(1000);
  });

  it("takes a quoted scheme path with spaces", () => {
    expect(ok('scheme "my scheme.kpi"\ncase "x"\n  expect no gates\n').scheme).toBe("my scheme.kpi");
  });

  it("names file:line:col for every error in one pass", () => {
    expect(
      errorsOf(`scheme a.kpi
assigned 3
case Base
case "A"
  assigned
  assigned 3 4
  assigned x
  expect score
  expect rating at least
  expect sccore 3
  expect score 3 ± x
  expect score 3 5
case "A"
case "B" like "Nope"
  assigned 1
  assigned 2
  "oops"
  n 3a
  s "unterminated
`),
    ).toEqual([
      'dir/t.expect:2:1: expected `scheme PATH` or `case "name"` here',
      'dir/t.expect:3:6: name the case in quotes: `case "A diligent clerk is excellent"`',
      "dir/t.expect:5:11: give `assigned` a value: a number, a percent like 98%, or `missing`",
      "dir/t.expect:6:14: one input per line: `metric value`",
      "dir/t.expect:7:12: an input is a number, a percent like 98%, or `missing`",
      "dir/t.expect:8:16: expected a number, a percent like 98%, or `missing`",
      "dir/t.expect:9:26: expected a band name",
      "dir/t.expect:10:10: unknown expectation `sccore`: use score, rating, gate, no gate, no gates, points, value or group",
      "dir/t.expect:11:20: expected a tolerance (a number ≥ 0) after ±",
      "dir/t.expect:12:18: expected `±` (or `+-`) and a tolerance, or the end of the line",
      'dir/t.expect:13:6: a case named "A" already exists',
      'dir/t.expect:14:15: no earlier case named "Nope" to start from',
      "dir/t.expect:16:3: `assigned` is already set in this case",
      "dir/t.expect:17:3: expected a metric name, `expect` or `case`",
      'dir/t.expect:18:5: malformed number "3a"',
      'dir/t.expect:19:5: unterminated string: close it with "',
    ]);
  });

  it("asks for the scheme line when it is missing", () => {
    expect(errorsOf('case "x"\n  expect no gates\n')).toEqual([
      "dir/t.expect:1:1: missing `scheme PATH` line naming the .kpi file these cases pin",
    ]);
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom("scheme ", "case ", "expect ", "score ", '"', "x", " ", "\n", "3", "%", "±", "#", "like ", "-", "."),
          maxLength: 80,
        }),
        (text) => {
          const r = parseExpectations(text, "f");
          for (const e of r.errors) expect(e.text).toMatch(/^f:\d+:\d+: /);
        },
      ),
      { numRuns: 500 },
    );
  });
});
