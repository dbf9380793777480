import { describe, expect, it } from "vitest";
import { IDLE, type SimState } from "../hooks/use-simulation.ts";
import { DEFAULT_POPULATION } from "../sim/population.ts";
import type { SimulationView } from "../sim/result.ts";
import { simulationStatus, staleNote } from "./sim-status.ts";

const view = { staff: 1000, periods: 12, seed: 7 } as SimulationView;
const base: SimState = IDLE;
const population = { ...DEFAULT_POPULATION, staff: 5000, periods: 6 };

describe("the status line over the results", () => {
  it("puts errors in the scheme first, whatever the run is doing", () => {
    const running = { ...base, status: "running" as const, view };
    expect(simulationStatus({ errorCount: 1, sim: running, population })).toBe(
      "The scheme has 1 error; the figures below are from the last text that worked.",
    );
    expect(simulationStatus({ errorCount: 2, sim: base, population })).toBe("The scheme has 2 errors; fix them to simulate.");
  });

  it("says what is running, what failed and what was computed", () => {
    expect(simulationStatus({ errorCount: 0, sim: { ...base, status: "running" }, population })).toBe(
      "Simulating 5,000 staff × 6 periods…",
    );
    expect(simulationStatus({ errorCount: 0, sim: { ...base, status: "running", preview: true }, population })).toBe(
      "Simulating 5,000 staff × 6 periods… (a quick first look on 500 staff is shown meanwhile)",
    );
    expect(simulationStatus({ errorCount: 0, sim: { ...base, status: "error", message: "out of memory" }, population })).toBe(
      "The simulation failed: out of memory",
    );
    expect(simulationStatus({ errorCount: 0, sim: { ...base, status: "done", view, ms: 212.6 }, population })).toBe(
      "1,000 staff × 12 periods, seed 7 — computed in 213 ms.",
    );
    expect(simulationStatus({ errorCount: 0, sim: base, population })).toBe("");
  });

  it("explains stale figures by their cause", () => {
    expect(staleNote({ errorCount: 1, sim: { ...base, preview: true }, population })).toBe(
      "A quick first look on 500 staff; the full run of 5,000 replaces it in a moment.",
    );
    expect(staleNote({ errorCount: 1, sim: base, population })).toMatch(/fix the errors to update them/);
    expect(staleNote({ errorCount: 0, sim: base, population })).toMatch(/the new run is on its way/);
  });
});
