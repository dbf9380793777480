/**
 * The bundled examples are documentation that runs: every scheme must check clean of errors
 * and weight warnings, every staff CSV must fit its scheme, and the numbers the language
 * reference works out by hand must be the numbers the scorer gives.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../packages/dsl/src/semantics/analyze.ts";
import type { Scheme } from "../packages/dsl/src/semantics/model.ts";
import { scoreReference } from "../packages/dsl/src/scoring/reference.ts";
import { quotaAllowance } from "../packages/dsl/src/scoring/quotas.ts";

const here = dirname(fileURLToPath(import.meta.url));
const kpiFiles = readdirSync(here)
  .filter((f) => f.endsWith(".kpi"))
  .sort();
const csvFiles = readdirSync(here)
  .filter((f) => f.endsWith(".staff.csv"))
  .sort();

const read = (f: string) => readFileSync(join(here, f), "utf8");

function schemeOf(file: string): Scheme {
  const analysis = analyze(read(file));
  if (!analysis.scheme) throw new Error(`${file} does not check: ${analysis.diagnostics.map((d) => d.message).join("; ")}`);
  return analysis.scheme;
}

/** The machine-read header line, e.g. `// expected warnings: KPI201, KPI204`. */
function expectedWarnings(text: string): string[] | null {
  const lines = text.split("\n").filter((l) => l.startsWith("// expected warnings:"));
  if (lines.length !== 1) return null;
  const list = lines[0]!.slice("// expected warnings:".length).trim();
  return list === "none" ? [] : list.split(",").map((s) => s.trim());
}

