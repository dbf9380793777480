/**
 * Test fixtures: complete, error-free schemes written from a few facts, so each lint test
 * states only what it is about. Every scheme gets rating bands with a fallback, since the
 * lints only run on schemes without errors.
 */
import { analyze, type Analysis } from "../analyze.ts";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";

export interface MetricSpec {
  name: string;
  type?: string;
  source?: string;
  observes?: string;
  audit?: string;
}

export interface IndicatorSpec {
  name: string;
  value: string;
  weight: number | string;
  group?: string;
  aspect?: string;
  better?: "higher" | "lower";
  floor?: string;
  target?: string;
  steps?: string[];
  cap?: number;
  ratchet?: string;
  above?: string;
}

export interface GroupSpec {
  name: string;
  weight: number | string;
  group?: string;
}

export interface SchemeSpec {
  metrics: MetricSpec[];
  indicators: IndicatorSpec[];
  groups?: GroupSpec[];
  /** Whether to write a `scheme` block (the lints must work without one). */
  schemeBlock?: boolean;
}

export function kpiText(spec: SchemeSpec): string {
  const out: string[] = [];
  if (spec.schemeBlock !== false) out.push(`scheme "Test" {\n  period month\n}`);
  for (const m of spec.metrics) {
    const lines = [`  type ${m.type ?? "count"}`];
    if (m.source) lines.push(`  source ${m.source}`);
    if (m.observes) lines.push(`  observes ${m.observes}`);
    if (m.audit) lines.push(`  audit ${m.audit}`);
    out.push(`metric ${m.name} {\n${lines.join("\n")}\n}`);
  }
  for (const g of spec.groups ?? []) {
    out.push(`group ${g.name} {\n  weight ${g.weight}${g.group ? `\n  group ${g.group}` : ""}\n}`);
  }
  for (const i of spec.indicators) {
    const lines: string[] = [];
    if (i.group) lines.push(`group ${i.group}`);
    if (i.aspect) lines.push(`aspect ${i.aspect}`);
    lines.push(`value ${i.value}`);
    if (i.better) lines.push(`better ${i.better}`);
    if (i.steps) for (const s of i.steps) lines.push(`step ${s}`);
    else {
      lines.push(`floor ${i.floor ?? (i.better === "lower" ? "40%" : "50%")}`);
      lines.push(`target ${i.target ?? (i.better === "lower" ? "10%" : "90%")}`);
    }
    if (i.cap !== undefined) lines.push(`cap ${i.cap}`);
    lines.push(`weight ${i.weight}`);
    if (i.ratchet) lines.push(`ratchet ${i.ratchet}`);
    out.push(`${i.above ? `${i.above}\n` : ""}indicator ${i.name} {\n${lines.map((l) => `  ${l}`).join("\n")}\n}`);
  }
  out.push(`rating good {\n  min 70\n  reward 5%\n}\nrating poor {\n  reward 0%\n}`);
  return `${out.join("\n\n")}\n`;
}

/** Analyses and insists on no errors: a lint test on a broken scheme would prove nothing. */
export function analyzeClean(text: string): Analysis {
  const a = analyze(text);
  const errors = a.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0 || !a.scheme)
    throw new Error(`fixture has errors:\n${errors.map((e) => `${e.code} ${e.message}`).join("\n")}\n${text}`);
  return a;
}

export function lintsOf(text: string, code: string): Diagnostic[] {
  return analyzeClean(text).diagnostics.filter((d) => d.code === code && !d.suppressed);
}

/** Metrics every fixture may read: system counts with observables, and survey/supervisor ones. */
export const COMMON_METRICS: MetricSpec[] = [
  { name: "received", source: "system", observes: "cases.received" },
  { name: "closed", source: "system", observes: "cases.closed" },
  { name: "on_time", source: "system", observes: "cases.closed_on_time" },
  { name: "reopened", source: "system", observes: "cases.reopened" },
  { name: "sat", type: "ratio", source: "survey", observes: "survey.satisfaction" },
  { name: "boss", type: "points", source: "supervisor", observes: "supervisor.score" },
];
