/** The gaming-risk lints (KPI2xx), one file each; they run on a scheme without errors. */
import type { SchemeFile } from "../../syntax/ast.ts";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import type { Scheme } from "../model.ts";
import { kpi201 } from "./kpi201-excessive-target.ts";
import { kpi202 } from "./kpi202-unpaired-volume.ts";
import { kpi203 } from "./kpi203-dominant-indicator.ts";
import { kpi204 } from "./kpi204-unverified-self-report.ts";
import { kpi205 } from "./kpi205-cliff-edge.ts";
import { kpi206 } from "./kpi206-outputs-only.ts";
import { kpi207 } from "./kpi207-ratchet.ts";
import { kpi208 } from "./kpi208-perverse-incentive.ts";

export type Lint = (scheme: Scheme, file: SchemeFile) => Diagnostic[];

const LINTS: Lint[] = [kpi201, kpi202, kpi203, kpi204, kpi205, kpi206, kpi207, kpi208];

export function runLints(scheme: Scheme, file: SchemeFile): Diagnostic[] {
  return LINTS.flatMap((lint) => lint(scheme, file));
}
