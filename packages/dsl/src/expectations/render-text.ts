/**
 * `goodhart test` output for a terminal: a line per case, and under a failing case each
 * failing check with its file:line:col, what was expected and what the scheme gave.
 */
import { render, t, type Lang } from "../i18n/translate.ts";
import type { TestReport } from "./run.ts";

export function renderTestText(reports: TestReport | TestReport[], lang: Lang = "en"): string {
  const list = Array.isArray(reports) ? reports : [reports];
  const out: string[] = [];
  for (const r of list) {
    out.push(`${r.file}${r.scheme ? ` (${r.scheme})` : ""}`);
    for (const c of r.cases) {
      out.push(`  ${c.passed ? "✓" : "✗"} ${c.name}`);
      for (const k of c.checks.filter((x) => !x.passed)) {
        const place = `${r.file}:${k.line}:${k.column}`;
        const [expected, actual] = lang === "en" ? [k.expected, k.actual] : [render(lang, k.said.expected), render(lang, k.said.actual)];
        out.push(`      ${t(lang, "test.failedCheck", { place, source: k.source, expected, actual })}`);
      }
    }
  }
  const passed = list.reduce((n, r) => n + r.passed, 0);
  const failed = list.reduce((n, r) => n + r.failed, 0);
  out.push("", t(lang, "test.summary", { passed: String(passed), failed: String(failed) }));
  return `${out.join("\n")}\n`;
}
