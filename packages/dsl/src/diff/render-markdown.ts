/**
 * `goodhart diff --markdown`: a pull-request comment. Headings and bullets for the facts, a
 * table for the simulated figures old → new. Every piece of user text is escaped, so a label
 * with `*` or `|` cannot break the comment's layout.
 */
import { weightTexts } from "./describe.ts";
import type { DiffImpact } from "./impact.ts";
import { diagnosticLine } from "./render-text.ts";
import type { SchemeDiff } from "./types.ts";

export interface SimulationComparison {
  old: unknown;
  new: unknown;
}

export function renderDiffMarkdown(diff: SchemeDiff, impact?: DiffImpact, simulation?: SimulationComparison): string {
  const out: string[] = ["### Scheme review", "", summaryLine(diff), ""];
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return;
    out.push(`#### ${title}`, "", ...items.map((i) => `- ${escapeMarkdown(i)}`), "");
  };
  list("Changes", diff.changes.map((c) => c.text));
  list("Effective weights", weightTexts(diff));
  list("New diagnostics", diff.diagnostics.added.map(diagnosticLine));
  list("Resolved diagnostics", diff.diagnostics.removed.map(diagnosticLine));
  if (impact) {
    list(`Impact on ${impact.staff} staff`, impact.moves.length ? impact.moves.map((m) => m.text) : ["Nobody changes band."]);
  }
  const sim = simulation ?? diff.simulation;
  if (sim) out.push("#### Simulation (same population and seed)", "", ...simulationTable(sim), "");
  return out.join("\n");
}

function summaryLine(diff: SchemeDiff): string {
  const n = diff.changes.length;
  const w = Object.keys(diff.effectiveWeights).length;
  const a = diff.diagnostics.added.length;
  const r = diff.diagnostics.removed.length;
  if (n + w + a + r === 0) return "No changes: the schemes mean the same (formatting and comments aside).";
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? "" : "s"}`;
  return `**${plural(n, "change")}**, ${plural(w, "effective weight")} moved, ${plural(a, "new diagnostic")}, ${plural(r, "resolved diagnostic")}.`;
}

/** `| figure | old | new | change |`, one row per numeric field, nested fields dotted. */
export function simulationTable(sim: SimulationComparison): string[] {
  const oldFields = numericFields(sim.old);
  const newFields = numericFields(sim.new);
  const names = [...new Set([...oldFields.keys(), ...newFields.keys()])];
  const cell = (x: number | undefined) => (x === undefined ? "–" : number(x));
  const rows = names.map((name) => {
    const o = oldFields.get(name);
    const n = newFields.get(name);
    const delta = o === undefined || n === undefined ? "–" : `${n - o > 0 ? "+" : n - o < 0 ? "−" : "±"}${number(Math.abs(n - o))}`;
    return `| ${escapeMarkdown(name)} | ${cell(o)} | ${cell(n)} | ${delta} |`;
  });
  return ["| figure | old | new | change |", "|---|---:|---:|---:|", ...rows];
}

function numericFields(value: unknown, prefix = "", out = new Map<string, number>()): Map<string, number> {
  if (typeof value === "number" && Number.isFinite(value)) out.set(prefix, value);
  else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) numericFields(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

function number(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(4)));
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

