/**
 * The lint catalog (docs/lints) is checked against the checker: every code has a page with
 * Avoid / Prefer / Why, and every ```kpi block on a page does what its first line says —
 * `// triggers: KPInnn` raises the page's code, `// clean` has no errors and does not.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyze } from "../analyze.ts";
import { CODES } from "../../diagnostics/codes.ts";

const dir = fileURLToPath(new URL("../../../../../docs/lints/", import.meta.url));
const codes = Object.keys(CODES);

interface Block {
  head: string;
  text: string;
}

function blocks(page: string): Block[] {
  return [...page.matchAll(/```kpi\n([\s\S]*?)```/g)].map((m) => ({ head: m[1]!.split("\n")[0]!, text: m[1]! }));
}

describe("lint catalog", () => {
  it("has a page for every code, and no page for a code that does not exist", () => {
    const pages = readdirSync(dir)
      .filter((f) => /^KPI\d{3}\.md$/.test(f))
      .map((f) => f.slice(0, -3))
      .sort();
    expect(pages).toEqual([...codes].sort());
  });

  it("indexes every page in README.md with its severity", () => {
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    for (const code of codes) expect(readme).toContain(`| [${code}](${code}.md) | ${CODES[code as keyof typeof CODES].severity} |`);
  });

  for (const code of codes) {
    describe(code, () => {
      const path = join(dir, `${code}.md`);
      const page = existsSync(path) ? readFileSync(path, "utf8") : "";
      const all = blocks(page);

      it("has Avoid, Prefer and Why, and examples of both kinds", () => {
        for (const section of ["## Avoid", "## Prefer", "## Why"]) expect(page).toContain(section);
        expect(page).toContain(`**Severity:** ${CODES[code as keyof typeof CODES].severity}`);
        expect(all.some((b) => b.head.startsWith(`// triggers: ${code}`))).toBe(true);
        expect(all.some((b) => b.head.startsWith("// clean"))).toBe(true);
        for (const b of all) expect(b.head).toMatch(/^\/\/ (triggers: KPI\d{3}|clean)/);
      });

      all.forEach((b, k) => {
        it(`example ${k + 1} (${b.head.slice(3, 60)}) does what it says`, () => {
          const a = analyze(b.text);
          const raised = a.diagnostics.filter((d) => !d.suppressed).map((d) => d.code);
          if (b.head.startsWith("// clean")) {
            expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
            expect(raised).not.toContain(code);
          } else {
            const named = /^\/\/ triggers: (KPI\d{3})/.exec(b.head)![1];
            expect(named).toBe(code);
            expect(raised).toContain(code);
            // Gaming-risk and other warnings only run on a scheme that scores: no error may hide them.
            if (!code.startsWith("KPI0")) expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
          }
        });
      });
    });
  }
});
