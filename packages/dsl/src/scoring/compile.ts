/**
 * The compiled fast path: the scheme turned into generated JavaScript (codegen.ts) and
 * instantiated in this process. It must agree with reference.ts bit for bit; the property
 * tests in compile.test.ts hold it to that.
 */
import type { Scheme } from "../semantics/model.ts";
import { kernelSource } from "./codegen.ts";
import type { CompiledScheme } from "./types.ts";

export function compile(scheme: Scheme): CompiledScheme {
  // eslint-disable-next-line no-new-func -- the source holds no user text (see codegen.ts).
  const factory = new Function(kernelSource(scheme)) as () => CompiledScheme;
  return factory();
}
