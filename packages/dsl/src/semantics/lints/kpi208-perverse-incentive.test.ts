import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../analyze.ts";
import { localizeDiagnostic } from "../../diagnostics/diagnostic.ts";
import { findPerverse, workMoves, TYPICAL_PERIOD } from "./perverse.ts";

const METRICS = `
metric received { type count source system observes cases.received }
metric closed { type count source system observes cases.closed }
metric on_time { type count source system observes cases.closed_on_time }
metric hard { type count source system observes cases.closed_hard }
metric reopened { type count source system observes cases.reopened }`;
const RATINGS = `
rating excellent { min 90 reward 10% }
rating good { min 60 reward 5% }
rating completed { reward 0% }`;

const kpi208 = (text: string) => analyze(text).diagnostics.filter((d) => d.code === "KPI208");

function applyFix(text: string, edit: { range: { start: { offset: number }; end: { offset: number } }; newText: string }): string {
  return text.slice(0, edit.range.start.offset) + edit.newText + text.slice(edit.range.end.offset);
}

describe("KPI208 perverse incentive", () => {
  it("an on-time share of closures: names the late case, with numbers, and the fix divides by cases received", () => {
    const text = `${METRICS}
indicator timely { aspect timeliness value on_time / closed floor 70% target 95% weight 100 }
${RATINGS}`;
    const [d, ...rest] = kpi208(text);
    expect(rest).toEqual([]);
    expect(d!.severity).toBe("warning");
    expect(d!.message).toMatch(/working 1 late case/);
    expect(d!.message).toMatch(/from 74\.\d% to 72\.\d%/);
    expect(d!.fixes![0]!.title).toMatch(/received/);
    const fixed = applyFix(text, d!.fixes![0]!.edits[0]!);
    expect(fixed).toContain("value on_time / received");
    expect(kpi208(fixed)).toEqual([]);
  });

  it("a count of rework beside a volume count: the count is not shown as a percent, and a score that still rises is said to rise", () => {
    const text = `${METRICS}
indicator errors { aspect quality value reopened better lower floor 5 target 0 weight 30 }
indicator output { aspect volume value closed floor 20 target 45 weight 70 }
${RATINGS}`;
    const errors = kpi208(text).find((d) => d.declaration?.name === "errors")!;
    // 0.6 reopened cases, not "60%".
    expect(errors.message).toMatch(/from 0\.6 to 0\.61, its points 88 → 87\.7/);
    expect(errors.message).not.toMatch(/\d%/);
    // Closing a case earns more through `output` than `errors` takes: the sentence says both.
    const [p] = findPerverse(analyze(text).scheme!).filter((x) => x.name === "errors");
    expect(p!.after.score!).toBeGreaterThan(p!.before.score!);
    expect(errors.message).toMatch(
      /that alone costs 0\.\d+ of the score, though other indicators pay more for the same work: the score goes/,
    );
    expect(localizeDiagnostic(errors, "vi").message).toContain("riêng chỉ tiêu này làm mất");
  });

  it("a gate that caps those who close more fires; one out of any reach, or on rework, does not", () => {
    const body = `${METRICS}
indicator volume { aspect volume value closed / received floor 60% target 95% weight 100 }
${RATINGS}`;
    const caps = kpi208(`${body}\ngate too_many { when closed > 45 cap rating completed }`);
    expect(caps.map((d) => d.declaration)).toEqual([{ kind: "gate", name: "too_many" }]);
    expect(caps[0]!.message).toMatch(/caps them at rating completed/);
    expect(kpi208(`${body}\ngate too_many { when closed > 5000 cap rating completed }`)).toEqual([]);
    expect(kpi208(`${body}\ngate rework { when reopened / closed > 20% cap rating completed }`)).toEqual([]);
    // A cap to the top band lowers nothing.
    expect(kpi208(`${body}\ngate top { when closed > 45 cap rating excellent }`)).toEqual([]);
  });

  it("a gate that caps nearly everyone who works: it holds for a typical month, and only less work escapes it", () => {
    const body = `${METRICS}
indicator volume { aspect volume value closed / received floor 60% target 95% weight 100 }
${RATINGS}`;
    const [d, ...rest] = kpi208(`${body}\ngate busy { when closed >= 10 cap rating completed }`);
    expect(rest).toEqual([]);
    expect(d!.declaration).toEqual({ kind: "gate", name: "busy" });
    expect(d!.message).toMatch(/holds for a typical month's work and caps it at rating completed \(.*the rating excellent → completed\)/);
    expect(localizeDiagnostic(d!, "vi").message).toContain("tháng bình thường");
    // A gate that holds whatever anyone does caps no one for doing more.
    expect(kpi208(`${body}\ngate always { when received >= 0 cap rating completed }`)).toEqual([]);
  });

  it("a gate's example is the line itself: the score falls across it, or the message says what the gate took", () => {
    const scheme = (limit: number, cap: number) =>
      analyze(`${METRICS}
indicator volume { aspect volume value closed / received floor 70% target 95% weight 100 }
${RATINGS}
gate busy { when closed > ${limit} cap score ${cap} }`).scheme!;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70 }), fc.integer({ min: 10, max: 90 }), (limit, cap) => {
        for (const p of findPerverse(scheme(limit, cap))) {
          if (p.typical) continue;
          expect(p.cases).toBeGreaterThan(0);
          expect(p.before.metrics.closed!).toBeLessThanOrEqual(limit);
          expect(p.after.metrics.closed!).toBeGreaterThan(limit);
          // Either doing more lowered the score, or the gate took something from it.
          const took = (p.uncapped?.score ?? 0) > (p.after.score ?? 0);
          expect(p.after.score! < p.before.score! || took).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
    // Crossing 30 from below the floor: the score still rises, so the sentence names the cap's cost.
    const [d] = kpi208(
      `${METRICS}
indicator volume { aspect volume value closed / received floor 70% target 95% weight 50 }
indicator rework { aspect quality value reopened / closed better lower floor 20% target 5% weight 50 }
${RATINGS}
gate busy { when closed > 30 cap score 60 }`,
    );
    expect(d!.message).toMatch(
      /closing 1 more case properly and on time caps them at score 60 \(the score goes [\d.]+ → 60[^)]*, where without the gate it would be [\d.]+\)/,
    );
  });

  it("a gate's message names bands by name in English, by the decree's words or the scheme's label in Vietnamese", () => {
    const body = `${METRICS}
indicator volume { aspect volume value closed / received floor 60% target 95% weight 100 }`;
    const decree = kpi208(`${body}\n${RATINGS}\ngate too_many { when closed > 45 cap rating completed }`)[0]!;
    expect(decree.message).toMatch(/caps them at rating completed \(.*the rating excellent → completed\)/);
    const vi = localizeDiagnostic(decree, "vi").message;
    expect(vi).toContain("mức xếp loại hoàn thành nhiệm vụ");
    expect(vi).toContain("hoàn thành xuất sắc nhiệm vụ → hoàn thành nhiệm vụ");
    expect(vi).not.toMatch(/\b(excellent|completed)\b/);
    // A band of the scheme's own: its label in Vietnamese, its name in English; a score cap in points.
    const own = `${body}
rating star "Ngôi sao" { min 90 reward 10% }
rating plain { reward 0% }`;
    const label = kpi208(`${own}\ngate too_many { when closed > 45 cap rating plain }`)[0]!;
    expect(label.message).toMatch(/rating plain .*star → plain/);
    expect(localizeDiagnostic(label, "vi").message).toMatch(/mức xếp loại plain .*Ngôi sao → plain/);
    const score = kpi208(`${own}\ngate too_many { when closed > 45 cap score 60 }`)[0]!;
    expect(score.message).toContain("caps them at score 60");
    expect(localizeDiagnostic(score, "vi").message).toContain("giới hạn ở 60 điểm");
  });

  it("a lower-is-better indicator on something work produces fires; on rework share it does not", () => {
    expect(
      kpi208(
        `${METRICS}\nindicator serious { aspect quality value hard / closed better lower floor 40% target 10% weight 100 }\n${RATINGS}`,
      ),
    ).toHaveLength(1);
    expect(
      kpi208(
        `${METRICS}\nindicator rework { aspect quality value reopened / closed better lower floor 15% target 3% weight 100 }\n${RATINGS}`,
      ),
    ).toEqual([]);
  });

  it("a rework share of cases received: every case closed may come back, so the fix divides by cases closed", () => {
    const text = `${METRICS}
indicator defects { aspect quality value reopened / received better lower floor 10% target 1% weight 100 }
${RATINGS}`;
    const [d, ...rest] = kpi208(text);
    expect(rest).toEqual([]);
    expect(d!.message).toMatch(/Divide by cases closed \(`closed`\), not by `received`/);
    expect(d!.message).not.toMatch(/a share of cases received, not of cases closed/);
    expect(d!.fixes![0]!.title).toBe("Divide by `closed` (cases closed) instead of `received`");
    expect(localizeDiagnostic(d!, "vi").message).toContain("số hồ sơ đã giải quyết (`closed`)");
    const fixed = applyFix(text, d!.fixes![0]!.edits[0]!);
    expect(fixed).toContain("value reopened / closed");
    expect(kpi208(fixed)).toEqual([]);
  });

  it("judges only what the model can move: metrics without `observes` and zero-weight indicators are left alone", () => {
    const text = `
metric closed { type count source system }
metric on_time { type count source system }
indicator timely { aspect timeliness value on_time / closed floor 70% target 95% weight 100 }
${RATINGS}`;
    expect(kpi208(text)).toEqual([]);
    const scheme = analyze(
      `${METRICS}\nindicator timely { aspect timeliness value on_time / closed floor 70% target 95% weight 0 }\nindicator v { aspect volume value closed / received floor 60% target 95% weight 100 }\n${RATINGS}`,
    ).scheme!;
    expect(findPerverse(scheme)).toEqual([]);
  });

  it("can be silenced with a reason, like every gaming-risk warning", () => {
    const text = `${METRICS}
// goodhart-ignore KPI208: late cases are reassigned, never worked by the same clerk
indicator timely { aspect timeliness value on_time / closed floor 70% target 95% weight 100 }
${RATINGS}`;
    expect(kpi208(text).every((d) => d.suppressed)).toBe(true);
  });

  it("every move is honest work: none lowers cases received or raises reopened cases more than defects do", () => {
    for (const m of workMoves()) {
      expect(m.delta["cases.received"] ?? 0).toBe(0);
      expect(m.delta["cases.reopened"] ?? 0).toBeLessThan(0.5);
    }
    expect(TYPICAL_PERIOD["cases.closed"]).toBeLessThanOrEqual(TYPICAL_PERIOD["cases.received"]! + TYPICAL_PERIOD["cases.backlog"]!);
  });
});
