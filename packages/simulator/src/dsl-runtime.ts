/** The language package's functions the simulator runs schemes with. */
import { analyze, applyQuotas, compile } from "@goodhart/dsl";
import type { DslRuntime } from "./prepare.ts";

export const dslRuntime: DslRuntime = { analyze, compile, applyQuotas };
