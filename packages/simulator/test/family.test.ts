/**
 * The logit's size correction (docs/model.md §3): each candidate's family is the candidates
 * using the same actions whatever their doses, and each member enters the draw with weight
 * 1/n. The families the model documents, by their sizes.
 */
import { describe, expect, it } from "vitest";
import { CANDIDATES } from "../src/candidates.ts";
import { familyCorrection } from "../src/choice.ts";
import { modelConstantsSchema } from "../src/model-constants.ts";

const k = modelConstantsSchema.parse({});
const correction = familyCorrection(k);
const sizeOf = (name: string) => Math.round(Math.exp(correction[CANDIDATES.findIndex((c) => c.name === name)]! / k.temperature));

describe("the logit's families", () => {
  it.each([
    ["coast", 3],
    ["steady", 3],
    ["diligent", 3],
    ["falsify_1", 6],
    ["falsify_20", 6],
    ["backdate_3", 5],
    ["cherry_pick_all", 3],
    ["hold_back", 3],
    ["rush", 2],
    ["timing_more", 2],
    ["falsify_all", 1],
    ["fresh_first", 1],
    ["pressure", 1],
    ["hold_back_on_time", 1],
    ["all_soft", 1],
    ["all_soft_fresh", 1],
  ] as const)("%s weighs as one of %i", (name, n) => {
    expect(sizeOf(name)).toBe(n);
  });
});
