import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { format } from "../format/format.ts";
import { analyze } from "../semantics/analyze.ts";
import { DEFAULTS, defaultText } from "../semantics/properties.ts";
import { changeSentence } from "./describe.ts";
import { diffSchemes } from "./diff.ts";
import { declared, printModel, renameIn, schemeModel, type SchemeModel } from "./scheme-arbitrary.ts";

const noDiagnostics = { added: [], removed: [], changed: [], accepted: [] };
const empty = { changes: [], effectiveWeights: {}, diagnostics: noDiagnostics };
const seed = fc.integer({ min: 1, max: 2 ** 31 - 1 });

describe("diffSchemes: laws", () => {
  it("finds nothing between a scheme and itself", () => {
    fc.assert(
      fc.property(schemeModel, seed, (model, s) => {
        const text = printModel(model, s);
        expect(diffSchemes(text, text)).toEqual(empty);
      }),
      { numRuns: 150 },
    );
  });

  it("finds nothing when only spacing, comments, blank lines and redundant parentheses differ", () => {
    fc.assert(
      fc.property(schemeModel, seed, seed, (model, s1, s2) => {
        expect(diffSchemes(printModel(model, s1), printModel(model, s2))).toEqual(empty);
      }),
      { numRuns: 150 },
    );
  });

  it("finds nothing between a scheme and its formatted text", () => {
    fc.assert(
      fc.property(schemeModel, seed, (model, s) => {
        const text = printModel(model, s);
        const formatted = format(text);
        expect(formatted).not.toBeNull();
        expect(diffSchemes(text, formatted!)).toEqual(empty);
      }),
      { numRuns: 100 },
    );
  });

  it("finds nothing when declarations are reordered", () => {
    fc.assert(
      fc.property(schemeModel, fc.func(fc.integer()), (model, rank) => {
        const shuffled = [...model].sort((a, b) => rank(a.name) - rank(b.name));
        expect(diffSchemes(printModel(model), printModel(shuffled))).toEqual(empty);
      }),
      { numRuns: 100 },
    );
  });

  it("reports one edited property as exactly one change naming its old and new text", () => {
    const edit = schemeModel.chain((model) => {
      const editable = model.flatMap((d, di) =>
        d.properties.map((p, pi) => ({ di, pi, key: p[0] })).filter((x) => ["weight", "min", "reward", "audit"].includes(x.key)),
      );
      return fc.tuple(fc.constant(model), fc.constantFrom(...editable), fc.integer({ min: 101, max: 999 }));
    });
    fc.assert(
      fc.property(edit, seed, ([model, at, n], s) => {
        const edited: SchemeModel = structuredClone(model);
        const oldText = edited[at.di]!.properties[at.pi]![1].join(" ");
        const newText = at.key === "reward" || at.key === "audit" ? `${n}%` : String(n);
        edited[at.di]!.properties[at.pi]![1] = [newText];
        const d = diffSchemes(printModel(model), printModel(edited, s));
        expect(d.changes).toHaveLength(1);
        expect(d.changes[0]).toMatchObject({
          kind: "changed",
          declaration: model[at.di]!.kind,
          name: model[at.di]!.name,
          property: at.key,
          old: oldText,
          new: newText,
        });
        expect(d.changes[0]!.text).toContain(`${at.key} ${oldText} → ${newText}`);
      }),
      { numRuns: 100 },
    );
  });

  it("reports a rename that every reference follows as one rename and nothing else", () => {
    const pick = schemeModel.chain((model) => fc.tuple(fc.constant(model), fc.constantFrom(...declared(model))));
    fc.assert(
      fc.property(pick, seed, ([model, target], s) => {
        const twins = model.filter(
          (d) =>
            d !== target &&
            d.kind === target.kind &&
            JSON.stringify([...d.properties].sort()) === JSON.stringify([...target.properties].sort()),
        );
        // A body shared with another declaration of its kind cannot say which one was renamed.
        fc.pre(twins.length === 0);
        const renamed = renameIn(model, target.name, `${target.name}_new`);
        const d = diffSchemes(printModel(model), printModel(renamed, s));
        expect(d.changes).toEqual([
          {
            kind: "renamed",
            declaration: target.kind,
            name: `${target.name}_new`,
            old: target.name,
            new: `${target.name}_new`,
            text: `${target.kind} ${target.name} renamed to ${target.name}_new`,
          },
        ]);
        expect(d.diagnostics).toEqual(noDiagnostics);
        expect(d.effectiveWeights).toEqual({});
      }),
      { numRuns: 150 },
    );
  });
});

