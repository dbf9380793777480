/**
 * `goodhart test --junit`: JUnit XML, which CI systems show as test results. One testsuite per
 * expectation file, one testcase per case. A file that could not run at all (its expectations
 * or its scheme do not parse, or the scheme is not there) is a testsuite with one errored
 * testcase, so CI counts it instead of reporting 0 tests while the command fails. All user
 * text (case names, file names, values) is escaped, and characters XML 1.0 cannot carry at
 * all are dropped.
 */
import type { TestReport } from "./run.ts";

/** An expectation file that could not run, with what went wrong (`file:line:col: …` lines). */
export interface BrokenFile {
  file: string;
  message: string;
}

export function renderJUnit(reports: TestReport | TestReport[], broken: readonly BrokenFile[] = []): string {
  const list = Array.isArray(reports) ? reports : [reports];
  const tests = list.reduce((n, r) => n + r.cases.length, 0) + broken.length;
  const failures = list.reduce((n, r) => n + r.failed, 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="goodhart test" tests="${tests}" failures="${failures}" errors="${broken.length}">`,
  ];
  for (const r of list) {
    out.push(`  <testsuite name="${xml(r.file)}" tests="${r.cases.length}" failures="${r.failed}" errors="0" skipped="0">`);
    for (const c of r.cases) {
      const open = `    <testcase classname="${xml(r.file)}" name="${xml(c.name)}" file="${xml(r.file)}" line="${c.line}"`;
      const failed = c.checks.filter((k) => !k.passed);
      if (failed.length === 0) {
        out.push(`${open}/>`);
        continue;
      }
      const lines = failed.map((k) => `${r.file}:${k.line}:${k.column}: ${k.source}: expected ${k.expected}, got ${k.actual}`);
      out.push(
        `${open}>`,
        `      <failure message="${xml(lines[0]!)}" type="expectation">${xml(lines.join("\n"))}</failure>`,
        "    </testcase>",
      );
    }
    out.push("  </testsuite>");
  }
  for (const b of broken) {
    const first = b.message.split("\n")[0] ?? "";
    out.push(
      `  <testsuite name="${xml(b.file)}" tests="1" failures="0" errors="1" skipped="0">`,
      `    <testcase classname="${xml(b.file)}" name="${xml(`${b.file} runs`)}" file="${xml(b.file)}">`,
      `      <error message="${xml(first)}" type="broken">${xml(b.message)}</error>`,
      "    </testcase>",
      "  </testsuite>",
    );
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
}

export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
