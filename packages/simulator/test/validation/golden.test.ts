/** Same inputs, same numbers, recorded: every example's `simulate --json` matches its checksum. */
import { describe, expect, it } from "vitest";
import { checksum, exampleFiles, readGolden } from "./golden.ts";

describe("golden results of the examples", () => {
  const golden = readGolden();
  it("every example has a recorded checksum, and every checksum an example", () => {
    expect(Object.keys(golden).sort()).toEqual(exampleFiles());
  });
  it.each(exampleFiles())("%s gives its recorded figures byte for byte", (file) => {
    expect(checksum(file), `${file} moved: if deliberate, regenerate golden.json (update-golden.ts) and say why`).toBe(golden[file]);
  });
});