const base = `scheme "S" { period month }
metric done { type count source system }
metric late { type count source system }
metric rw { type count source system }
group work { weight 60 }
group care { weight 40 }
indicator volume { group work  aspect volume  value done  floor 10  target 50  weight 50 }
indicator pace { group work  aspect timeliness  value late / done  better lower
  step 5% -> 100
  step 10% -> 60
  step 20% -> 30
  weight 50 }
indicator rework { group care  aspect quality  value rw / done  better lower  floor 20%  target 5%  weight 100 }
rating top { min 80  quota 20% }
rating rest { reward 0% }
`.replace(/ {2}(?=[a-z])/g, "\n  ");

describe("diffSchemes: what a reviewer reads", () => {
  it("says a group move is one change of `group`, and lists the weights that moved", () => {
    const d = diffSchemes(base, base.replace("group care  aspect quality".replace("  ", "\n  "), "group work\n  aspect quality"));
    expect(d.changes).toEqual([
      {
        kind: "changed",
        declaration: "indicator",
        name: "rework",
        property: "group",
        old: "care",
        new: "work",
        text: "indicator rework: group care → work",
      },
    ]);
    expect(Object.keys(d.effectiveWeights).sort()).toEqual(["pace", "rework", "volume"]);
    expect(d.effectiveWeights.rework!.old).toBeCloseTo(0.4, 12);
  });

  it("compares steps as a set and prints them all when they differ", () => {
    const reordered = base.replace("step 5% -> 100\n  step 10% -> 60", "step 10% -> 60\n  step 5% -> 100");
    expect(diffSchemes(base, reordered).changes).toEqual([]);
    const d = diffSchemes(base, base.replace("step 10% -> 60", "step 10% -> 70"));
    expect(d.changes).toHaveLength(1);
    expect(d.changes[0]).toMatchObject({
      property: "step",
      old: "5% -> 100, 10% -> 60, 20% -> 30",
      new: "5% -> 100, 10% -> 70, 20% -> 30",
    });
  });

  it("a property added or removed says what the side without it has: the default, as the scheme reads it", () => {
    // Each property with a default, a value other than it, and where it goes in `base`.
    const written: Record<string, { after: string; value: string }> = {
      "scheme.period": { after: 'scheme "S" {', value: "quarter" },
      "scheme.missing": { after: 'scheme "S" {', value: "zero" },
      "scheme.pool": { after: 'scheme "S" {', value: "unit, role" },
      "indicator.better": { after: "target 50", value: "lower" },
      "indicator.cap": { after: "target 50", value: "120" },
      "indicator.ratchet": { after: "target 50", value: "5%" },
      "rating.reward": { after: "quota 20%", value: "5%" },
    };
    const keys = Object.entries(DEFAULTS).flatMap(([kind, row]) => Object.keys(row).map((key) => `${kind}.${key}`));
    expect(keys.sort()).toEqual(Object.keys(written).sort());
    const without = base.replace('scheme "S" { period month }', 'scheme "S" {\n}');
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.boolean(), (at, removing) => {
        const [kind, key] = at.split(".") as [keyof typeof DEFAULTS, string];
        const { after, value } = written[at]!;
        const withIt = without.replace(after, `${after}\n  ${key} ${value}`);
        const fallback = defaultText(kind, key)!;
        const [change, ...rest] = (removing ? diffSchemes(withIt, without) : diffSchemes(without, withIt)).changes;
        expect(rest.filter((c) => c.property === key)).toEqual([]);
        expect(change).toMatchObject({ property: key, old: removing ? value : null, new: removing ? null : value, default: fallback });
        expect(change!.text).toContain(`${key} ${value} ${removing ? "removed (now" : "added (was"} the default, ${fallback}`);
        // The default named is the one scoring uses: the scheme without the property reads it.
        const lowered = analyze(without).scheme!;
        const read =
          kind === "scheme"
            ? key === "pool"
              ? lowered.pool.columns.join(", ")
              : String(lowered[key as "period" | "missing"])
            : kind === "indicator"
              ? String(lowered.indicators.find((i) => i.name === "volume")![key as "better" | "cap" | "ratchet"])
              : String(lowered.ratings.find((r) => r.name === "top")!.reward);
        expect(read).toBe(typeof DEFAULTS[kind][key as never] === "number" ? String(DEFAULTS[kind][key as never]) : fallback);
      }),
    );
    // A property with no default (a metric's `audit`) is simply added or removed.
    const audited = diffSchemes(base, base.replace("metric done { type count", "metric done { type count audit 5%"));
    expect(audited.changes[0]).not.toHaveProperty("default");
    expect(audited.changes[0]!.text).toBe("metric done: audit 5% added");
    // In Vietnamese too.
    const period = diffSchemes(base, without).changes[0]!;
    expect(changeSentence(period, undefined, [], "vi")).toBe("bộ tiêu chí: bỏ period month (nay theo giá trị mặc định month)");
  });

  it("an aspect left out is the one inferred from what the indicator reads; a group left out is the top level", () => {
    const text = `scheme "S" { period month }
metric closed { type count source system observes cases.closed }
metric reo { type count source system observes cases.reopened }
group work { weight 100 }
indicator vol {
  group work
  aspect volume
  value closed
  floor 10
  target 40
  weight 50
}
indicator rw {
  group work
  value reo / closed
  better lower
  floor 10%
  target 2%
  weight 50
}
rating good { min 50 reward 5% }
rating poor { reward 0% }
`;
    const other = text
      .replace("  group work\n  aspect volume\n", "")
      .replace("  group work\n  value reo", "  group work\n  aspect quality\n  value reo");
    const d = diffSchemes(text, other);
    const change = (property: string, name: string) => d.changes.find((c) => c.property === property && c.name === name)!;
    // The aspect each side reads without it is the checker's own inference.
    const inferred = (src: string, name: string) => analyze(src).scheme!.indicators.find((i) => i.name === name)!.aspect;
    expect(change("aspect", "vol")).toMatchObject({ old: "volume", new: null, default: inferred(other, "vol") });
    expect(change("aspect", "vol").text).toBe(
      `indicator vol: aspect volume removed (now inferred from what it reads, ${inferred(other, "vol")})`,
    );
    expect(change("aspect", "rw")).toMatchObject({ old: null, new: "quality", default: inferred(text, "rw") });
    expect(change("group", "vol").text).toBe("indicator vol: group work removed (now at the top level of the score)");
    expect(change("group", "vol")).not.toHaveProperty("default");
    expect(diffSchemes(other, text).changes.find((c) => c.property === "group")!.text).toBe(
      "indicator vol: group work added (was at the top level of the score)",
    );
  });

  it("treats 95%, 0.95 and 0.950 as one number", () => {
    const a = base.replace("target 5%", "target 0.05");
    expect(diffSchemes(base, a).changes).toEqual([]);
  });

  it("names a diagnostic that now fires in the change that caused it", () => {
    const dominant = base
      .replace("target 50\n  weight 50", "target 50\n  weight 90")
      .replace(/step 20% -> 30\s+weight 50/, "step 20% -> 30\n  weight 10");
    const d = diffSchemes(base, dominant);
    expect(d.changes.map((c) => c.text)).toEqual([
      "indicator volume: weight 50 → 90 (KPI203 dominant indicator now fires)",
      "indicator pace: weight 50 → 10",
    ]);
    expect(d.effectiveWeights.volume!.new).toBeCloseTo(0.54, 12);
    const fired = diffSchemes(base, base.replace("target 50", "target 50\n  ratchet 10%"));
    expect(fired.changes).toEqual([
      expect.objectContaining({
        property: "ratchet",
        old: null,
        new: "10%",
        default: "0%",
        text: "indicator volume: ratchet 10% added (was the default, 0%; KPI207 ratchet now fires)",
      }),
    ]);
    expect(fired.diagnostics.added).toEqual([expect.objectContaining({ code: "KPI207", name: "volume" })]);
    expect(fired.diagnostics.removed).toEqual([]);
    const back = diffSchemes(base.replace("target 50", "target 50\n  ratchet 10%"), base);
    expect(back.changes[0]!.text).toBe("indicator volume: ratchet 10% removed (now the default, 0%; KPI207 ratchet no longer fires)");
    expect(back.diagnostics.removed.map((x) => x.code)).toEqual(["KPI207"]);
  });

  it("reports added and removed declarations by name and label", () => {
    const more = `${base}gate caught "Caught" {\n  when rw > 3\n  cap rating rest\n}\n`;
    const body = { when: "rw > 3", cap: "rating rest" };
    expect(diffSchemes(base, more).changes).toEqual([
      {
        kind: "added",
        declaration: "gate",
        name: "caught",
        label: "Caught",
        properties: body,
        text: 'gate caught "Caught" added: when rw > 3, cap rating rest',
      },
    ]);
    expect(diffSchemes(more, base).changes).toEqual([
      {
        kind: "removed",
        declaration: "gate",
        name: "caught",
        label: "Caught",
        properties: body,
        text: 'gate caught "Caught" removed: when rw > 3, cap rating rest',
      },
    ]);
  });

  it("reports a relabel as a change of `label`, also on a renamed declaration", () => {
    const d = diffSchemes(base, base.replace("rating top {", 'rating best "Best" {'));
    expect(d.changes.map((c) => c.text)).toEqual(["rating top renamed to best", 'rating best: label "Best" added']);
  });

  it("keeps diagnostics that only follow a rename out of the list", () => {
    // The weight warning sits on group `care` and names `rework` in its message.
    const dominant = base.replace("target 5%\n  weight 100", "target 5%\n  weight 80");
    expect(
      analyze(dominant)
        .diagnostics.filter((x) => x.code === "KPI101")
        .map((x) => [x.declaration?.name, x.message.includes("rework")]),
    ).toEqual([["care", true]]);
    const renamed = dominant.replaceAll("rework", "quality");
    const d = diffSchemes(dominant, renamed);
    expect(d.changes).toEqual([expect.objectContaining({ kind: "renamed", old: "rework", new: "quality" })]);
    expect(d.diagnostics).toEqual(noDiagnostics);
  });

  it("follows a band rename into `cap rating` and `quota … of`", () => {
    const withRefs = `${base.replace("quota 20% }", "quota 20% of rest }")}gate g {\n  when rw > 3\n  cap rating rest\n}\n`;
    expect(withRefs).toContain("quota 20% of rest");
    const d = diffSchemes(withRefs, withRefs.replace(/\brest\b/g, "fallback"));
    expect(d.changes.map((c) => c.text)).toEqual(["rating rest renamed to fallback"]);
    expect(d.diagnostics).toEqual(noDiagnostics);
  });

  it("still diffs a file with syntax errors, listing the new error", () => {
    const broken = base.replace("target 50", "target 50 )");
    const d = diffSchemes(base, broken);
    expect(d.diagnostics.added.map((x) => x.code)).toContain("KPI001");
    expect(d.effectiveWeights).toEqual({});
  });
});
