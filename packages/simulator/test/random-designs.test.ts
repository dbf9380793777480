/**
 * The credibility claims that must hold on any design (docs/model.md §10, phenomena 4 and the
 * zero-reward bound), checked on schemes drawn at random rather than written for the tests:
 * metrics on any observable, self-reported or from the records, audited or not; shares,
 * counts and lower-is-better indicators; a penalising gate or none; two to four bands.
 *
 * - Every reward at 0%: gaming under 3% of staff-periods and false closures under 0.2% of
 *   closures (choice noise is not gaming; nothing is paid, so nothing pulls).
 * - A population of saints: no gaming at all.
 * - Large rewards: no less gaming than none; a gate on audit findings: no more falsification.
 * - 48 periods against 12: the hard backlog and the mean score stay near.
 * - Whatever the design: every share within 0..1, every figure finite or null.
 * Each claim is stated for the domain it is about (output paid for, rewards that differ).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "@goodhart/dsl";
import { simulate } from "../src/index.ts";

interface MetricDraw {
  observes: string;
  type: string;
  source: string;
  audit: number;
}

const CASE_COUNTS = ["cases.received", "cases.closed", "cases.closed_on_time", "cases.closed_hard", "cases.backlog", "cases.reopened"];
/** Observables read as counts a staff member can report themselves. */
const SELF_REPORTABLE = new Set(["cases.closed", "cases.closed_on_time", "cases.closed_hard", "cases.backlog", "cases.reopened"]);
/** Observables that count output: what a volume or timeliness target pays for. */
const OUTPUT = new Set(["cases.closed", "cases.closed_on_time", "cases.closed_hard", "cases.value"]);
/** Of these, a higher number is worse work. */
const WORSE_WHEN_HIGHER = new Set(["cases.backlog", "cases.reopened", "cases.days"]);

const metricDraw: fc.Arbitrary<MetricDraw> = fc.oneof(
  fc
    .record({ observes: fc.constantFrom(...CASE_COUNTS), self: fc.boolean(), audit: fc.constantFrom(0, 0, 5, 20) })
    .map(({ observes, self, audit }) => {
      const source = self && SELF_REPORTABLE.has(observes) ? "self" : "system";
      return { observes, type: "count", source, audit: source === "self" ? audit : 0 };
    }),
  fc.constant({ observes: "cases.days", type: "number", source: "system", audit: 0 }),
  fc.constant({ observes: "cases.value", type: "money", source: "system", audit: 0 }),
  fc.constant({ observes: "survey.satisfaction", type: "ratio", source: "survey", audit: 0 }),
  fc.constant({ observes: "supervisor.score", type: "points", source: "supervisor", audit: 0 }),
);

interface IndicatorDraw {
  a: number;
  /** Divides by another count metric when set (a share). */
  b: number | null;
  /** 0..1: where between the two plausible ends the floor and the target sit. */
  floorAt: number;
  span: number;
  weight: number;
}

const indicatorDraw: fc.Arbitrary<IndicatorDraw> = fc.record({
  a: fc.nat(),
  b: fc.option(fc.nat(), { nil: null }),
  floorAt: fc.double({ min: 0, max: 0.8, noNaN: true }),
  span: fc.double({ min: 0.1, max: 1, noNaN: true }),
  weight: fc.integer({ min: 1, max: 100 }),
});

const designDraw = fc.record({
  metrics: fc.array(metricDraw, { minLength: 1, maxLength: 4 }),
  indicators: fc.array(indicatorDraw, { minLength: 1, maxLength: 3 }),
  gate: fc.boolean(),
  bands: fc.array(fc.record({ min: fc.integer({ min: 20, max: 95 }), reward: fc.integer({ min: 1, max: 20 }) }), {
    minLength: 1,
    maxLength: 3,
  }),
  fallback: fc.integer({ min: -10, max: 0 }),
});

type Design = typeof designDraw extends fc.Arbitrary<infer T> ? T : never;

/** Where a plausible floor and target sit for a value (its typical range in the model's world). */
function range(observes: string, share: boolean): [number, number, string] {
  if (share) return [0.3, 1, "%"];
  if (observes === "cases.days") return [2, 30, ""];
  if (observes === "cases.value") return [0, 50, ""];
  if (observes === "survey.satisfaction") return [0.4, 1, "%"];
  if (observes === "supervisor.score") return [40, 100, ""];
  if (observes === "cases.reopened" || observes === "cases.backlog") return [0, 10, ""];
  if (observes === "cases.closed_hard") return [0, 15, ""];
  return [10, 50, ""];
}

