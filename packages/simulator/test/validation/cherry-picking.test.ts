/**
 * Phenomenon 8 of docs/model.md §10: volume-only schemes leave hard cases in the backlog. Not a
 * literature echo with a published figure, but a claim the contract makes on any design; here
 * it is held where the model shows it: a volume target that easy cases and a few hard ones can
 * meet (well under the 40 cases that arrive). Near or above the inflow every case closed moves
 * the score and the hard backlog stays level with no pay (docs/model.md §12, "Volume-only and
 * the hard backlog").
 *
 * Band: on every seed the hard backlog is at least 5% above the same scheme with every reward
 * at 0% (measured +7% to +19%), and cherry-picking at least ten times as common (measured ×14 to
 * ×23). Reason: 5% is about three times the seed-to-seed spread of the difference.
 */
import { describe, expect, it } from "vitest";
import { seeds } from "./designs.ts";

const volume = (value: string, floor: string, target: string, source: "self" | "system", top: string, ok: string) => `
metric closed { type count source ${source} observes cases.closed }
metric received { type count source system observes cases.received }
indicator volume { aspect volume value ${value} floor ${floor} target ${target} weight 100 }
rating top { min 80 reward ${top} }
rating ok { min 50 reward ${ok} }
rating poor { reward 0% }`;

const designs = [
  ["a count from the records, target 32", (top: string, ok: string) => volume("closed", "20", "32", "system", top, ok), "10%", "3%"],
  ["a self-reported count, target 36", (top: string, ok: string) => volume("closed", "25", "36", "self", top, ok), "8%", "2%"],
  [
    "a completion share, target 85%",
    (top: string, ok: string) => volume("closed / received", "60%", "85%", "system", top, ok),
    "10%",
    "3%",
  ],
] as const;

describe.each(designs)("volume-only leaves hard cases open: %s", (_name, scheme, top, ok) => {
  it("more hard cases open and far more cherry-picking than the same scheme unpaid, on every seed", () => {
    const paid = seeds(scheme(top, ok));
    const unpaid = seeds(scheme("0%", "0%"));
    for (let s = 0; s < 3; s++) {
      expect(paid[s]!.summary.hardBacklog!).toBeGreaterThan(1.05 * unpaid[s]!.summary.hardBacklog!);
      expect(paid[s]!.summary.gaming.cherryPick!).toBeGreaterThan(10 * unpaid[s]!.summary.gaming.cherryPick!);
    }
  });
});
