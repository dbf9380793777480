import { describe, expect, it } from "vitest";
import { lessonFromHash, lessonHash } from "./lesson-hash.ts";

describe("#lesson= links", () => {
  it("round-trips an id", () => {
    expect(lessonFromHash(lessonHash("red-beads"))).toBe("red-beads");
  });
  it("is absent for other hashes, including share links", () => {
    expect(lessonFromHash("")).toBeNull();
    expect(lessonFromHash("#s=abc")).toBeNull();
  });
  it("opens the list for an empty or malformed id", () => {
    expect(lessonFromHash("#lesson=")).toBe("");
    expect(lessonFromHash("#lesson=<script>")).toBe("");
  });
});
