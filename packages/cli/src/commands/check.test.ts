import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty } from "../diagnostics.ts";
import { runWith, SCHEME } from "../test-support/mem-io.ts";
import { InputError } from "../errors.ts";

const BROKEN = `metric a { type count }\nindicator x {\n  value a\n  floor 1\n  target\n}\n`;
const WARNS = SCHEME.replace("target 2%", "target 0%").replace("source system\n}\n\nindicator", "source self\n}\n\nindicator");
const SUPPRESSED = WARNS.replace(
  'indicator quality "Quality"',
  '// goodhart-ignore KPI201: volume is capped by intake\nindicator quality "Quality"',
);

describe("goodhart check", () => {
  it("prints nothing and exits 0 for a clean file", async () => {
    const r = await runWith(["check", "a.kpi"], { "a.kpi": SCHEME });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
  });

  it("prints file:line:col: severity CODE message and exits 1 on errors", async () => {
    const r = await runWith(["check", "b.kpi"], { "b.kpi": BROKEN });
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^b\.kpi:\d+:\d+: (error|warning|info) KPI\d{3} \S/);
    expect(r.stdout).toContain("b.kpi:5:3: error KPI001");
    expect(r.stderr).toMatch(/\d+ errors?, \d+ warnings?, \d+ info in 1 file/);
  });

  it("still reports the files it can read when one cannot be read, names each missing one, and exits 2", async () => {
    for (const argv of [
      ["check", "b.kpi", "gone.kpi", "also-gone.kpi"],
      ["check", "gone.kpi", "b.kpi", "also-gone.kpi"],
    ]) {
      const r = await runWith(argv, { "b.kpi": BROKEN });
      expect(r.code).toBe(2);
      expect(r.stdout).toContain("b.kpi:5:3: error KPI001");
      expect(r.stderr).toMatch(/gone\.kpi/);
      expect(r.stderr).toMatch(/also-gone\.kpi/);
    }
  });

  it("a file that is not UTF-8 text does not hide the others: their JSON prints, the file is named, exit 1", async () => {
    const files: Record<string, string> = { "w.kpi": WARNS };
    const readFile = async (path: string) => {
      if (path === "latin.kpi") throw new InputError({ key: "io.notUtf8", params: { file: path, line: "2", column: "12", byte: "0xE9" } });
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return text;
    };
    const r = await runWith(["check", "latin.kpi", "w.kpi", "--json"], files, { readFile });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).map((d: { file: string }) => d.file)).toContain("w.kpi");
    expect(r.stderr).toContain("latin.kpi:2:12");
    // A missing file among them still makes the exit 2, and both are named.
    const both = await runWith(["check", "latin.kpi", "w.kpi", "gone.kpi"], files, { readFile });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("latin.kpi:2:12");
    expect(both.stderr).toContain("gone.kpi");
  });

  it("exits 0 when there are only warnings", async () => {
    const r = await runWith(["check", "w.kpi"], { "w.kpi": WARNS });
    expect(r.stdout).toMatch(/warning KPI2\d\d/);
    expect(r.code).toBe(0);
  });

  it("--json prints 1-based positions for every file, and only JSON on stdout", async () => {
    const r = await runWith(["check", "--json", "a.kpi", "b.kpi"], { "a.kpi": SCHEME, "b.kpi": BROKEN });
    expect(r.code).toBe(1);
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(list.length).toBeGreaterThan(0);
    for (const d of list) {
      expect(Object.keys(d).slice(0, 8)).toEqual(["file", "line", "column", "endLine", "endColumn", "severity", "code", "message"]);
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
    }
    expect(list.find((d) => d.code === "KPI001")).toMatchObject({ file: "b.kpi", line: 5, column: 3 });
  });

  it("hides suppressed diagnostics from text but keeps them in JSON with the reason", async () => {
    const text = await runWith(["check", "s.kpi"], { "s.kpi": SUPPRESSED });
    const json = await runWith(["check", "s.kpi", "--format", "json"], { "s.kpi": SUPPRESSED });
    const list = JSON.parse(json.stdout) as { code: string; suppressed?: boolean; reason?: string }[];
    const s = list.filter((d) => d.suppressed);
    expect(s.length).toBeGreaterThan(0);
    expect(s[0]!.reason).toBe("volume is capped by intake");
    for (const d of s) expect(text.stdout).not.toContain(d.code);
    expect(text.stdout).toContain("KPI204");
  });

  it("--format sarif is SARIF 2.1.0 with rules and regions", async () => {
    const r = await runWith(["check", "b.kpi", "--format", "sarif"], { "b.kpi": BROKEN });
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe("2.1.0");
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe("goodhart");
    const ruleIds = run.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(ruleIds).toContain("KPI001");
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === "KPI001");
    expect(ruleIds[result.ruleIndex]).toBe("KPI001");
    expect(result.level).toBe("error");
    expect(result.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: "b.kpi" },
      region: { startLine: 5, startColumn: 3 },
    });
    expect(r.code).toBe(1);
  });

  it("--format github prints workflow commands with escaped properties", async () => {
    const r = await runWith(["check", "dir,x/b:1.kpi", "--format", "github"], { "dir,x/b:1.kpi": BROKEN });
    const line = r.stdout.split("\n").find((l) => l.includes("KPI001"))!;
    expect(line).toMatch(/^::error file=dir%2Cx\/b%3A1\.kpi,line=5,col=3,endLine=\d+,endColumn=\d+,title=KPI001::/);
  });

  it("escapes %, CR and LF in data, and also : and , in properties", () => {
    expect(escapeData("50% a\r\nb: c, d")).toBe("50%25 a%0D%0Ab: c, d");
    expect(escapeProperty("50% a\r\nb: c, d")).toBe("50%25 a%0D%0Ab%3A c%2C d");
  });

  it("--json with another --format is a usage error", async () => {
    const r = await runWith(["check", "a.kpi", "--json", "--format", "sarif"], { "a.kpi": SCHEME });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("contradict");
  });

  it("an unknown --format names the choices", async () => {
    const r = await runWith(["check", "a.kpi", "--format", "xml"], { "a.kpi": SCHEME });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format: expected one of text, json, sarif, github");
  });

  it("a missing file is exit 2 with a message naming it", async () => {
    const r = await runWith(["check", "nope.kpi"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("goodhart: cannot read nope.kpi: no such file\n");
    expect(r.stdout).toBe("");
  });

  it("no file is a usage error", async () => {
    const r = await runWith(["check"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no file given");
  });
});
