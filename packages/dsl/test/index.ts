/**
 * `@goodhart/dsl/test`: fixtures other packages' tests share — generators of valid rule files
 * and staff rows, and the bundled example schemes. Test code only; nothing in a package's
 * sources imports it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export { rowArb, schemeArb, type GeneratedScheme } from "./arbitrary.ts";

/** The repository's examples/ folder: schemes, their staff tables and expectation files. */
export const EXAMPLES_DIR = join(import.meta.dirname, "../../../examples");

export interface ExampleScheme {
  /** The file name, e.g. `balanced-casework.kpi`. */
  file: string;
  path: string;
  text: string;
}

/** Every example scheme, sorted by file name. */
export function exampleSchemes(): ExampleScheme[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith(".kpi"))
    .sort()
    .map((file) => {
      const path = join(EXAMPLES_DIR, file);
      return { file, path, text: readFileSync(path, "utf8") };
    });
}
