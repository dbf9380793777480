import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import { renderJUnit, xml } from "./junit.ts";
import { parseExpectations } from "./parse.ts";
import { renderTestText } from "./render-text.ts";
import { runExpectations, type TestReport } from "./run.ts";

const scheme = analyze(`scheme "S" {
  period month
}
metric done {
  type count
  source system
}
metric flags {
  type count
  source system
}
indicator volume {
  aspect volume
  value done
  floor 0
  target 100
  weight 100
}
gate flagged {
  when flags > 0
  cap rating fair
}
rating good {
  min 70
}
rating fair {
  min 40
}
rating poor {
}
`).scheme!;

const run = (body: string) => {
  const parsed = parseExpectations(`scheme s.kpi\n${body}`, "s.expect");
  expect(parsed.errors).toEqual([]);
  return runExpectations(scheme, parsed.expectations);
};

describe("runExpectations", () => {
  it("passes checks the scheme meets, to the precision written", () => {
    const r = run(`case "x"
  done 72.34
  expect score 72.3
  expect score 72 ± 0.5
  expect points volume 72.34
  expect value volume 72.34
  expect rating good
  expect rating at least fair
  expect rating at most good
  expect no gates
  expect no gate flagged
`);
    expect(r.cases[0]!.checks.filter((k) => !k.passed)).toEqual([]);
    expect([r.passed, r.failed]).toEqual([1, 0]);
  });

  it("fails each unmet check with what was expected and what the scheme gave", () => {
    const r = run(`case "y"
  done 72.34
  flags 1
  unknown_metric 3
  expect score 72.4
  expect rating good
  expect rating at least good
  expect no gates
  expect gate flaged
  expect points volum 3
  expect group nothing 3
  expect score missing
`);
    const failed = r.cases[0]!.checks.filter((k) => !k.passed).map((k) => `${k.line}: expected ${k.expected}, got ${k.actual}`);
    expect(failed).toEqual([
      "5: expected a metric of the scheme, got no metric named `unknown_metric`",
      "6: expected 72.4, got 72.34",
      "7: expected good, got fair",
      "8: expected at least good, got fair",
      "9: expected no gate holds, got flagged holds",
      "10: expected gate flaged, got no gate named `flaged` (did you mean `flagged`?)",
      "11: expected indicator volum, got no indicator named `volum` (did you mean `volume`?)",
      "12: expected group nothing, got no group named `nothing`",
      "13: expected missing, got 72.34",
    ]);
    expect([r.passed, r.failed]).toEqual([0, 1]);
  });

  it("says every unmet check in Vietnamese too, with names and numbers as written", () => {
    const r = run(`case "y"
  done 72.34
  flags 1
  unknown_metric 3
  expect score 72.4
  expect rating at least good
  expect no gates
  expect gate flaged
  expect points volum 3
  expect score missing
`);
    const lines = renderTestText(r, "vi")
      .split("\n")
      .filter((l) => l.includes("s.expect:"));
    expect(lines).toEqual([
      "      s.expect:5:3: unknown_metric: kỳ vọng một số liệu của bộ tiêu chí, thực tế không có số liệu nào tên `unknown_metric`",
      "      s.expect:6:3: expect score 72.4: kỳ vọng 72.4, thực tế 72.34",
      "      s.expect:7:3: expect rating at least good: kỳ vọng từ hoàn thành tốt nhiệm vụ trở lên, thực tế fair",
      "      s.expect:8:3: expect no gates: kỳ vọng không điều kiện nào được áp dụng, thực tế điều kiện flagged được áp dụng",
      "      s.expect:9:3: expect gate flaged: kỳ vọng điều kiện flaged, thực tế không có điều kiện nào tên `flaged` (có phải là `flagged`?)",
      "      s.expect:10:3: expect points volum 3: kỳ vọng chỉ tiêu volum, thực tế không có chỉ tiêu nào tên `volum` (có phải là `volume`?)",
      "      s.expect:11:3: expect score missing: kỳ vọng không có số liệu, thực tế 72.34",
    ]);
    // The English report is the English words of the same messages.
    for (const k of r.cases[0]!.checks.filter((c) => !c.passed))
      expect(renderTestText(r, "en")).toContain(`${k.source}: expected ${k.expected}, got ${k.actual}`);
  });

  it("scores a case with nothing set as missing, in the fallback band", () => {
    const r = run(`case "empty"\n  expect score missing\n  expect rating poor\n  expect points volume missing\n`);
    expect(r.failed).toBe(0);
  });
});

