/** The gaming-risk lints (KPI2xx), one file each; they run on a scheme without errors. */
import type { SchemeFile } from "../../syntax/ast.ts";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import type { Scheme } from "../model.ts";

export type Lint = (scheme: Scheme, file: SchemeFile) => Diagnostic[];

export const LINTS: Lint[] = [];

export function runLints(scheme: Scheme, file: SchemeFile): Diagnostic[] {
  return LINTS.flatMap((lint) => lint(scheme, file));
}
