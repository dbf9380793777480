/**
 * The editor-agnostic shapes the language worker answers with. Monaco providers convert
 * them (editor/providers.ts); the worker fills them from the dsl (language-services.ts).
 * Ranges are the dsl's: 1-based lines and columns in UTF-16 code units, as Monaco counts.
 */
import { z } from "zod";
import { LANGS } from "@goodhart/dsl";

const position = z.object({ offset: z.number(), line: z.number(), column: z.number() });
const rangeSchema = z.object({ start: position, end: position });
export type LsRange = z.infer<typeof rangeSchema>;

const editSchema = z.object({ range: rangeSchema, newText: z.string() });
export type LsEdit = z.infer<typeof editSchema>;

const fixSchema = z.object({ title: z.string(), edits: z.array(editSchema) });

const diagnosticSchema = z.object({
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  /** The catalogue message behind `message`, so the page can show it in the reader's language. */
  text: z.object({ key: z.string(), params: z.record(z.string(), z.unknown()).optional() }).optional(),
  range: rangeSchema,
  fixes: z.array(fixSchema),
});
export type LsDiagnostic = z.infer<typeof diagnosticSchema>;

const nullableNumber = z.number().nullable();

const schemeFactsSchema = z.object({
  indicators: z.array(
    z.object({
      name: z.string(),
      label: z.string().nullable(),
      better: z.enum(["higher", "lower"]),
      floor: nullableNumber,
      target: nullableNumber,
      steps: z.array(z.object({ threshold: z.number(), points: z.number() })),
      percent: z.boolean(),
    }),
  ),
  bands: z.array(z.object({ name: z.string(), label: z.string().nullable(), min: nullableNumber })),
  /** Every declaration's label by name (metrics, indicators, groups, gates, ratings): the UI's human names. */
  labels: z.record(z.string(), z.string().nullable()).optional(),
  /** The scheme's title (`scheme "…"`), for exported charts. */
  title: z.string().nullable().optional(),
  simulation: z
    .object({
      staff: nullableNumber,
      periods: nullableNumber,
      seed: nullableNumber,
      team: nullableNumber,
      saints: nullableNumber,
      honest: nullableNumber,
      reactive: nullableNumber,
      maniacs: nullableNumber,
      hard: nullableNumber,
      luck: nullableNumber,
    })
    .nullable(),
});
export type SchemeFacts = z.infer<typeof schemeFactsSchema>;

const analysisSchema = z.object({ diagnostics: z.array(diagnosticSchema), facts: schemeFactsSchema.nullable() });
export type LsAnalysis = z.infer<typeof analysisSchema>;

const completionSchema = z.object({
  label: z.string(),
  /** keyword, property, value, metric, indicator, group, rating, observable, function, builtin, member. */
  kind: z.string(),
  detail: z.string().optional(),
  /** Markdown with user text escaped. */
  documentation: z.string().optional(),
  insertText: z.string(),
  isSnippet: z.boolean(),
  sortText: z.string().optional(),
});
export type LsCompletion = z.infer<typeof completionSchema>;

const completionListSchema = z.object({ items: z.array(completionSchema), range: rangeSchema.nullable() });
export type LsCompletionList = z.infer<typeof completionListSchema>;

const codeLensSchema = z.object({ range: rangeSchema, title: z.string() });
export type LsCodeLens = z.infer<typeof codeLensSchema>;

const hoverSchema = z.object({ markdown: z.array(z.string()), range: rangeSchema.optional() });
export type LsHover = z.infer<typeof hoverSchema>;

const codeActionSchema = z.object({
  title: z.string(),
  edits: z.array(editSchema),
  diagnosticCode: z.string().optional(),
  preferred: z.boolean(),
});
export type LsCodeAction = z.infer<typeof codeActionSchema>;

export interface LsSymbol {
  name: string;
  kind: string;
  detail: string;
  range: LsRange;
  selectionRange: LsRange;
  children: LsSymbol[];
}
const symbolSchema: z.ZodType<LsSymbol> = z.lazy(() =>
  z.object({
    name: z.string(),
    kind: z.string(),
    detail: z.string(),
    range: rangeSchema,
    selectionRange: rangeSchema,
    children: z.array(symbolSchema),
  }),
);

const renameSchema = z.union([z.object({ edits: z.array(editSchema) }), z.object({ error: z.string() })]);
export type LsRename = z.infer<typeof renameSchema>;

/** A numeric literal under the cursor, for the sweep. */
const numberAtSchema = z.object({
  range: rangeSchema,
  text: z.string(),
  value: z.number(),
  percent: z.boolean(),
  /** `indicator.property` when the literal is a property's whole value, e.g. `on_time.target`. */
  path: z.string().nullable(),
});
export type LsNumberAt = z.infer<typeof numberAtSchema>;

const foldingSchema = z.object({ startLine: z.number(), endLine: z.number(), comment: z.boolean() });
export type LsFolding = z.infer<typeof foldingSchema>;

const diagnosticEntrySchema = z.object({ code: z.string(), name: z.string().nullable(), message: z.string() });