describe("reports", () => {
  const report = run(`case "ok"\n  done 80\n  expect rating good\ncase "bad <&> \\"quoted\\""\n  done 10\n  expect rating good\n`);

  it("print a line per case and the failing checks with file:line:col", () => {
    expect(renderTestText(report)).toBe(
      's.expect (s.kpi)\n  ✓ ok\n  ✗ bad <&> "quoted"\n      s.expect:7:3: expect rating good: expected good, got poor\n\n1 passed, 1 failed\n',
    );
  });

  it("write JUnit XML with counts and escaped user text", () => {
    const out = renderJUnit([report]);
    expect(out).toContain('<testsuites name="goodhart test" tests="2" failures="1" errors="0">');
    expect(out).toContain('<testsuite name="s.expect" tests="2" failures="1" errors="0" skipped="0">');
    expect(out).toContain('<testcase classname="s.expect" name="ok" file="s.expect" line="2"/>');
    expect(out).toContain('name="bad &lt;&amp;&gt; &quot;quoted&quot;"');
    expect(out).toContain('<failure message="s.expect:7:3: expect rating good: expected good, got poor" type="expectation">');
    expect(wellFormed(out)).toBe(true);
  });

  it("keep any case name well-formed XML that reads back as the name", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (name) => {
        const named: TestReport = { ...report, cases: report.cases.map((c) => ({ ...c, name })) };
        const out = renderJUnit(named);
        expect(wellFormed(out)).toBe(true);
        const attr = /<testcase classname="s\.expect" name="([^"]*)"/.exec(out)![1]!;
        expect(unescapeXml(attr)).toBe(name.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ""));
      }),
      { numRuns: 300 },
    );
    expect(xml("a\u0000b\uFFFEc")).toBe("abc");
  });
});

/** Tags balance and every `&` starts one of the five entities: enough to catch broken escaping. */
function wellFormed(text: string): boolean {
  const body = text.replace(/^<\?xml[^>]*\?>\n/, "");
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(body)) return false;
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-z]+)([^<>]*?)(\/?)>|[<>]/g)) {
    if (m[2] === undefined) return false;
    if (m[4] === "/") continue;
    if (m[1] === "/") {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]);
  }
  return stack.length === 0;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

describe("names in an expectation file are read as the scheme reads them (NFC)", () => {
  // A Vietnamese scheme written composed; the .expect may type any of its names decomposed,
  // as macOS and some keyboards do.
  const vi = analyze(`scheme "Một cửa" {
  period month
}
metric đúng_hạn {
  type count
}
metric sai_sót {
  type count
}
group kết_quả {
  weight 100
}
indicator tỷ_lệ {
  group kết_quả
  value đúng_hạn
  floor 0
  target 10
  weight 100
}
gate khiển_trách {
  when sai_sót > 0
  cap rating hoàn_thành
}
rating xuất_sắc {
  min 90
}
rating hoàn_thành {
  min 50
}
rating không_đạt {
}
`).scheme!;
  const names = ["đúng_hạn", "sai_sót", "kết_quả", "tỷ_lệ", "khiển_trách", "xuất_sắc", "hoàn_thành"] as const;

  it("property: every name typed decomposed or composed is the scheme's name, and the case passes", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: names.length, maxLength: names.length }), (decomposed) => {
        const n = Object.fromEntries(names.map((w, i) => [w, w.normalize(decomposed[i] ? "NFD" : "NFC")])) as Record<
          (typeof names)[number],
          string
        >;
        const text = `scheme s.kpi
case "Đúng hạn đủ, có sai sót"
  ${n.đúng_hạn} 10
  ${n.sai_sót} 1
  expect points ${n.tỷ_lệ} 100
  expect value ${n.tỷ_lệ} 10
  expect group ${n.kết_quả} 100
  expect gate ${n.khiển_trách}
  expect rating ${n.hoàn_thành}
  expect rating at most ${n.xuất_sắc}
`;
        const parsed = parseExpectations(text, "s.expect");
        expect(parsed.errors).toEqual([]);
        const report = runExpectations(vi, parsed.expectations);
        expect(report.cases[0]!.checks.filter((c) => !c.passed)).toEqual([]);
        expect(report.failed).toBe(0);
      }),
      { numRuns: 40 },
    );
  });

  it("an error after a decomposed name points at the column after it as written", () => {
    const typed = "đúng_hạn".normalize("NFD");
    const [e] = parseExpectations(`scheme s.kpi\ncase "c"\n  ${typed}\n`, "s.expect").errors;
    expect(e).toMatchObject({ line: 3, column: 3 + typed.length });
  });
});
