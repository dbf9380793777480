/**
 * Golden results: the sha256 of `goodhart simulate FILE --json` (the result document as the
 * CLI prints it, with the example's own `simulation` block) for every bundled example. A model
 * change that moves any figure changes a checksum, so it is always deliberate: regenerate with
 * `pnpm exec tsx packages/simulator/test/validation/update-golden.ts` and say why in the commit.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "../support/kpi.ts";

const here = dirname(fileURLToPath(import.meta.url));
export const EXAMPLES = join(here, "../../../../examples");
export const GOLDEN_FILE = join(here, "golden.json");

export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith(".kpi"))
    .sort();
}

/** The checksum of the example's simulation, as `simulate --json` prints it. */
export function checksum(file: string): string {
  const result = run(readFileSync(join(EXAMPLES, file), "utf8"));
  return createHash("sha256")
    .update(`${JSON.stringify(result, null, 2)}\n`)
    .digest("hex");
}

export function readGolden(): Record<string, string> {
  return JSON.parse(readFileSync(GOLDEN_FILE, "utf8")) as Record<string, string>;
}
