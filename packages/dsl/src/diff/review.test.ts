/** What a reviewer can rely on in a diff: truthful warnings and whole consequences. */
import { describe, expect, it } from "vitest";
import { analyze } from "../semantics/analyze.ts";
import type { StaffInput } from "../scoring/score-rows.ts";
import { diffSchemes } from "./diff.ts";
import { diffImpact } from "./impact.ts";
import { renderDiffMarkdown } from "./render-markdown.ts";
import { renderDiffText } from "./render-text.ts";
import { bonusCost } from "./bonus-cost.ts";

const scheme = (text: string) => {
  const a = analyze(text);
  if (!a.scheme) throw new Error(a.diagnostics.map((d) => d.message).join("\n"));
  return a.scheme;
};

const base = `scheme "Desk" {
  period month
}
metric received {
  type count
  source system
}
metric done {
  type count
  source system
}
metric same_day {
  type count
  source system
}
metric errors {
  type count
  source system
}
indicator throughput {
  aspect volume
  value done / received
  floor 70%
  target 95%
  weight 70
}
indicator quality {
  aspect quality
  value errors / done
  better lower
  floor 10%
  target 1%
  weight 30
}
rating good {
  min 70
  reward 10%
}
rating completed {
  min 50
  reward 0%
}
rating not_completed {
  reward -5%
}
`;

describe("the warnings section", () => {
  it("a warning whose numbers moved is `changed` old → new, never removed-and-added", () => {
    const d = diffSchemes(base, base.replace("weight 70", "weight 60").replace("weight 30", "weight 40"));
    // KPI203 (dominant indicator) fires on throughput at 70% and still at 60%.
    expect(analyze(base).diagnostics.some((x) => x.code === "KPI203")).toBe(true);
    expect(d.diagnostics.added).toEqual([]);
    expect(d.diagnostics.removed).toEqual([]);
    expect(d.diagnostics.changed).toEqual([expect.objectContaining({ code: "KPI203", name: "throughput", moved: "70% → 60%" })]);
    expect(renderDiffText(d)).toContain("changed  KPI203 dominant indicator on throughput: 70% → 60%");
  });

  it("a newly suppressed warning is `accepted` with its reason, never resolved", () => {
    const silenced = base.replace(
      "indicator throughput {",
      "// goodhart-ignore KPI203: throughput is the ministry's headline figure\nindicator throughput {",
    );
    const d = diffSchemes(base, silenced);
    expect(d.diagnostics.removed).toEqual([]);
    expect(d.diagnostics.accepted).toEqual([
      expect.objectContaining({ code: "KPI203", name: "throughput", reason: "throughput is the ministry's headline figure" }),
    ]);
    expect(d.changes).toEqual([]);
    expect(renderDiffMarkdown(d)).toContain("accepted: KPI203 dominant indicator on <code>throughput</code>");
    // Already silenced on both sides: no news.
    expect(diffSchemes(silenced, silenced).diagnostics.accepted).toEqual([]);
  });

  it("an absent side (/dev/null) has no diagnostics of its own: an added file is all added", () => {
    const d = diffSchemes("", base, { absent: { old: true } });
    expect(d.diagnostics.removed).toEqual([]);
    expect(d.diagnostics.added.map((x) => x.code)).toEqual(
      analyze(base)
        .diagnostics.filter((x) => !x.suppressed)
        .map((x) => x.code),
    );
    expect(d.changes.every((c) => c.kind === "added")).toBe(true);
    const gone = diffSchemes(base, "", { absent: { new: true } });
    expect(gone.diagnostics.added).toEqual([]);
    expect(gone.diagnostics.removed.some((x) => x.code === "KPI006")).toBe(false);
  });
});