/** The dsl's semantic diff (the document `goodhart diff --json` prints). */
const schemeDiffSchema = z.object({
  changes: z.array(
    z.object({
      kind: z.enum(["added", "removed", "renamed", "changed"]),
      declaration: z.string(),
      name: z.string(),
      property: z.string().optional(),
      old: z.string().nullable().optional(),
      new: z.string().nullable().optional(),
      text: z.string(),
    }),
  ),
  effectiveWeights: z.record(z.string(), z.object({ old: z.number(), new: z.number() })),
  diagnostics: z.object({ added: z.array(diagnosticEntrySchema), removed: z.array(diagnosticEntrySchema) }),
});
export type LsSchemeDiff = z.infer<typeof schemeDiffSchema>;

/** A number the sweep can vary, offered as a code lens on its declaration's first line. */
const sweepLensSchema = z.object({ range: rangeSchema, title: z.string(), offset: z.number() });
export type LsSweepLens = z.infer<typeof sweepLensSchema>;

const liftSchema = z.union([
  z.object({
    kind: z.literal("lift"),
    from: nullableNumber,
    to: z.number(),
    change: nullableNumber,
    rating: z.string(),
    score: nullableNumber,
  }),
  z.object({ kind: z.literal("top") }),
  z.object({ kind: z.literal("cannot"), reason: z.string() }),
]);
/** The dsl's `explain` of one staff member's rating (the shape `goodhart explain --json` prints). */
const explanationSchema = z.object({
  scheme: z.string().nullable(),
  scoreBeforeGates: nullableNumber,
  score: nullableNumber,
  ratingFromScore: z.string(),
  rating: z.string(),
  ratingAfterQuota: z.string().nullable(),
  gates: z.array(z.object({ name: z.string(), label: z.string().nullable(), effect: z.string() })),
  groups: z.array(z.object({ name: z.string(), label: z.string().nullable(), points: nullableNumber, share: z.number() })),
  indicators: z.array(
    z.object({
      name: z.string(),
      label: z.string().nullable(),
      better: z.enum(["higher", "lower"]),
      ratio: z.boolean(),
      value: nullableNumber,
      points: nullableNumber,
      rule: z.string(),
      share: z.number(),
      contribution: z.number(),
      lift: liftSchema,
    }),
  ),
  nextBand: z.string().nullable(),
  nextBandMin: nullableNumber,
});
export type LsExplanation = z.infer<typeof explanationSchema>;

const metricChangeSchema = z.object({ old: nullableNumber, new: nullableNumber });
/** The simulator's exploit report (what `goodhart exploits --json` prints). */
const exploitReportSchema = z.object({
  scheme: z.string(),
  baseline: z.object({ metrics: z.record(z.string(), nullableNumber), score: nullableNumber, rating: z.string() }),
  exploits: z.array(
    z.object({
      who: z.enum(["typical", "strongest", "weakest"]),
      action: z.string(),
      dose: z.number(),
      band: z.string(),
      scoreGain: z.number(),
      expectedReward: z.number(),
      caught: z.number(),
      metrics: z.record(z.string(), metricChangeSchema),
      text: z.string(),
    }),
  ),
  perverse: z.array(z.object({ declaration: z.string(), name: z.string(), work: z.string(), score: metricChangeSchema, text: z.string() })),
});
export type LsExploitReport = z.infer<typeof exploitReportSchema>;

/** Every method the worker answers, its arguments and the schema its answer must meet. */
export const METHODS = {
  analyze: { result: analysisSchema },
  format: { result: z.string().nullable() },
  complete: { result: completionListSchema },
  codeLenses: { result: z.array(codeLensSchema) },
  hover: { result: hoverSchema.nullable() },
  definition: { result: rangeSchema.nullable() },
  references: { result: z.array(rangeSchema) },
  rename: { result: renameSchema },
  codeActions: { result: z.array(codeActionSchema) },
  symbols: { result: z.array(symbolSchema) },
  folding: { result: z.array(foldingSchema) },
  numberAt: { result: numberAtSchema.nullable() },
  diff: { result: schemeDiffSchema },
  sweepLenses: { result: z.array(sweepLensSchema) },
  explain: { result: explanationSchema.nullable() },
  exploits: { result: exploitReportSchema.nullable() },
} as const;

export type Method = keyof typeof METHODS;
export type MethodResult<M extends Method> = z.infer<(typeof METHODS)[M]["result"]>;

export const requestSchema = z.object({
  id: z.number(),
  method: z.enum(Object.keys(METHODS) as [Method, ...Method[]]),
  text: z.string(),
  /** Offset in `text` for positional methods; for code actions, [start, end]. */
  offset: z.number().optional(),
  end: z.number().optional(),
  newName: z.string().optional(),
  /** For `diff`: the old scheme (`text` is the new one). */
  other: z.string().optional(),
  /** For `explain`: each indicator's measured value (null = not measured) and the rating after quotas. */
  values: z.record(z.string(), z.number().nullable()).optional(),
  ratingAfterQuota: z.string().optional(),
  /** For `hover` and `complete`: the reader's language for the words (English when absent). */
  lang: z.enum(LANGS).optional(),
});
export type LsRequest = z.infer<typeof requestSchema>;

export const responseSchema = z.object({ id: z.number(), ok: z.boolean(), result: z.unknown(), error: z.string().optional() });