/** The design as a rule file, every reward scaled by `pay` (0: nothing is paid). */
function text(d: Design, pay: number): string {
  const lines: string[] = [];
  d.metrics.forEach((m, i) => {
    lines.push(`metric m${i} { type ${m.type} source ${m.source} observes ${m.observes}${m.audit > 0 ? ` audit ${m.audit}%` : ""} }`);
  });
  const audited = d.metrics.some((m) => m.audit > 0);
  if (audited) lines.push("metric found { type count source audit observes audit.failures }");
  const counts = d.metrics.flatMap((m, i) => (m.type === "count" ? [i] : []));
  d.indicators.forEach((ind, k) => {
    const a = ind.a % d.metrics.length;
    const m = d.metrics[a]!;
    const b =
      ind.b !== null && m.type === "count" && counts.length > 1 ? counts.filter((i) => i !== a)[ind.b % (counts.length - 1)]! : null;
    const share = b !== null || m.type === "ratio";
    const [lo, hi, unit] = range(m.observes, share);
    const lower = b === null && WORSE_WHEN_HIGHER.has(m.observes);
    const floor = lo + (hi - lo) * ind.floorAt;
    const target = floor + (hi - floor) * ind.span;
    const show = (x: number) => (unit === "%" ? `${Math.round(x * 1000) / 10}%` : String(Math.round(x * 10) / 10));
    const [f, t] = lower ? [target, floor] : [floor, target];
    lines.push(
      `indicator i${k} { value m${a}${b !== null ? ` / m${b}` : ""}${lower ? " better lower" : ""} floor ${show(f)} target ${show(t)} weight ${ind.weight} }`,
    );
  });
  if (d.gate && audited) lines.push("gate caught { when found > 0 cap rating fallback }");
  const mins = [...new Set(d.bands.map((x) => x.min))].sort((x, y) => y - x);
  mins.forEach((min, i) => {
    const reward = d.bands.find((x) => x.min === min)!.reward * pay;
    lines.push(`rating band${i} { min ${min} reward ${reward}% }`);
  });
  lines.push(`rating fallback { reward ${d.fallback * pay}% }`);
  return lines.join("\n");
}

/** A drawn design that checks (a floor equal to its target after rounding, say, is skipped). */
function checks(source: string): boolean {
  return !analyze(source).diagnostics.some((x) => x.severity === "error");
}

const RUN = { staff: 400, periods: 4 } as const;

/**
 * The designs are a fixed sample (fast-check's seed), so every run of the suite checks the
 * same ones and a red run means the model changed, not the draw. The figures are simulated
 * shares with seed noise, and a draw at the edge of a claim's domain (a quality-only scheme, a
 * top band paying 3%) can land on either side of a bound. GOODHART_DESIGN_SEED=N draws another
 * sample, to explore (the counts in docs/model.md §12 came from such runs at 5–10× the size).
 */
const SAMPLE = { seed: Number(process.env.GOODHART_DESIGN_SEED ?? 20261204) };

/** A claim checked on `numRuns` designs of the sample, each with a simulation seed of its own. */
function onDrawnDesigns(numRuns: number, claim: (d: Design, seed: number) => void): void {
  fc.assert(fc.property(designDraw, fc.integer({ min: 1, max: 1000 }), claim), { ...SAMPLE, numRuns });
}