describe("example schemes", () => {
  it("include the required ones and at least eight in all", () => {
    for (const required of [
      "one-stop-shop-clerk.kpi",
      "sales-revenue.kpi",
      "service-desk-satisfaction.kpi",
      "same-day-100.kpi",
      "balanced-casework.kpi",
      "wells-fargo-daily-quota.kpi",
      "ambulance-8-minutes.kpi",
      "red-beads.kpi",
      "ratchet-plan.kpi",
      "decree-335-civil-servant.kpi",
      "decision-766-unit.kpi",
    ]) {
      expect(kpiFiles).toContain(required);
    }
    expect(kpiFiles.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(kpiFiles)("%s", (file) => {
    const text = read(file);

    it("opens with a comment block carrying one well-formed expected-warnings line", () => {
      expect(text.startsWith("//")).toBe(true);
      const expected = expectedWarnings(text);
      expect(expected).not.toBeNull();
      for (const code of expected!) expect(code).toMatch(/^KPI20[1-8]$/);
      expect(new Set(expected).size).toBe(expected!.length);
    });

    it("has no error and no KPI1xx warning", () => {
      const { diagnostics, scheme } = analyze(text);
      const bad = diagnostics.filter((d) => d.severity === "error" || d.code.startsWith("KPI1"));
      expect(bad.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code} ${d.message}`)).toEqual([]);
      expect(scheme).not.toBeNull();
    });

    it("binds every metric it can to a simulator observable and has a simulation block", () => {
      const scheme = schemeOf(file);
      const unbound = scheme.metrics.filter((m) => m.observes === null).map((m) => m.name);
      // Only these have no observable to stand for: disciplinary records, and the unit index's
      // publicity, online-service and digitisation shares.
      const UNBOUND: Record<string, string[]> = {
        "one-stop-shop-clerk.kpi": ["reprimands"],
        "decree-335-civil-servant.kpi": ["disciplinary"],
        "decision-766-unit.kpi": ["published", "online_share", "paid_online", "digitised"],
      };
      expect(unbound).toEqual(UNBOUND[file] ?? []);
      expect(scheme.simulations.length).toBe(1);
    });

    it("scores any row to a defined band, with a score within the reach of its caps", () => {
      const scheme = schemeOf(file);
      const maxCap = Math.max(100, ...scheme.indicators.map((i) => i.cap));
      const cell = fc.option(fc.double({ min: 0, max: 400_000, noNaN: true }), { nil: null });
      fc.assert(
        fc.property(fc.tuple(...scheme.metrics.map(() => cell)), (values) => {
          const row = Object.fromEntries(scheme.metrics.map((m, i) => [m.name, values[i]]));
          const r = scoreReference(scheme, row);
          expect(scheme.ratings.map((b) => b.name)).toContain(r.rating);
          if (r.score !== null) {
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score).toBeLessThanOrEqual(maxCap);
          }
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe("staff CSVs", () => {
  it("exist for at least three schemes and are what the generator writes", () => {
    expect(csvFiles.length).toBeGreaterThanOrEqual(3);
    const r = spawnSync(process.execPath, [join(here, "tools/make-staff.mjs"), "--check"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  describe.each(csvFiles)("%s", (file) => {
    const lines = read(file).trimEnd().split("\n");
    const header = lines[0]!.split(",");
    const rows = lines.slice(1).map((l) => l.split(","));

    const scheme = schemeOf(file.replace(/\.staff\.csv$/, ".kpi"));
    // `id`, `unit`, the scheme's other pool columns (text), then the metrics (numbers).
    const firstMetric = 2 + scheme.pool.columns.filter((c) => c !== "unit").length;

    it("has `id`, `unit`, the scheme's other pool columns, then exactly one column per metric", () => {
      expect(header.slice(0, firstMetric)).toEqual(["id", "unit", ...scheme.pool.columns.filter((c) => c !== "unit")]);
      expect(header.slice(firstMetric)).toEqual(scheme.metrics.map((m) => m.name));
    });

    it("has 30 to 120 rows of numbers, percents or missing cells, and some missing ones", () => {
      expect(rows.length).toBeGreaterThanOrEqual(30);
      expect(rows.length).toBeLessThanOrEqual(120);
      let missing = 0;
      for (const row of rows) {
        expect(row.length).toBe(header.length);
        expect(row[0]).not.toBe("");
        for (const cell of row.slice(firstMetric)) {
          if (cell === "") missing += 1;
          else expect(cell).toMatch(/^\d+(\.\d+)?%?$/);
        }
      }
      expect(missing).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    });
  });
});

describe("the language reference's worked example (docs/language-reference.md §6)", () => {
  const scheme = schemeOf("balanced-casework.kpi");
  const row = { received: 50, closed: 45, closed_on_time: 40, open_at_end: 9, reopened: 3, satisfaction: 0.84, audit_failures: 0 };

  it("gives the hand-computed points, groups, score and rating", () => {
    const r = scoreReference(scheme, row);
    // Points are computed from values already on the 9-decimal grid (exact at the boundary), so
    // a point can differ from the exact fraction by the value's rounding times the line's slope.
    expect(r.indicators.throughput!.points).toBeCloseTo(80, 9);
    expect(r.indicators.on_time!.points).toBeCloseTo(625 / 9, 6);
    expect(r.indicators.backlog!.points).toBeCloseTo(220 / 3, 6);
    expect(r.indicators.rework!.points).toBeCloseTo(625 / 9, 6);
    expect(r.indicators.citizen_view!.points).toBeCloseTo(70, 9);
    expect(r.groups.delivery).toBeCloseTo(74.30556, 4);
    expect(r.groups.standard).toBeCloseTo(69.72222, 4);
    expect(r.score).toBeCloseTo(72.47222, 4);
    expect(r.gates).toEqual([]);
    expect(r.rating).toBe("strong");
  });

  it("gives the variations the reference lists", () => {
    expect(scoreReference(scheme, { ...row, satisfaction: null }).score).toBeCloseTo(72.36111, 4);
    const gated = scoreReference(scheme, { ...row, audit_failures: 1 });
    expect([gated.rating, gated.gates]).toEqual(["below", ["falsified"]]);
    const reworked = scoreReference(scheme, { ...row, reopened: 10 });
    expect(reworked.score).toBeCloseTo(58.58333, 4);
    expect([reworked.rating, reworked.gates]).toEqual(["meets", ["rework_ceiling"]]);
    expect(scoreReference(scheme, { ...row, audit_failures: null }).gates).toEqual([]);
  });

  it("lets 5 of 10 excellent stay beside 20 good under `quota 20% of good`", () => {
    const clerk = schemeOf("one-stop-shop-clerk.kpi");
    const counts = clerk.ratings.map((b) => (b.name === "excellent" ? 10 : b.name === "good" ? 20 : 0));
    expect(quotaAllowance(clerk, 0, counts, 30)).toBe(5);
  });
});
