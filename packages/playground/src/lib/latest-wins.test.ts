import { describe, expect, it } from "vitest";
import { latestWins } from "./latest-wins.ts";

describe("latest wins", () => {
  it("accepts only the newest request's answer, whatever order answers arrive in", () => {
    const gate = latestWins();
    const first = gate.next();
    const second = gate.next();
    expect(gate.isCurrent(first)).toBe(false);
    expect(gate.isCurrent(second)).toBe(true);
    const third = gate.next();
    expect(gate.isCurrent(second)).toBe(false);
    expect(gate.isCurrent(third)).toBe(true);
  });
});