describe("claims that hold on any design, on schemes drawn at random", () => {
  it("with every reward at 0%, gaming stays under 3% of staff-periods and false closures under 0.2%", () => {
    onDrawnDesigns(60, (d, seed) => {
      const unpaid = text(d, 0);
      fc.pre(checks(unpaid));
      const s = simulate(unpaid, { ...RUN, seed }).summary;
      expect(s.gamingRate!, unpaid).toBeLessThan(0.03);
      expect(s.falsifiedShare ?? 0, unpaid).toBeLessThan(0.002);
    });
  });

  it("a population of saints never games, whatever the design pays", () => {
    onDrawnDesigns(25, (d, seed) => {
      const paid = text(d, 1);
      fc.pre(checks(paid));
      const s = simulate(paid, { ...RUN, seed, saints: 1, honest: 0, reactive: 0, maniacs: 0 }).summary;
      expect(s.gamingRate, paid).toBe(0);
      expect(s.falsifiedShare ?? 0, paid).toBe(0);
    });
  });

  it("every share stays within 0..1 and every figure is finite or null", () => {
    onDrawnDesigns(25, (d, seed) => {
      const paid = text(d, 1);
      fc.pre(checks(paid));
      const s = simulate(paid, { ...RUN, seed }).summary;
      const shares = [s.gamingRate, s.falsifiedShare, s.morale, ...Object.values(s.gaming), ...Object.values(s.ratings)];
      for (const v of shares) if (v !== null) expect(v >= 0 && v <= 1, paid).toBe(true);
      for (const v of [s.meanScore, s.meanTrueValue, s.hardBacklog, s.scoreTruthCorrelation, s.scoreAbilityCorrelation]) {
        if (v !== null) expect(Number.isFinite(v), paid).toBe(true);
      }
    });
  });

  it("large rewards for output bring no less gaming than none (Campbell; phenomenon 4)", () => {
    onDrawnDesigns(40, (d, seed) => {
      // The claim is about paying for what is counted: a scheme that pays only for few cases
      // reopened pays staff to stop the rushing that choice noise brings, so it may well see
      // less gaming than no pay (measured: 0.25% against 1.25% with zero reopened as target).
      fc.pre(d.indicators.some((i) => OUTPUT.has(d.metrics[i.a % d.metrics.length]!.observes)));
      const paid = text(d, 1);
      const unpaid = text(d, 0);
      fc.pre(checks(paid) && checks(unpaid));
      const a = simulate(paid, { ...RUN, seed }).summary;
      const b = simulate(unpaid, { ...RUN, seed }).summary;
      // Half a point of slack: where the design leaves nothing to game both are choice noise.
      expect(a.gamingRate! + 1e-9, paid).toBeGreaterThanOrEqual(b.gamingRate! - 0.005);
    });
  });

  it("a gate that penalises what audits find never raises falsification (Becker; phenomenon 2)", () => {
    onDrawnDesigns(30, (d, seed) => {
      fc.pre(d.metrics.some((m) => m.audit > 0));
      const gated = text({ ...d, gate: true }, 1);
      const open = text({ ...d, gate: false }, 1);
      fc.pre(checks(gated) && checks(open));
      const a = simulate(gated, { ...RUN, seed }).summary;
      const b = simulate(open, { ...RUN, seed }).summary;
      expect(a.falsifiedShare ?? 0, gated).toBeLessThanOrEqual((b.falsifiedShare ?? 0) + 0.001);
    });
  });

  it("the world settles: 48 periods leave the hard backlog and the mean score near their 12-period values", () => {
    onDrawnDesigns(12, (d, seed) => {
      const paid = text(d, 1);
      fc.pre(checks(paid));
      const short = simulate(paid, { staff: 300, periods: 12, seed }).summary;
      const long = simulate(paid, { staff: 300, periods: 48, seed }).summary;
      // The hard-backlog bound of test/validation/credibility.test.ts; a point more on the score
      // than there, for runs of 300 staff rather than 800.
      expect(Math.abs(long.hardBacklog! - short.hardBacklog!), paid).toBeLessThan(0.25 * short.hardBacklog! + 0.5);
      if (short.meanScore !== null && long.meanScore !== null) expect(Math.abs(long.meanScore - short.meanScore), paid).toBeLessThan(5);
    });
  });
});

/** A volume indicator drawn at random: a count (floor 10–30, target 32–46) or a completion share. */
const volumeDraw = fc.record({
  share: fc.boolean(),
  source: fc.constantFrom("self", "system"),
  floor: fc.integer({ min: 10, max: 30 }),
  target: fc.integer({ min: 32, max: 46 }),
  shareFloor: fc.integer({ min: 40, max: 80 }),
  shareTarget: fc.integer({ min: 85, max: 100 }),
  bands: fc.record({
    topMin: fc.integer({ min: 70, max: 95 }),
    top: fc.integer({ min: 3, max: 20 }),
    midMin: fc.integer({ min: 30, max: 65 }),
    mid: fc.integer({ min: 0, max: 5 }),
  }),
});
type VolumeDesign = typeof volumeDraw extends fc.Arbitrary<infer T> ? T : never;

function volumeText(v: VolumeDesign, o: { extra?: string; ratchet?: string } = {}): string {
  const value = v.share ? `c / r floor ${v.shareFloor}% target ${v.shareTarget}%` : `c floor ${v.floor} target ${v.target}`;
  return `metric c { type count source ${v.source} observes cases.closed }
metric r { type count source system observes cases.received }
indicator vol { aspect volume value ${value} ratchet ${o.ratchet ?? "0%"} weight 100 }
${o.extra ?? ""}
rating top { min ${v.bands.topMin} reward ${v.bands.top}% }
rating mid { min ${v.bands.midMin} reward ${v.bands.mid}% }
rating low { reward 0% }`;
}

