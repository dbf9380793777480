/**
 * The eight hold-out designs, each a function of knobs so that one phenomenon's arms differ in
 * the declaration it is about and nothing else. Written for the audit, not copied from the
 * repository's tests or examples; see main.ts for why they must stay as written.
 */
import { type Band, gate, type IndicatorSpec, indicator, metric, ratings, scheme } from "./lib.ts";

export interface Knobs {
  /** Target of the design's main indicator. */
  target?: string | number;
  /** Audit 10% of every self-reported metric. */
  audit?: boolean;
  /** A penalising gate on audit failures. */
  gate?: boolean;
  /** Add a rework indicator, reopened ÷ closed, better lower. */
  quality?: boolean;
  /** Keep only the design's volume indicator(s). */
  volumeOnly?: boolean;
  /** Add an indicator that scores hard cases closed. */
  hardInd?: boolean;
  ratchet?: number;
  /** Steps with a jump of 50 points or more on the main indicator instead of floor and target. */
  cliff?: boolean;
  /** Every reward 0%. */
  zero?: boolean;
  /** A weight-0 audit-sourced twin of the on-time indicator: the true share beside the reported one. */
  shadow?: boolean;
  /** The main metrics read from the system records instead of self-reported. */
  systemMain?: boolean;
  /** D2 only: the target of its on-time share of returns processed (its main indicator is a count). */
  ptarget?: string;
}

export type TargetLevel = "easy" | "hard" | "hard1" | "unreachable" | "high";

export interface Design {
  id: string;
  domain: string;
  /** The indicator whose bunching §4.5 reads. */
  main: string;
  /** hard1 is one step (a point, a case, 5,000) past hard; high is the "toward 100%" target of §4.1/§4.2. */
  targets?: Record<TargetLevel, string | number>;
  /** The scored on-time indicator and its audit-sourced twin (with `shadow`). */
  onTime?: { scored: string; shadow: string };
  build: (k: Knobs) => string;
}

const audited = (k: Knobs): number | undefined => (k.audit ? 10 : undefined);
const mainSource = (k: Knobs): "self" | "system" => (k.systemMain ? "system" : "self");

function assemble(label: string, metrics: string[], inds: IndicatorSpec[], bands: Band[], k: Knobs): string {
  const lowest = bands[bands.length - 1]!.name;
  return scheme(label) + metrics.join("") + inds.map(indicator).join("") + ratings(bands, k.zero) + (k.gate ? gate(lowest) : "");
}

function rework(closed: string, weight: number): IndicatorSpec {
  return { name: "rework", aspect: "quality", value: `reopened / ${closed}`, lower: true, floor: "15%", target: "3%", weight };
}

/**
 * A design's main indicator, the one its phenomena vary: a cliff of steps under `cliff`, else
 * floor and target (the arm's target, or the design's own) with the arm's ratchet.
 */
function mainIndicator(
  k: Knobs,
  base: Pick<IndicatorSpec, "name" | "aspect" | "value" | "weight">,
  steps: NonNullable<IndicatorSpec["steps"]>,
  floor: string | number,
  target: string | number,
): IndicatorSpec {
  return k.cliff ? { ...base, steps } : { ...base, floor, target: k.target ?? target, ratchet: k.ratchet };
}
/** D1: discharges within the standard as a share of admissions, self-reported. */
const hospital: Design = {
  id: "D1",
  domain: "hospital ward",
  main: "timely_discharge",
  targets: { easy: "55%", hard: "80%", hard1: "81%", unreachable: "99%", high: "100%" },
  onTime: { scored: "timely_discharge", shadow: "true_timely" },
  build(k) {
    const bands: Band[] = [
      { name: "excellent", min: 85, reward: 10 },
      { name: "good", min: 60, reward: 4 },
      { name: "poor", reward: 0 },
    ];
    const m = [
      metric("discharged", "count", mainSource(k), "cases.closed", audited(k)),
      metric("discharged_timely", "count", mainSource(k), "cases.closed_on_time", audited(k)),
      metric("admitted", "count", "system", "cases.received"),
      metric("reopened", "count", "system", "cases.reopened"),
    ];
    const main = mainIndicator(
      k,
      { name: "timely_discharge", aspect: "timeliness", value: "discharged_timely / admitted", weight: 70 },
      [
        ["75%", 100],
        ["50%", 30],
      ],
      "40%",
      "80%",
    );
    const inds: IndicatorSpec[] = [main];
    if (!k.volumeOnly)
      inds.push({ name: "throughput", aspect: "volume", value: "discharged / admitted", floor: "70%", target: "95%", weight: 30 });
    if (k.quality) inds.push(rework("discharged", 40));
    if (k.shadow) {
      m.push(metric("true_timely_n", "count", "audit", "cases.closed_on_time"));
      inds.push({ name: "true_timely", aspect: "timeliness", value: "true_timely_n / admitted", floor: "40%", target: "80%", weight: 0 });
    }
    return assemble("Ward 7 discharges", m, inds, bands, k);
  },
};

