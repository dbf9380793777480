/**
 * The observables of SIMULATOR.md §1 and how a metric's `source` decides which view of the
 * world it reads: `self` the staff member's report (falsifiable), `system` the records (follow
 * real work, rushing, cherry-picking and timing), `survey` the pressured survey, `supervisor`
 * a lenient, noisy reading, `audit` the truth.
 */
import type { Metric, MetricSource } from "@goodhart/dsl";
import { O } from "./world.ts";

type Views = { truth: number; system: number; self: number };

export const OBSERVABLES: Readonly<Record<string, Views>> = {
  "cases.received": { truth: O.received, system: O.received, self: O.received },
  "cases.closed": { truth: O.closedTruth, system: O.closedSystem, self: O.closedSelf },
  "cases.closed_on_time": { truth: O.onTimeTruth, system: O.onTimeSystem, self: O.onTimeSelf },
  "cases.closed_hard": { truth: O.hardTruth, system: O.hardSystem, self: O.hardSelf },
  "cases.backlog": { truth: O.backlogTruth, system: O.backlogSystem, self: O.backlogSelf },
  "cases.reopened": { truth: O.reopenedTruth, system: O.reopenedSystem, self: O.reopenedSelf },
  "cases.days": { truth: O.daysTruth, system: O.daysSystem, self: O.daysSelf },
  "cases.value": { truth: O.valueTruth, system: O.valueSystem, self: O.valueSelf },
  "survey.satisfaction": { truth: O.satisfactionTruth, system: O.satisfactionSurveyed, self: O.satisfactionSurveyed },
  "supervisor.score": { truth: O.supervisorTruth, system: O.supervisorSeen, self: O.supervisorSeen },
};

export const AUDIT_FAILURES = "audit.failures";
export const OBSERVABLE_NAMES: readonly string[] = [...Object.keys(OBSERVABLES), AUDIT_FAILURES];

/** Observables whose records a false closure appears in, so an audit of them can find it. */
const CLOSURE_RECORDS = new Set(["cases.closed", "cases.closed_on_time", "cases.closed_hard", "cases.value"]);

export type Binding =
  | { metric: string; kind: "outcome"; index: number; supervisor: boolean }
  | { metric: string; kind: "auditFailures" }
  | { metric: string; kind: "missing" };

export interface Bindings {
  list: Binding[];
  /** Probability that one falsified closure is found by at least one audit. */
  catchProbability: number;
  auditObserved: boolean;
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
  let escape = 1;
  let auditObserved = false;
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
    const index = v === "supervisor" ? views.system : views[v];
    list.push({ metric: m.name, kind: "outcome", index, supervisor });
    if (m.audit !== null && m.audit > 0 && m.source === "self" && CLOSURE_RECORDS.has(m.observes)) escape *= 1 - m.audit;
  }
  return { list, catchProbability: 1 - escape, auditObserved, notes };
}
