/**
 * The usage errors and bad-input messages in English are what they were before they came
 * from the catalogue: `bad-input.en.json` was written by the CLI of that time, on the same
 * command lines, and each line must still be byte for byte the same, with the same exit code,
 * under `--lang en`, a `C` locale and no locale at all.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BAD_FILES, BAD_INPUTS } from "./test-support/bad-input.ts";
import { runWith } from "./test-support/mem-io.ts";

const EXPECTED = JSON.parse(readFileSync(new URL("./test-support/bad-input.en.json", import.meta.url), "utf8")) as Record<
  string,
  { code: number; stderr: string }
>;

describe("bad input in English is unchanged", () => {
  it("every case has its English recorded, and only those", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(BAD_INPUTS.map((c) => c.name).sort());
  });

  it.each(BAD_INPUTS.map((c) => [c.name, c] as const))("%s", async (name, c) => {
    for (const [argv, env] of [
      [[...c.argv, "--lang", "en"], {}],
      [c.argv, { LANG: "C" }],
      [c.argv, {}],
    ] as const) {
      const r = await runWith([...argv], BAD_FILES, { ...c.io, env });
      expect({ code: r.code, stderr: r.stderr }).toEqual(EXPECTED[name]);
      expect(r.code).toBe(c.code);
    }
  });
});
