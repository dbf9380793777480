import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "./analyze.ts";
import { MISSING_REASON, parseDirective } from "./suppressions.ts";
import { COMMON_METRICS, kpiText } from "./lints/fixtures.ts";

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

  it("property: a directive's reason is read back as written (trimmed)", () => {
    const reason = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/[\n\r]/.test(s) && s.trim() !== "" && !s.includes("*/"));
    fc.assert(
      fc.property(reason, (r) => {
        expect(parseDirective(`// goodhart-ignore KPI204: ${r}`, 1)).toEqual({ codes: ["KPI204"], reason: r.trim(), line: 1 });
      }),
    );
  });
});