/** D2: returns processed (a count) and the on-time share of returns processed. */
const tax: Design = {
  id: "D2",
  domain: "tax office",
  main: "returns",
  targets: { easy: 25, hard: 40, hard1: 41, unreachable: 60, high: 45 },
  onTime: { scored: "punctual", shadow: "true_punctual" },
  build(k) {
    const bands: Band[] = [
      { name: "outstanding", min: 90, reward: 8, quota: 20 },
      { name: "satisfactory", min: 50, reward: 3 },
      { name: "unsatisfactory", reward: 0 },
    ];
    const m = [
      metric("processed", "count", mainSource(k), "cases.closed", audited(k)),
      metric("processed_on_time", "count", mainSource(k), "cases.closed_on_time", audited(k)),
      metric("reopened", "count", "system", "cases.reopened"),
      metric("processed_hard", "count", "system", "cases.closed_hard"),
    ];
    const main = mainIndicator(
      k,
      { name: "returns", aspect: "volume", value: "processed", weight: 50 },
      [
        [38, 100],
        [20, 20],
      ],
      20,
      40,
    );
    const inds: IndicatorSpec[] = [main];
    if (!k.volumeOnly)
      inds.push({
        name: "punctual",
        aspect: "timeliness",
        value: "processed_on_time / processed",
        floor: "60%",
        // §4.10's shadow arm asks for a 100% on-time target; its main indicator is the count.
        target: k.ptarget ?? (k.shadow ? "100%" : "88%"),
        weight: 50,
      });
    if (k.quality) inds.push(rework("processed", 40));
    if (k.hardInd) inds.push({ name: "complex", aspect: "volume", value: "processed_hard", floor: 2, target: 8, weight: 40 });
    if (k.shadow) {
      m.push(metric("true_processed", "count", "audit", "cases.closed"), metric("true_on_time", "count", "audit", "cases.closed_on_time"));
      inds.push({
        name: "true_punctual",
        aspect: "timeliness",
        value: "true_on_time / true_processed",
        floor: "60%",
        target: "88%",
        weight: 0,
      });
    }
    return assemble("District tax office", m, inds, bands, k);
  },
};

/** D3: clearance (passports issued ÷ applications) and mean days, self-reported. */
const passport: Design = {
  id: "D3",
  domain: "passport office",
  main: "clearance",
  targets: { easy: "70%", hard: "100%", hard1: "101%", unreachable: "150%", high: "100%" },
  build(k) {
    const bands: Band[] = [
      { name: "bonus", min: 75, reward: 6 },
      { name: "none", reward: 0 },
    ];
    const m = [
      metric("issued", "count", mainSource(k), "cases.closed", audited(k)),
      metric("applications", "count", "system", "cases.received"),
      metric("days", "number", mainSource(k), "cases.days", audited(k)),
      metric("reopened", "count", "system", "cases.reopened"),
      metric("issued_hard", "count", "system", "cases.closed_hard"),
    ];
    const main = mainIndicator(
      k,
      { name: "clearance", aspect: "volume", value: "issued / applications", weight: 60 },
      [
        ["95%", 100],
        ["60%", 40],
      ],
      "60%",
      "90%",
    );
    const inds: IndicatorSpec[] = [main];
    if (!k.volumeOnly) inds.push({ name: "speed", aspect: "timeliness", value: "days", lower: true, floor: 30, target: 10, weight: 40 });
    if (k.quality) inds.push(rework("issued", 40));
    if (k.hardInd)
      inds.push({ name: "complex", aspect: "volume", value: "issued_hard / applications", floor: "5%", target: "18%", weight: 40 });
    return assemble("Passport office", m, inds, bands, k);
  },
};

