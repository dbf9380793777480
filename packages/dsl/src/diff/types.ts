/**
 * The semantic diff's document: exactly the shape `goodhart diff --json` prints (CLI.md), so
 * the CLI can serialise it as is and the playground can render it without translation.
 */
import type { DeclarationKind } from "../syntax/ast.ts";

export type ChangeKind = "added" | "removed" | "renamed" | "changed";

export interface SchemeChange {
  kind: ChangeKind;
  declaration: DeclarationKind;
  /** The declaration's name in the new file (the old file's for `removed`); "" when it has none. */
  name: string;
  /** For `changed`: the property key, or `label` for the declaration's label. */
  property?: string;
  /**
   * For `changed`: the property's formatter-normalised text, null when the property is absent
   * on that side; repeated properties (`step`) are joined with ", ". For `renamed`: the names.
   */
  old?: string | null;
  new?: string | null;
  /** One line a reviewer reads, e.g. `indicator on_time: target 95% → 100%`. */
  text: string;
}

export interface WeightMove {
  old: number;
  new: number;
}

export interface DiagnosticEntry {
  code: string;
  /** Name of the declaration the diagnostic is about, null when it is about the whole file. */
  name: string | null;
  message: string;
}

export interface SchemeDiff {
  changes: SchemeChange[];
  /** Indicator name (new name) → effective weight in each file, only for those that moved. */
  effectiveWeights: Record<string, WeightMove>;
  diagnostics: { added: DiagnosticEntry[]; removed: DiagnosticEntry[] };
  /** Added by the CLI with `--simulate`: the two simulation summaries. */
  simulation?: { old: unknown; new: unknown };
}
