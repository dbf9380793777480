/**
 * Every bundled example ships with an expectation file, and every case in it passes: the
 * examples' intent is pinned, so a change to the scorer or a scheme that breaks it fails here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import { parseExpectations } from "./parse.ts";
import { renderTestText } from "./render-text.ts";
import { runExpectations } from "./run.ts";

const examples = join(import.meta.dirname, "../../../../examples");
const schemes = readdirSync(examples)
  .filter((f) => f.endsWith(".kpi"))
  .sort();

describe.each(schemes)("examples/%s", (kpi) => {
  const expectFile = kpi.replace(/\.kpi$/, ".expect");

  it("has an expectation file naming it, with 2 to 5 cases that all pass", () => {
    const path = join(examples, expectFile);
    const { expectations, errors } = parseExpectations(readFileSync(path, "utf8"), `examples/${expectFile}`);
    expect(errors.map((e) => e.text)).toEqual([]);
    expect(expectations.scheme).toBe(kpi);
    expect(expectations.cases.length).toBeGreaterThanOrEqual(2);
    expect(expectations.cases.length).toBeLessThanOrEqual(5);
    const scheme = analyze(readFileSync(join(dirname(path), expectations.scheme!), "utf8")).scheme;
    expect(scheme).not.toBeNull();
    const report = runExpectations(scheme!, expectations);
    expect(report.failed, renderTestText(report)).toBe(0);
    expect(report.passed).toBe(expectations.cases.length);
    // A case that checks nothing would pass whatever the scheme did.
    for (const c of expectations.cases) expect(c.checks.length).toBeGreaterThan(0);
  });
});
