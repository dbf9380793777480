import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "./analyze.ts";
import { CODES } from "../diagnostics/codes.ts";
import { localizeDiagnostic } from "../diagnostics/diagnostic.ts";
import { hover } from "../services/hover.ts";
import { parseDirective } from "./suppressions.ts";
import { COMMON_METRICS, kpiText } from "./lints/fixtures.ts";

const MISSING_REASON =
  " (a goodhart-ignore directive above needs a reason after a colon, e.g. `// goodhart-ignore KPI204: audited by the registry`)";

const dominant = (above?: string) =>
  kpiText({
    metrics: COMMON_METRICS,
    indicators: [
      { name: "big", aspect: "volume", value: "closed / received", weight: 80, ...(above ? { above } : {}) },
      { name: "rework", aspect: "quality", value: "reopened / closed", better: "lower", weight: 20 },
    ],
  });

const kpi203 = (text: string) => analyze(text).diagnostics.filter((d) => d.code === "KPI203");

describe("goodhart-ignore", () => {
  it("silences the code on the declaration below, keeping the diagnostic with its reason", () => {
    const [d] = kpi203(dominant("// goodhart-ignore KPI203: the only measure the ministry accepts"));
    expect(d?.suppressed).toEqual({ reason: "the only measure the ministry accepts" });
  });

  it("does nothing without a reason, and says so in the message", () => {
    const [d] = kpi203(dominant("// goodhart-ignore KPI203"));
    expect(d?.suppressed).toBeUndefined();
    expect(d?.message.endsWith(MISSING_REASON)).toBe(true);
    const [e] = kpi203(dominant("// goodhart-ignore KPI203:   "));
    expect(e?.suppressed).toBeUndefined();
  });

  it("only silences the code it names", () => {
    const [d] = kpi203(dominant("// goodhart-ignore KPI204: not this one"));
    expect(d?.suppressed).toBeUndefined();
    expect(d?.message.endsWith(MISSING_REASON)).toBe(false);
  });

  it("accepts several codes and a run of comment lines, but not across a blank line", () => {
    const [a] = kpi203(dominant("// goodhart-ignore KPI201, KPI203: agreed with the unions\n// Revenue is what the board reads."));
    expect(a?.suppressed?.reason).toBe("agreed with the unions");
    const [b] = kpi203(dominant("// goodhart-ignore KPI203: too far away\n"));
    expect(b?.suppressed).toBeUndefined();
  });

  it("applies to the declaration it sits above, not to a neighbour", () => {
    const text = kpiText({
      metrics: COMMON_METRICS,
      indicators: [
        {
          name: "rework",
          aspect: "quality",
          value: "reopened / closed",
          better: "lower",
          weight: 20,
          above: "// goodhart-ignore KPI203: wrong block",
        },
        { name: "big", aspect: "volume", value: "closed / received", weight: 80 },
      ],
    });
    expect(kpi203(text)[0]?.suppressed).toBeUndefined();
  });

  it("never silences an error", () => {
    const text =
      "// goodhart-ignore KPI002: please\nindicator x {\n  value nothing_here\n  floor 1\n  target 2\n  weight 100\n}\nrating r {\n  reward 0%\n}\n";
    const errors = analyze(text).diagnostics.filter((d) => d.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((d) => d.suppressed === undefined)).toBe(true);
  });

  it("silences a scheme-wide lint above the scheme block", () => {
    const text = kpiText({
      metrics: COMMON_METRICS,
      indicators: [{ name: "count", aspect: "volume", value: "closed / received", weight: 100 }],
    });
    const silenced = `// goodhart-ignore KPI206: a pilot, quality is checked by hand\n${text}`;
    const d = analyze(silenced).diagnostics.find((x) => x.code === "KPI206");
    expect(d?.suppressed?.reason).toBe("a pilot, quality is checked by hand");
  });

  it("says so in every language when a reason is missing", () => {
    const [d] = kpi203(dominant("// goodhart-ignore KPI203"));
    expect(localizeDiagnostic(d!, "vi").message).toContain("(chỉ thị goodhart-ignore ở trên cần có lý do sau dấu hai chấm");
  });

  it("naming an error, leaves it and says in its message that errors cannot be silenced", () => {
    const text =
      "// goodhart-ignore KPI002: please\nindicator x {\n  value nothing_here\n  floor 1\n  target 2\n  weight 100\n}\nrating r {\n  reward 0%\n}\n";
    const [e] = analyze(text).diagnostics.filter((d) => d.code === "KPI002");
    expect(e?.suppressed).toBeUndefined();
    expect(e?.message).toMatch(
      /\(a goodhart-ignore directive above names KPI002, but an error cannot be silenced: it means the file cannot be scored, so fix it instead\)$/,
    );
    expect(localizeDiagnostic(e!, "vi").message).toContain("nhưng không thể tắt một lỗi");
    // Another error, on the declaration that carries it.
    const dup = "metric a { type count }\n// goodhart-ignore KPI003: on purpose\nmetric a { type count }\nrating r { }\n";
    const kpi003 = analyze(dup).diagnostics.filter((d) => d.code === "KPI003");
    expect(kpi003).toHaveLength(1);
    expect(kpi003[0]!.message).toContain("names KPI003, but an error cannot be silenced");
  });

  it("property: naming no code of the table silences nothing, and the warning left says so and what to write", () => {
    const notACode = fc.oneof(
      fc.constantFrom("KPI999", "KPI000", "KPI240", "kpi203", "KPI2O3", "KP203", "KPI-203"),
      fc.stringMatching(/^[A-Za-z0-9_.-]{1,8}$/),
    );
    fc.assert(
      fc.property(
        notACode.filter((c) => !Object.hasOwn(CODES, c)),
        (code) => {
          const [d] = kpi203(dominant(`// goodhart-ignore ${code}: the ministry's measure`));
          expect(d?.suppressed).toBeUndefined();
          expect(d?.message).toContain(
            `(the goodhart-ignore directive above names \`${code}\`, which is no diagnostic code, so it silences nothing; to silence this warning, write KPI203)`,
          );
        },
      ),
    );
    // Beside a real code on the same directive, the real one still silences.
    const [kept] = kpi203(dominant("// goodhart-ignore KPI999, KPI203: the ministry's measure"));
    expect(kept?.suppressed?.reason).toBe("the ministry's measure");
  });

  it("hover on a directive says what each code does there", () => {
    const text = dominant("// goodhart-ignore KPI203, KPI003, KPI999: agreed");
    const h = hover(text, text.indexOf("goodhart-ignore") + 2)!;
    expect(h.contents).toContain("- KPI203 dominant indicator: silenced on the declaration below.");
    expect(h.contents).toContain("- KPI003 duplicate name is an error, and errors cannot be silenced");
    expect(h.contents).toContain("- `KPI999` is no diagnostic code (they run KPI001 to KPI208, in capitals), so it silences nothing.");
    const bare = dominant("// goodhart-ignore KPI203");
    expect(hover(bare, bare.indexOf("goodhart-ignore") + 2)!.contents).toContain("once the directive gives a reason after a colon");
    expect(hover(text, text.indexOf("goodhart-ignore") + 2, undefined, "vi")!.contents).toContain("không phải mã chẩn đoán nào");
  });

  it("property: a directive's reason is read back as written (trimmed)", () => {
    const reason = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/[\n\r]/.test(s) && s.trim() !== "" && !s.includes("*/"));
    fc.assert(
      fc.property(reason, (r) => {
        expect(parseDirective(`// goodhart-ignore KPI204: ${r}`, 1)).toEqual({ codes: ["KPI204"], reason: r.trim(), line: 1 });
      }),
    );
  });
});
