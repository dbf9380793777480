import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyze } from "../semantics/analyze.ts";
import { EMPTY_MEMORY, stableDiagnostics } from "./stable-lints.ts";
import { SCHEME } from "./fixtures.test-util.ts";

const lints = (text: string, ds: { code: string; range: { start: { offset: number }; end: { offset: number } } }[]) =>
  ds.filter((d) => d.code.startsWith("KPI2")).map((d) => `${d.code} ${text.slice(d.range.start.offset, d.range.end.offset)}`);

const settled = (text: string) => stableDiagnostics(text, analyze(text), EMPTY_MEMORY);

describe("stableDiagnostics", () => {
  const before = settled(SCHEME);
  const warnings = lints(SCHEME, before.diagnostics);

  it("the fixture has gaming-risk warnings to keep", () => {
    expect(warnings.length).toBeGreaterThan(1);
  });

  it("keeps every warning, on the same text, while a new block is being typed at the end", () => {
    const typing = `${SCHEME}\nindicator extra "Extra" {\n  value resolved /\n`;
    const a = analyze(typing);
    expect(a.diagnostics.some((d) => d.code === "KPI001")).toBe(true);
    expect(lints(typing, a.diagnostics)).toEqual([]); // what the checker alone gives
    const s = stableDiagnostics(typing, a, before.memory);
    expect(lints(typing, s.diagnostics)).toEqual(warnings);
  });

  it("keeps the warnings while any one declaration is half-edited", () => {
    const starts = [...SCHEME.matchAll(/^(metric|indicator|group|rating|gate) /gm)].map((m) => m.index);
    fc.assert(
      fc.property(fc.constantFrom(...starts), fc.constantFrom("{", "/", "weight", '"open'), (start, junk) => {
        // Break the declaration's first property line by appending junk to it.
        const eol = SCHEME.indexOf("\n", SCHEME.indexOf("{", start));
        const edited = `${SCHEME.slice(0, eol + 1)}  ${junk}\n${SCHEME.slice(eol + 1)}`;
        const a = analyze(edited);
        if (!a.diagnostics.some((d) => d.code === "KPI001")) return;
        const s = stableDiagnostics(edited, a, before.memory);
        // The same warnings on the same text: the inserted line shifts offsets, not meaning.
        expect(lints(edited, s.diagnostics).sort()).toEqual([...warnings].sort());
      }),
    );
  });

  it("adds nothing to a file without syntax errors, and remembers each complete declaration", () => {
    const a = analyze(SCHEME);
    const s = stableDiagnostics(SCHEME, a, EMPTY_MEMORY);
    expect(s.diagnostics).toBe(a.diagnostics);
    expect(s.memory.get("indicator volume")).toMatch(/^indicator volume "Volume" \{[\s\S]*\}$/);
  });

  it("without a memory of the broken block, lints the rest as it stands", () => {
    const typing = `${SCHEME}\nindicator extra {\n  value\n`;
    const s = stableDiagnostics(typing, analyze(typing), EMPTY_MEMORY);
    expect(lints(typing, s.diagnostics)).toEqual(warnings);
  });
});

describe("stableDiagnostics and suppressions", () => {
  it("a directive above the declaration after an open block still silences its warning", () => {
    const withDirective = SCHEME.replace(
      'indicator volume "Volume"',
      '// goodhart-ignore KPI205: the step is set by the decree\nindicator volume "Volume"',
    );
    const base = stableDiagnostics(withDirective, analyze(withDirective), EMPTY_MEMORY);
    expect(base.diagnostics.find((d) => d.code === "KPI205")?.suppressed).toBeDefined();
    // Open the block just above it.
    const broken = withDirective.replace(
      '  note "Legal *deadline* per dossier type"\n}',
      '  note "Legal *deadline* per dossier type"\n  weight',
    );
    expect(broken).not.toBe(withDirective);
    const s = stableDiagnostics(broken, analyze(broken), base.memory);
    const kpi205 = s.diagnostics.find((d) => d.code === "KPI205");
    expect(kpi205).toBeDefined();
    expect(kpi205!.suppressed).toBeDefined();
  });
});
