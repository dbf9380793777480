/** Rewrites golden.json from the current model (see golden.ts). */
import { writeFileSync } from "node:fs";
import { checksum, exampleFiles, GOLDEN_FILE } from "./golden.ts";

const golden = Object.fromEntries(exampleFiles().map((f) => [f, checksum(f)]));
writeFileSync(GOLDEN_FILE, `${JSON.stringify(golden, null, 2)}\n`);
console.log(`${Object.keys(golden).length} checksums written to golden.json`);