/** D4: judgments, every metric from the system records (nothing self-reported to falsify). */
const court: Design = {
  id: "D4",
  domain: "court",
  main: "judgments",
  targets: { easy: 25, hard: 40, hard1: 41, unreachable: 65, high: 45 },
  build(k) {
    const bands: Band[] = [
      { name: "commended", min: 80, reward: 7 },
      { name: "adequate", min: 45, reward: 2 },
      { name: "review", reward: 0 },
    ];
    const m = [
      metric("decided", "count", "system", "cases.closed"),
      metric("decided_hard", "count", "system", "cases.closed_hard"),
      metric("reopened", "count", "system", "cases.reopened"),
      metric("filed", "count", "system", "cases.received"),
    ];
    const main = mainIndicator(
      k,
      { name: "judgments", aspect: "volume", value: "decided", weight: 70 },
      [
        [36, 100],
        [15, 30],
      ],
      20,
      40,
    );
    const inds: IndicatorSpec[] = [main];
    if (!k.volumeOnly)
      inds.push({ name: "disposal", aspect: "volume", value: "decided / filed", floor: "70%", target: "100%", weight: 30 });
    if (k.quality) inds.push(rework("decided", 40));
    if (k.hardInd) inds.push({ name: "complex", aspect: "volume", value: "decided_hard", floor: 2, target: 8, weight: 40 });
    return assemble("County court", m, inds, bands, k);
  },
};

/** D5: on-time share of claims received, claims decided and a satisfaction survey; four bands. */
const benefits: Design = {
  id: "D5",
  domain: "benefits office",
  main: "timely",
  targets: { easy: "50%", hard: "75%", hard1: "76%", unreachable: "99%", high: "100%" },
  onTime: { scored: "timely", shadow: "true_timely" },
  build(k) {
    const bands: Band[] = [
      { name: "a", min: 90, reward: 12, quota: 15 },
      { name: "b", min: 75, reward: 6 },
      { name: "c", min: 50, reward: 2 },
      { name: "d", reward: 0 },
    ];
    const m = [
      metric("decided", "count", mainSource(k), "cases.closed", audited(k)),
      metric("decided_on_time", "count", mainSource(k), "cases.closed_on_time", audited(k)),
      metric("claims", "count", "system", "cases.received"),
      metric("satisfied", "ratio", "survey", "survey.satisfaction"),
      metric("reopened", "count", "system", "cases.reopened"),
    ];
    const main = mainIndicator(
      k,
      { name: "timely", aspect: "timeliness", value: "decided_on_time / claims", weight: 40 },
      [
        ["70%", 100],
        ["40%", 40],
      ],
      "40%",
      "75%",
    );
    const inds: IndicatorSpec[] = [main];
    if (!k.volumeOnly) {
      inds.push({ name: "decisions", aspect: "volume", value: "decided", floor: 20, target: 38, weight: 30 });
      inds.push({ name: "citizens", aspect: "satisfaction", value: "satisfied", floor: "60%", target: "85%", weight: 30 });
    }
    if (k.quality) inds.push(rework("decided", 30));
    if (k.shadow) {
      m.push(metric("true_on_time", "count", "audit", "cases.closed_on_time"));
      inds.push({ name: "true_timely", aspect: "timeliness", value: "true_on_time / claims", floor: "40%", target: "75%", weight: 0 });
    }
    return assemble("Benefits office", m, inds, bands, k);
  },
};

/** D6: money value of registrations (system) and the on-time share of registrations (self-reported). */
const land: Design = {
  id: "D6",
  domain: "land registry",
  main: "on_time",
  targets: { easy: "60%", hard: "88%", hard1: "89%", unreachable: "99%", high: "100%" },
  onTime: { scored: "on_time", shadow: "true_on_time" },
  build(k) {
    const bands: Band[] = [
      { name: "top", min: 80, reward: 9, quota: 25 },
      { name: "fair", min: 55, reward: 3 },
      { name: "weak", reward: 0 },
    ];
    const m = [
      metric("registered", "count", mainSource(k), "cases.closed", audited(k)),
      metric("registered_on_time", "count", mainSource(k), "cases.closed_on_time", audited(k)),
      metric("worth", "money", "system", "cases.value"),
      metric("reopened", "count", "system", "cases.reopened"),
    ];
    const main = mainIndicator(
      k,
      { name: "on_time", aspect: "timeliness", value: "registered_on_time / registered", weight: 50 },
      [
        ["85%", 100],
        ["60%", 40],
      ],
      "60%",
      "88%",
    );
    const inds: IndicatorSpec[] = [main];
    if (!k.volumeOnly) inds.push({ name: "value", aspect: "volume", value: "worth", floor: 150_000, target: 300_000, weight: 50 });
    if (k.quality) inds.push(rework("registered", 40));
    if (k.shadow) {
      m.push(
        metric("true_registered", "count", "audit", "cases.closed"),
        metric("true_registered_on_time", "count", "audit", "cases.closed_on_time"),
      );
      inds.push({
        name: "true_on_time",
        aspect: "timeliness",
        value: "true_registered_on_time / true_registered",
        floor: "60%",
        target: "88%",
        weight: 0,
      });
    }
    return assemble("Land registry", m, inds, bands, k);
  },
};

