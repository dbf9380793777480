/**
 * The observables of docs/model.md §1 and how a metric's `source` decides which view of the
 * world it reads: `self` the staff member's report (falsifiable), `system` the records (follow
 * real work, rushing, cherry-picking and timing), `survey` the pressured survey, `supervisor`
 * a lenient, noisy reading, `audit` the truth.
 */
import type { Metric, MetricSource } from "@goodhart/dsl";
import type { OutcomeColumn } from "./world.ts";
import type { Openings } from "./rows.ts";

type Views = { truth: OutcomeColumn; system: OutcomeColumn; self: OutcomeColumn };

export const OBSERVABLES: Readonly<Record<string, Views>> = {
  "cases.received": { truth: "received", system: "received", self: "received" },
  "cases.closed": { truth: "closedTruth", system: "closedSystem", self: "closedSelf" },
  "cases.closed_on_time": { truth: "onTimeTruth", system: "onTimeSystem", self: "onTimeSelf" },
  "cases.closed_hard": { truth: "hardTruth", system: "hardSystem", self: "hardSelf" },
  "cases.backlog": { truth: "backlogTruth", system: "backlogSystem", self: "backlogSelf" },
  "cases.reopened": { truth: "reopenedTruth", system: "reopenedSystem", self: "reopenedSelf" },
  "cases.days": { truth: "daysTruth", system: "daysSystem", self: "daysSelf" },
  "cases.value": { truth: "valueTruth", system: "valueSystem", self: "valueSelf" },
  "survey.satisfaction": { truth: "satisfactionTruth", system: "satisfactionSurveyed", self: "satisfactionSurveyed" },
  "supervisor.score": { truth: "supervisorTruth", system: "supervisorSeen", self: "supervisorSeen" },
};

const AUDIT_FAILURES = "audit.failures";
export const OBSERVABLE_NAMES: readonly string[] = [...Object.keys(OBSERVABLES), AUDIT_FAILURES];

/** Observables whose records a false closure appears in, so an audit of them can find it. */
const CLOSURE_RECORDS = new Set(["cases.closed", "cases.closed_on_time", "cases.closed_hard", "cases.value", "cases.days"]);
/** Self-reported records a case falsely marked done changes. */
const CLOSURE_COUNTS = new Set(["cases.closed", "cases.closed_on_time", "cases.closed_hard", "cases.value", "cases.backlog"]);
/** Self-reported records a late closure recorded as on time changes. */
const CLOSURE_TIMES = new Set(["cases.closed_on_time", "cases.days"]);

export type Binding =
  | { metric: string; kind: "outcome"; column: OutcomeColumn; supervisor: boolean }
  | { metric: string; kind: "auditFailures" }
  | { metric: string; kind: "missing" };

export interface Bindings {
  list: Binding[];
  /** Probability that one falsified closure is found by at least one audit. */
  catchProbability: number;
  auditObserved: boolean;
  /** What the scheme's records leave open to manipulation. */
  openings: Openings;
  /** Human-readable notes for metrics the simulator cannot fill. */
  notes: string[];
}

function view(source: MetricSource | null): keyof Views | "supervisor" {
  switch (source) {
    case "self":
      return "self";
    case "audit":
      return "truth";
    case "supervisor":
      return "supervisor";
    default:
      return "system";
  }
}

export function bind(metrics: readonly Metric[]): Bindings {
  const list: Binding[] = [];
  const notes: string[] = [];
  // The chance a false closure escapes every audit of the records it appears in.
  let escapes = 1;
  let auditObserved = false;
  const openings: Openings = { closures: false, times: false, survey: false, onTime: false };
  for (const m of metrics) {
    if (m.observes === null) {
      notes.push(`metric ${m.name} has no \`observes\`: not simulated, treated as missing`);
      list.push({ metric: m.name, kind: "missing" });
      continue;
    }
    if (m.observes === AUDIT_FAILURES) {
      auditObserved = true;
      list.push({ metric: m.name, kind: "auditFailures" });
      continue;
    }
    const views = OBSERVABLES[m.observes];
    if (!views) {
      notes.push(`metric ${m.name} observes unknown \`${m.observes}\`: treated as missing (known: ${OBSERVABLE_NAMES.join(", ")})`);
      list.push({ metric: m.name, kind: "missing" });
      continue;
    }
    const v = view(m.source);
    const supervisor = v === "supervisor" && m.observes !== "supervisor.score";
    const column = v === "supervisor" ? views.system : views[v];
    list.push({ metric: m.name, kind: "outcome", column, supervisor });
    if (v === "self" && CLOSURE_COUNTS.has(m.observes)) openings.closures = true;
    if (v === "self" && CLOSURE_TIMES.has(m.observes)) openings.times = true;
    if (m.observes === "survey.satisfaction") openings.survey = true;
    if (v !== "truth" && m.observes === "cases.closed_on_time") openings.onTime = true;
    // The supervisor half-believes a false closure (world.ts).
    if (m.observes === "supervisor.score") openings.closures = true;
    if (m.audit !== null && m.audit > 0 && m.source === "self" && CLOSURE_RECORDS.has(m.observes)) escapes *= 1 - m.audit;
  }
  return { list, catchProbability: 1 - escapes, auditObserved, openings, notes };
}