describe("whole consequences", () => {
  it("an added indicator carries its body and share of the score", () => {
    const more = base.replace(
      "weight 30\n}",
      "weight 30\n}\nindicator speed {\n  aspect timeliness\n  value same_day / done\n  floor 50%\n  target 90%\n  weight 25\n}",
    );
    const d = diffSchemes(base, more);
    const added = d.changes.find((c) => c.kind === "added")!;
    expect(added).toMatchObject({
      name: "speed",
      properties: { aspect: "timeliness", value: "same_day / done", floor: "50%", target: "90%", weight: "25" },
    });
    expect(added.share).toBeCloseTo(0.2, 12);
    expect(added.text).toBe(
      "indicator speed added: aspect timeliness, value same_day / done, floor 50%, target 90%, weight 25; 20% of the score",
    );
  });

  it("a split names its parts and the weight that moved", () => {
    const split = base.replace(
      /indicator quality \{[^}]*\}/,
      "indicator quality_errors {\n  aspect quality\n  value errors / done\n  better lower\n  floor 10%\n  target 1%\n  weight 15\n}\nindicator quality_rework {\n  aspect quality\n  value errors / received\n  better lower\n  floor 10%\n  target 1%\n  weight 15\n}",
    );
    const d = diffSchemes(base, split);
    const removed = d.changes.find((c) => c.kind === "removed")!;
    expect(removed).toMatchObject({ name: "quality", splitInto: ["quality_errors", "quality_rework"] });
    expect(removed.text).toBe("indicator quality split into quality_errors, quality_rework: 30% → 15% + 15% of the score");
    expect(d.changes.filter((c) => c.kind === "added").map((c) => c.splitFrom)).toEqual(["quality", "quality"]);
  });

  it("a split beside a renamed and edited indicator keeps the two apart", () => {
    // throughput is split in two; quality, which also reads `done`, is renamed and its target edited.
    const next = base
      .replace(
        /indicator throughput \{[^}]*\}/,
        "indicator throughput_a {\n  aspect volume\n  value done / received\n  floor 70%\n  target 95%\n  weight 35\n}\nindicator throughput_b {\n  aspect volume\n  value done / received\n  floor 60%\n  target 90%\n  weight 35\n}",
      )
      .replace("indicator quality {", "indicator accuracy {")
      .replace("target 1%", "target 2%");
    const d = diffSchemes(base, next);
    const removed = d.changes.filter((c) => c.kind === "removed");
    expect(removed.map((c) => [c.name, c.splitInto])).toEqual([["throughput", ["throughput_a", "throughput_b"]]]);
    expect(removed[0]!.text).toBe(
      "indicator throughput split into throughput_a, throughput_b: 70% → 35% + 35% of the score (KPI203 dominant indicator no longer fires)",
    );
    expect(d.changes.filter((c) => c.kind === "added").map((c) => c.name)).toEqual(["throughput_a", "throughput_b"]);
    expect(d.changes.filter((c) => c.kind === "renamed" || c.kind === "changed").map((c) => c.text)).toEqual([
      "indicator quality renamed to accuracy",
      "indicator accuracy: target 1% → 2%",
    ]);
  });

  it("a rename with one edit is a rename and that edit, not added + removed", () => {
    const d = diffSchemes(
      base,
      base.replaceAll("quality", "accuracy").replace("aspect accuracy", "aspect quality").replace("target 1%", "target 2%"),
    );
    expect(d.changes.map((c) => c.text)).toEqual(["indicator quality renamed to accuracy", "indicator accuracy: target 1% → 2%"]);
  });

  it("diffImpact groups moves, the mean, quotas and gates, per unit", () => {
    const staff: StaffInput[] = Array.from({ length: 10 }, (_, i) => ({
      id: `s${i}`,
      unit: i < 5 ? "A" : "B",
      row: { received: 100, done: 80 + i * 2, same_day: 50, errors: 2 },
    }));
    const stricter = `${base.replace("min 70\n  reward 10%", "min 70\n  quota 20%\n  reward 10%")}gate sloppy {\n  when errors / done > 2.3%\n  cap rating completed\n}\n`;
    const impact = diffImpact(scheme(base), scheme(stricter), staff);
    expect(impact.moves.reduce((a, m) => a + m.count, 0)).toBe(10 - impact.unchanged);
    expect(impact.moves[0]!.text).toMatch(/^\d+ of 10 moves? good → completed$/);
    expect(impact.heldBackByQuota.old).toBe(0);
    // 2 errors over 80, 82, 84, 86 done are above 2.3%; over 88 and up they are not.
    expect(impact.gates).toEqual([
      expect.objectContaining({ gate: "sloppy", ids: ["s0", "s1", "s2", "s3"], text: "gate sloppy now catches 4 of 10" }),
    ]);
    expect(impact.units.map((u) => u.unit).sort()).toEqual(["A", "B"]);
    const md = renderDiffMarkdown(diffSchemes(base, stricter), { impact });
    expect(md).not.toContain("s0");
    expect(renderDiffMarkdown(diffSchemes(base, stricter), { impact, ids: true })).toContain("`s0`");
  });
});

describe("consequences measured beyond the files (the CLI's --simulate)", () => {
  it("prices the bonus from each scheme's rewards and its ratings split", () => {
    const ratings = { good: 0.5, completed: 0.3, not_completed: 0.2 };
    expect(bonusCost(scheme(base), ratings)).toBeCloseTo(0.5 * 0.1 - 0.2 * 0.05, 12);
    expect(bonusCost(scheme(base.replace("reward 10%", "reward 20%")), ratings)).toBeCloseTo(0.5 * 0.2 - 0.2 * 0.05, 12);
    expect(bonusCost(scheme(base), undefined)).toBeNull();
  });

  it("a caller's section sits after the impact and before the exploits, in text and Markdown", () => {
    const d = diffSchemes(base, base.replace("target 95%", "target 100%"));
    const sections = [{ title: "Simulated here", lines: ["mean score 60.0 → 61.0"] }];
    const text = renderDiffText(d, { sections, exploits: ["opens: x"] });
    expect(text).toContain("Simulated here\n  mean score 60.0 → 61.0\n\nExploits");
    const md = renderDiffMarkdown(d, { sections, exploits: ["opens: x"] });
    expect(md.indexOf("Simulated here")).toBeLessThan(md.indexOf("**Exploits**"));
    expect(md).toContain("- mean score 60.0 → 61.0");
  });
});

describe("the exploit finder's findings", () => {
  it("are a consequence: in Markdown before the changes, with code spans kept", () => {
    const d = diffSchemes(base, base.replace("target 95%", "target 100%"));
    const md = renderDiffMarkdown(d, { exploits: ["opens: marking `5%` of cases done lifts the rating to good"] });
    expect(md.indexOf("**Exploits**")).toBeGreaterThan(0);
    expect(md.indexOf("**Exploits**")).toBeLessThan(md.indexOf("**Changes**"));
    expect(md).toContain("marking `5%` of cases done");
    expect(renderDiffText(d, { exploits: ["opens: x"] })).toContain("Exploits (what the change opens or closes)\n  opens: x");
  });
});