/** A figure's mean over seeds 1 and 2 at 800 staff × 6 periods. */
function mean(t: string, f: (s: ReturnType<typeof simulate>["summary"]) => number, params: Parameters<typeof simulate>[1] = {}): number {
  return [1, 2].reduce((sum, seed) => sum + f(simulate(t, { staff: 800, periods: 6, seed, ...params }).summary), 0) / 2;
}

describe("phenomena on volume schemes drawn at random", () => {
  // Measured at two to three times these counts first. Pairing's other half (more true value)
  // held on only 16 of 30: where volume alone draws almost no rushing (0.1–1% of
  // staff-periods), there is nothing to stop, and the weight moved to quality draws less effort
  // (docs/model.md §12).
  it("pairing volume with rework or a survey never raises rushing beyond noise (Holmström–Milgrom; phenomenon 3)", () => {
    fc.assert(
      fc.property(volumeDraw, fc.boolean(), fc.integer({ min: 30, max: 70 }), (v, rework, w) => {
        const quality = rework
          ? `metric reo { type count source system observes cases.reopened }
indicator qual { aspect quality value reo / c better lower floor 10% target 2% weight ${w} }`
          : `metric sat { type ratio source survey observes survey.satisfaction }
indicator qual { aspect satisfaction value sat floor 60% target 90% weight ${w} }`;
        const alone = volumeText(v);
        const paired = volumeText(v, { extra: quality });
        fc.pre(checks(alone) && checks(paired));
        // A fifth of a point of slack: where volume alone draws almost no rushing, both are noise.
        const rushAlone = mean(alone, (s) => s.gaming.rush!);
        expect(
          mean(paired, (s) => s.gaming.rush!),
          paired,
        ).toBeLessThanOrEqual(rushAlone + 0.002);
      }),
      { ...SAMPLE, numRuns: 10 },
    );
  });

  it("a 50% ratchet makes gamers hold back more (Weitzman; phenomenon 6)", () => {
    const gamers = { reactive: 0.5, maniacs: 0.5, saints: 0, honest: 0, periods: 12 };
    fc.assert(
      fc.property(volumeDraw, (v) => {
        // A ratchet costs what the raised target would lose: with a top band paying 3% and the
        // one below it as much, there is nothing to lose (measured: 0.45% holding back either way).
        fc.pre(v.bands.top >= 8 && v.bands.top >= v.bands.mid + 5);
        const flat = volumeText(v);
        const ratchet = volumeText(v, { ratchet: "50%" });
        fc.pre(checks(flat) && checks(ratchet));
        expect(
          mean(ratchet, (s) => s.gaming.holdBack!, gamers),
          ratchet,
        ).toBeGreaterThan(mean(flat, (s) => s.gaming.holdBack!, gamers));
      }),
      { ...SAMPLE, numRuns: 10 },
    );
  });

  it("a count target out of reach lowers morale and true value (Ordóñez et al.; phenomenon 7)", () => {
    fc.assert(
      fc.property(volumeDraw, (v) => {
        const reachable = volumeText({ ...v, share: false });
        const out = volumeText({ ...v, share: false, floor: 100, target: 150 });
        fc.pre(checks(reachable) && checks(out));
        expect(
          mean(out, (s) => s.morale!),
          out,
        ).toBeLessThan(mean(reachable, (s) => s.morale!));
        expect(
          mean(out, (s) => s.meanTrueValue!),
          out,
        ).toBeLessThan(mean(reachable, (s) => s.meanTrueValue!));
      }),
      { ...SAMPLE, numRuns: 8 },
    );
  });

  it("a cliff (one step to 100 points) bunches the measured values just above it (phenomenon 5)", () => {
    fc.assert(
      // Cliffs where the population is: the usual closures are 34–42 of 40 arriving (with the
      // queue carried in), the usual completion share 92–99%. A cliff nobody is near has no one
      // just short of it, and its bunching is undefined (null).
      fc.property(volumeDraw, fc.integer({ min: 34, max: 40 }), fc.integer({ min: 92, max: 98 }), (v, at, pct) => {
        const value = v.share ? `c / r step ${pct}% -> 100` : `c step ${at} -> 100`;
        const cliff = volumeText(v).replace(/value .* ratchet 0% weight/, `value ${value} weight`);
        fc.pre(checks(cliff));
        const bunching = simulate(cliff, { staff: 2000, periods: 6, seed: 1 }).indicators.vol!.bunching;
        expect(bunching, cliff).not.toBeNull();
        expect(bunching!, cliff).toBeGreaterThan(1.5);
      }),
      { ...SAMPLE, numRuns: 10 },
    );
  });
});
