/**
 * The semantic diff's document: exactly the shape `goodhart diff --json` prints, so the CLI
 * can serialise it as is and the playground can render it without translation.
 */
import type { Message, MessageKey, MessageParams } from "../i18n/translate.ts";
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
  /**
   * For `changed` where one side lacks the property: the value that side takes by default, as
   * the file would write it (`period quarter` removed: `month`). Absent when it has none.
   */
  default?: string;
  /** For `added` and `removed`: the declaration's label, when it has one. */
  label?: string;
  /** For `added` and `removed`: the declaration's properties, key → formatter-normalised text. */
  properties?: Record<string, string>;
  /** For an added or removed indicator: its share of the score in its file (0..1). */
  share?: number;
  /** A removed indicator whose weight went to these added ones (an indicator split in parts). */
  splitInto?: string[];
  /** An added indicator that took part of a removed one's weight. */
  splitFrom?: string;
  /** Diagnostics this change makes fire, stop or be accepted (`KPI201 excessive target now fires`). */
  notes?: string[];
  /** The same notes as catalogue messages, so a renderer can say them in the reader's language. */
  noteMessages?: Message[];
  /** One line a reviewer reads, e.g. `indicator on_time: target 95% → 100%`. */
  text: string;
}

export interface WeightMove {
  old: number;
  new: number;
}

export interface DiagnosticEntry {
  code: string;
  severity: "error" | "warning" | "info";
  /** Name of the declaration the diagnostic is about, null when it is about the whole file. */
  name: string | null;
  message: string;
  /** The message's catalogue key and parameters, when it has them: `message` in any language. */
  key?: MessageKey;
  params?: MessageParams;
}

/** A finding on the same declaration before and after whose wording (its numbers) moved. */
export interface DiagnosticChange {
  code: string;
  severity: "error" | "warning" | "info";
  name: string | null;
  old: string;
  new: string;
  /** What moved, when only numbers did: `70% → 60%`; null when the words changed too. */
  moved: string | null;
  /** The new message's catalogue key and parameters, when it has them. */
  key?: MessageKey;
  params?: MessageParams;
}

/** A finding the new version silences with `// goodhart-ignore CODE: reason`. */
export interface AcceptedDiagnostic {
  code: string;
  severity: "error" | "warning" | "info";
  name: string | null;
  reason: string;
  message: string;
  key?: MessageKey;
  params?: MessageParams;
}

export interface DiffDiagnostics {
  added: DiagnosticEntry[];
  removed: DiagnosticEntry[];
  changed: DiagnosticChange[];
  accepted: AcceptedDiagnostic[];
}

export interface SchemeDiff {
  changes: SchemeChange[];
  /** Indicator name (new name) → effective weight in each file, only for those that moved. */
  effectiveWeights: Record<string, WeightMove>;
  diagnostics: DiffDiagnostics;
}
