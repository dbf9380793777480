/** Expectation files for `goodhart test`: parse, run against a scheme, report as text or JUnit XML. */
export type * from "./types.ts";
export { parseExpectations } from "./parse.ts";
export { runExpectations, type CaseResult, type CheckResult, type TestReport } from "./run.ts";
export { renderTestText } from "./render-text.ts";
export { renderJUnit, type BrokenFile } from "./junit.ts";