/** D7: revenue (self-reported money) and deals closed (self-reported count). */
const sales: Design = {
  id: "D7",
  domain: "sales team",
  main: "revenue",
  targets: { easy: 150_000, hard: 300_000, hard1: 305_000, unreachable: 500_000, high: 340_000 },
  build(k) {
    const bands: Band[] = [
      { name: "star", min: 80, reward: 15 },
      { name: "solid", min: 50, reward: 5 },
      { name: "low", reward: 0 },
    ];
    const m = [
      metric("booked", "money", mainSource(k), "cases.value", audited(k)),
      metric("deals", "count", mainSource(k), "cases.closed", audited(k)),
      metric("reopened", "count", "system", "cases.reopened"),
    ];
    const main = mainIndicator(
      k,
      { name: "revenue", aspect: "volume", value: "booked", weight: 70 },
      [
        [250_000, 100],
        [100_000, 30],
      ],
      100_000,
      300_000,
    );
    const inds: IndicatorSpec[] = [main];
    if (!k.volumeOnly) inds.push({ name: "deal_count", aspect: "volume", value: "deals", floor: 20, target: 42, weight: 30 });
    if (k.quality) inds.push(rework("deals", 40));
    return assemble("Regional sales", m, inds, bands, k);
  },
};

/** D8: on-time share of applications received (self-reported) and the head teacher's assessment. */
const school: Design = {
  id: "D8",
  domain: "school admissions",
  main: "prompt",
  targets: { easy: "50%", hard: "78%", hard1: "79%", unreachable: "99%", high: "100%" },
  onTime: { scored: "prompt", shadow: "true_prompt" },
  build(k) {
    const bands: Band[] = [
      { name: "merit", min: 70, reward: 5 },
      { name: "standard", reward: 0 },
    ];
    const m = [
      metric("answered_on_time", "count", mainSource(k), "cases.closed_on_time", audited(k)),
      metric("answered", "count", mainSource(k), "cases.closed", audited(k)),
      metric("applications", "count", "system", "cases.received"),
      metric("head", "points", "supervisor", "supervisor.score"),
      metric("reopened", "count", "system", "cases.reopened"),
      metric("answered_hard", "count", "system", "cases.closed_hard"),
    ];
    const main = mainIndicator(
      k,
      { name: "prompt", aspect: "timeliness", value: "answered_on_time / applications", weight: 60 },
      [
        ["72%", 100],
        ["40%", 35],
      ],
      "40%",
      "78%",
    );
    const inds: IndicatorSpec[] = [main];
    // Volume-only swaps the supervisor's view for a volume ratio: the design has no count of its own.
    if (!k.volumeOnly) inds.push({ name: "head_view", aspect: "conduct", value: "head", floor: 50, target: 80, weight: 40 });
    else inds.push({ name: "volume", aspect: "volume", value: "answered / applications", floor: "70%", target: "100%", weight: 40 });
    if (k.quality) inds.push(rework("answered", 40));
    if (k.hardInd) inds.push({ name: "complex", aspect: "volume", value: "answered_hard", floor: 2, target: 8, weight: 40 });
    if (k.shadow) {
      m.push(metric("true_on_time", "count", "audit", "cases.closed_on_time"));
      inds.push({
        name: "true_prompt",
        aspect: "timeliness",
        value: "true_on_time / applications",
        floor: "40%",
        target: "78%",
        weight: 0,
      });
    }
    return assemble("Admissions office", m, inds, bands, k);
  },
};

export const DESIGNS: readonly Design[] = [hospital, tax, passport, court, benefits, land, sales, school];

export function designById(id: string): Design {
  const d = DESIGNS.find((x) => x.id === id);
  if (!d) throw new Error(`holdout-audit: no design ${id}`);
  return d;
}

export function targetOf(d: Design, level: TargetLevel): string | number {
  const t = d.targets?.[level];
  if (t === undefined) throw new Error(`holdout-audit: design ${d.id} has no ${level} target`);
  return t;
}
