/**
 * The audit's experiments: for each phenomenon, the designs it applies to and the arms it
 * compares (262 in all, each run on seeds 1–3). The order is the report's order.
 */
import type { SimulationParamsInput } from "@goodhart/simulator";
import { designById, DESIGNS, type Design, type Knobs, targetOf } from "./designs.ts";
import { type Outcome, simulateSeeds } from "./lib.ts";

/** P1–P10 are the contract's §4 phenomena in the audit's numbering; X is the run-length check. */
export type Phenomenon = "P1" | "P2" | "P3" | "P4" | "P5" | "P6" | "P7" | "P8" | "P9" | "P10" | "X";

export interface Experiment {
  phen: Phenomenon;
  /** The report's row label: the design's id, with "sys" when its main metrics come from the system. */
  row: string;
  design: Design;
  variant: string;
  knobs: Knobs;
  params: SimulationParamsInput;
}

export interface Result extends Experiment {
  /** One per seed, in seed order. */
  outcomes: Outcome[];
}

const SAINTS_ONLY: SimulationParamsInput = { saints: 1, honest: 0, reactive: 0, maniacs: 0 };

export function experiments(): Experiment[] {
  const list: Experiment[] = [];
  const add = (phen: Phenomenon, id: string, variant: string, knobs: Knobs, params: SimulationParamsInput = {}, row = id) =>
    list.push({ phen, row, design: designById(id), variant, knobs, params });

  // P1: a self-reported target raised toward 100% (D2's count target stays; its on-time share moves).
  const p1: [string, string[], (t: string) => Knobs][] = [
    ["D1", ["80%", "90%", "100%"], (t) => ({ target: t })],
    ["D2", ["88%", "94%", "100%"], (t) => ({ ptarget: t })],
    ["D3", ["90%", "95%", "100%"], (t) => ({ target: t })],
    ["D5", ["75%", "90%", "100%"], (t) => ({ target: t })],
    ["D6", ["88%", "94%", "100%"], (t) => ({ target: t })],
    ["D8", ["78%", "90%", "100%"], (t) => ({ target: t })],
  ];
  for (const [d, targets, knobs] of p1) for (const t of targets) add("P1", d, `target ${t}`, knobs(t));

  // P2: audit, and audit with a penalising gate, at sanction 0 (what the gate does alone) and
  // at the default sanction; at the base target and at the high one.
  for (const d of ["D1", "D2", "D3", "D5", "D6", "D7", "D8"]) {
    for (const high of [false, true]) {
      const base: Knobs = high ? (d === "D2" ? { ptarget: "100%" } : { target: targetOf(designById(d), "high") }) : {};
      const tag = high ? "high" : "base";
      add("P2", d, `${tag} none s0`, { ...base }, { sanction: 0 });
      add("P2", d, `${tag} audit s0`, { ...base, audit: true }, { sanction: 0 });
      add("P2", d, `${tag} audit+gate s0`, { ...base, audit: true, gate: true }, { sanction: 0 });
      add("P2", d, `${tag} none s5`, { ...base });
      add("P2", d, `${tag} audit s5`, { ...base, audit: true });
      add("P2", d, `${tag} audit+gate s5`, { ...base, audit: true, gate: true });
    }
  }

  // P3: volume alone against volume paired with quality (reopened ÷ closed, better lower).
  for (const d of ["D2", "D3", "D4", "D7", "D8"]) {
    add("P3", d, "volume only", { volumeOnly: true });
    add("P3", d, "volume+quality", { volumeOnly: true, quality: true });
    add("P3", d, "full", {});
    add("P3", d, "full+quality", { quality: true });
  }

  // P4: saints only, and zero rewards.
  for (const d of DESIGNS) {
    add("P4", d.id, "base", {});
    add("P4", d.id, "saints 1", {}, SAINTS_ONLY);
    add("P4", d.id, "zero rewards", { zero: true });
  }

  // P5: a cliff against the smooth floor-to-target.
  for (const d of DESIGNS) {
    add("P5", d.id, "smooth", {});
    add("P5", d.id, "cliff", { cliff: true });
  }

  // P6: a 50% ratchet against none.
  for (const d of DESIGNS) {
    add("P6", d.id, "ratchet 0%", { ratchet: 0 });
    add("P6", d.id, "ratchet 50%", { ratchet: 50 });
  }

  // P7: easy, hard, one step past hard, unreachable; self-reported and from the system records.
  const p7: [string, boolean][] = [
    ["D1", true],
    ["D2", false],
    ["D2", true],
    ["D3", false],
    ["D4", false],
    ["D7", false],
    ["D7", true],
  ];
  for (const [d, system] of p7) {
    for (const level of ["easy", "hard", "hard1", "unreachable"] as const)
      add("P7", d, level, { target: targetOf(designById(d), level), systemMain: system }, {}, system ? `${d}sys` : d);
  }

  // P8: volume alone against volume with an indicator of hard cases, or with quality.
  for (const d of ["D2", "D3", "D4", "D8"]) {
    add("P8", d, "volume only", { volumeOnly: true });
    add("P8", d, "volume+hard", { volumeOnly: true, hardInd: true });
    add("P8", d, "volume+quality", { volumeOnly: true, quality: true });
  }

  // P9: little luck against much.
  for (const d of DESIGNS) {
    add("P9", d.id, "luck 0.1", {}, { luck: 0.1 });
    add("P9", d.id, "luck 0.9", {}, { luck: 0.9 });
  }

  // P10: a 100% on-time target, unaudited against audited (with and without a gate), with the
  // audit-sourced twin beside it to read the gap.
  for (const d of ["D1", "D2", "D5", "D6", "D8"]) {
    const knobs: Knobs = d === "D2" ? { shadow: true } : { shadow: true, target: "100%" };
    add("P10", d, "unaudited", knobs);
    add("P10", d, "audit+gate", { ...knobs, audit: true, gate: true });
    add("P10", d, "audit+gate s0", { ...knobs, audit: true, gate: true }, { sanction: 0 });
    add("P10", d, "audit only", { ...knobs, audit: true });
  }

  // X: 12 against 48 periods, that the figures settle rather than drift.
  for (const d of ["D2", "D4", "D5", "D7"]) {
    add("X", d, "12 periods", {}, { periods: 12 });
    add("X", d, "48 periods", {}, { periods: 48 });
  }
  return list;
}

export function runExperiments(list: readonly Experiment[], progress: (done: number, of: number) => void = () => {}): Result[] {
  return list.map((e, i) => {
    const outcomes = simulateSeeds(e.design.build(e.knobs), e.params, `${e.phen} ${e.row} ${e.variant}`);
    progress(i + 1, list.length);
    return { ...e, outcomes };
  });
}
