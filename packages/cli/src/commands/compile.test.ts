import { analyze, type scoreRows } from "@goodhart/dsl";
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runWith } from "../test-support/mem-io.ts";

const dir = mkdtempSync(join(tmpdir(), "goodhart-compile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Module {
  metrics: string[];
  ratings: string[];
  score(row: Record<string, number | null>): {
    score: number | null;
    rating: string;
    gates: string[];
    groups: Record<string, number | null>;
    indicators: Record<string, { value: number | null; points: number | null }>;
  };
  scoreColumns(columns: Record<string, Float64Array>, n: number): { score: Float64Array; rating: Uint8Array };
}

let counter = 0;
async function load(text: string): Promise<Module> {
  const file = join(dir, `m${counter++}.mjs`);
  writeFileSync(file, text);
  return (await import(pathToFileURL(file).href)) as Module;
}

async function compileText(scheme: string): Promise<string> {
  const r = await runWith(["compile", "s.kpi"], { "s.kpi": scheme });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return r.stdout;
}

/** Labels that would break out of a comment, a template literal, a string or a script tag. */
const NASTY = '*/ ` ${globalThis.__goodhartCanary = 1} </script> \\" \\\\ \u2028 \u2029 */ globalThis.__goodhartCanary = 2; /*';

const HOSTILE = `scheme "${NASTY}" {
  version "${NASTY}"
  note "${NASTY}"
}

metric constructor "${NASTY}" {
  type count
  source system
}

metric __proto__ "${NASTY}" {
  type count
  source system
}

metric toString "${NASTY}" {
  type number
  source supervisor
}

group hasOwnProperty "${NASTY}" {
  weight 70
  note "${NASTY}"
}

indicator valueOf "${NASTY}" {
  group hasOwnProperty
  aspect volume
  value constructor / __proto__
  floor 50%
  target 95%
  weight 60
}

indicator prototype "${NASTY}" {
  group hasOwnProperty
  aspect quality
  value toString
  better lower
  step 1 -> 100
  step 3 -> 60
  step 6 -> 20
  weight 40
}

indicator then "${NASTY}" {
  aspect conduct
  value toString * 10
  floor 0
  target 80
  weight 30
}

gate __lookupGetter__ "${NASTY}" {
  when toString > 8
  cap rating isPrototypeOf
}

gate __defineSetter__ "${NASTY}" {
  when valueOf.points < 10 and constructor > 0
  cap score 40
}

rating propertyIsEnumerable "${NASTY}" {
  min 80
  quota 50%
  reward 10%
}

rating isPrototypeOf "${NASTY}" {
  reward 0%
}
`;

const METRICS = ["constructor", "__proto__", "toString"] as const;

/** Rows as [constructor, __proto__, toString]: an object literal cannot own `__proto__`. */
const row = fc.tuple(
  fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
  fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
  fc.option(
    fc.double({ min: 0, max: 12, noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
    { nil: null },
  ),
);

function same(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Object.is(a, b);
}

describe("goodhart compile", () => {
  it("the hostile scheme checks clean (so the test exercises what it means to)", () => {
    const a = analyze(HOSTILE);
    expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("emits a module that loads, has no imports, and touches nothing global", async () => {
    const text = await compileText(HOSTILE);
    expect(text).not.toMatch(/^\s*import\b/m);
    const m = await load(text);
    expect((globalThis as Record<string, unknown>).__goodhartCanary).toBeUndefined();
    expect(m.metrics).toEqual(["constructor", "__proto__", "toString"]);
    expect(m.ratings).toEqual(["propertyIsEnumerable", "isPrototypeOf"]);
    expect(Object.hasOwn(Object.prototype, "valueOf")).toBe(true);
  });

  it("score and scoreColumns agree bit for bit with goodhart score", async () => {
    const m = await load(await compileText(HOSTILE));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
        const csv = `id,constructor,__proto__,toString\n${rows.map((r, i) => `s${i},${r.map((v) => (v === null ? "" : String(v))).join(",")}`).join("\n")}\n`;
        const out = await runWith(["score", "s.kpi", "--data", "staff.csv"], { "s.kpi": HOSTILE, "staff.csv": csv });
        expect(out.stderr).toBe("");
        const doc = JSON.parse(out.stdout) as ReturnType<typeof scoreRows>;
        const columns: Record<string, Float64Array> = Object.create(null);
        METRICS.forEach((name, k) => (columns[name] = Float64Array.from(rows, (r) => r[k] ?? NaN)));
        const fast = m.scoreColumns(columns, rows.length);
        rows.forEach((r, i) => {
          const input: Record<string, number | null> = Object.create(null);
          METRICS.forEach((name, k) => (input[name] = r[k]!));
          const one = m.score(input);
          const cli = doc.staff[i]!;
          expect(same(one.score, cli.score)).toBe(true);
          expect(one.rating).toBe(cli.ratingBeforeQuota);
          expect(one.gates).toEqual(cli.gates);
          for (const [name, ind] of Object.entries(cli.indicators)) {
            expect(same(one.indicators[name]!.value, ind.value)).toBe(true);
            expect(same(one.indicators[name]!.points, ind.points)).toBe(true);
          }
          for (const [name, g] of Object.entries(cli.groups)) expect(same(one.groups[name]!, g)).toBe(true);
          expect(same(Number.isNaN(fast.score[i]!) ? null : fast.score[i]!, cli.score)).toBe(true);
          expect(m.ratings[fast.rating[i]!]).toBe(cli.ratingBeforeQuota);
        });
      }),
      { numRuns: 40 },
    );
  });

  it("no name or label drawn from a hostile alphabet escapes its string literal", async () => {
    const labelChar = fc.constantFrom(
      "*",
      "/",
      "`",
      "$",
      "{",
      "}",
      "<",
      ">",
      "\\\\",
      '\\"',
      "'",
      "\u2028",
      "\u2029",
      "(",
      ")",
      ";",
      "=",
      "a",
      " ",
      "g",
      "l",
      "o",
      "b",
      "\u0000",
    );
    const nameChar = fc.constantFrom("_", "a", "π", "ổ", "$".replace("$", "z"));
    const name = fc.tuple(fc.constantFrom("_", "x", "π"), fc.string({ unit: nameChar, maxLength: 6 })).map(([a, b]) => a + b);
    const label = fc.string({ unit: labelChar, maxLength: 30 }).map((s) => `${s} ${NASTY}`);
    let loaded = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(name, { minLength: 3, maxLength: 3, comparator: (a, b) => a === b }),
        label,
        label,
        async ([metric, indicator, band], l1, l2) => {
          if (metric === undefined || indicator === undefined || band === undefined)
            throw new Error("uniqueArray({ minLength: 3 }) gave fewer than 3 names");
          const text = `scheme "${l1}" {\n  version "${l2}"\n}\nmetric ${metric} "${l1}" {\n  type count\n}\nindicator ${indicator} "${l2}" {\n  value ${metric}\n  floor 1\n  target 10\n  weight 100\n  note "${l1}"\n}\nrating ${band} "${l2}" {\n  reward 0%\n}\n`;
          const a = analyze(text);
          if (!a.scheme) return;
          const m = await load(await compileText(text));
          loaded++;
          expect((globalThis as Record<string, unknown>).__goodhartCanary).toBeUndefined();
          expect(m.metrics).toEqual([metric]);
          expect(m.ratings).toEqual([band]);
          expect(m.score({ [metric]: 10 }).indicators[indicator]!.points).toBe(100);
        },
      ),
      { numRuns: 30 },
    );
    expect(loaded).toBeGreaterThan(0);
  });

  it("-o writes the module to a file and nothing to stdout", async () => {
    const r = await runWith(["compile", "s.kpi", "-o", "out.mjs"], { "s.kpi": HOSTILE });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.files.get("out.mjs")).toBe(await compileText(HOSTILE));
  });

  it("a scheme with errors prints diagnostics and writes nothing", async () => {
    const r = await runWith(["compile", "s.kpi", "-o", "out.mjs"], { "s.kpi": "metric a { type count }\n" });
    expect(r.code).toBe(1);
    expect(r.files.has("out.mjs")).toBe(false);
    expect(r.stderr).toMatch(/s\.kpi:\d+:\d+: error KPI006/);
  });
});
