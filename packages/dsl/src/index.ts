/**
 * @goodhart/dsl — the KPI rule language: text → tokens → AST → resolved scheme → scorer.
 * The package is pure: no file, network, clock or DOM access.
 */
export type * from "./syntax/ast.ts";
export type * from "./semantics/model.ts";
export type * from "./scoring/types.ts";
export type * from "./diagnostics/diagnostic.ts";
export { catalogueMessage, localizeDiagnostic } from "./diagnostics/diagnostic.ts";
export { CODES, codeSummary, codeTitle, type DiagnosticCode, type CodeInfo } from "./diagnostics/codes.ts";
export {
  bandNamed,
  CATALOGUES,
  isLang,
  langFromBrowser,
  langFromLocale,
  LANGS,
  render,
  t,
  type Lang,
  type Message,
  type MessageKey,
  type MessageParams,
} from "./i18n/translate.ts";
export { catalogueLiterals } from "./i18n/literals.ts";
export { bandLabel } from "./i18n/band-label.ts";
export { readBack } from "./i18n/read-back.ts";
export { vocabularyWords } from "./i18n/vocabulary-words.ts";
export { constantWords, missingConstantWords, staleConstantWords, type ConstantWords } from "./i18n/model-constants.ts";
export { lex } from "./syntax/lexer.ts";
export { parse, type ParseResult } from "./syntax/parser.ts";
export { nameText } from "./syntax/literals.ts";
export { analyze, type Analysis } from "./semantics/analyze.ts";
export { scoreReference } from "./scoring/reference.ts";
export { compile } from "./scoring/compile.ts";
export { emitModule } from "./scoring/emit.ts";
export { applyQuotas, quotaAllowance, type QuotaStep } from "./scoring/quotas.ts";
export {
  poolReport,
  renderPoolReport,
  type PoolBand,
  type PoolEntry,
  type PoolFlag,
  type PoolMove,
  type PoolReport,
} from "./scoring/pool-report.ts";
export {
  groupPools,
  poolKey,
  poolLabel,
  poolValues,
  scoreRows,
  type PoolValues,
  type ScoredStaff,
  type ScoreReport,
  type StaffInput,
} from "./scoring/score-rows.ts";
export { format } from "./format/format.ts";
export { OBSERVABLES, OBSERVABLE_BY_NAME, type ObservableInfo } from "./semantics/observables.ts";
export { PROPERTIES, propertySpec, SIMULATION_LIMITS, type PropertySpec, type ValueKind } from "./semantics/properties.ts";
export { MAX_MAGNITUDE } from "./semantics/constant.ts";
export { symbolAt, walkExpr, type Reference, type SymbolTable } from "./semantics/symbols.ts";
export { pointsFor } from "./scoring/reference.ts";
export { positionAt } from "./syntax/parser.ts";
export { formatValue, formatExpr } from "./format/print.ts";
export { percentFigure, percentText } from "./format/percent.ts";
export * from "./services/index.ts";
export * from "./diff/index.ts";
export {
  explain,
  renderExplanation,
  type Explanation,
  type IndicatorExplanation,
  type Lift,
  type RatingsContext,
} from "./analysis/explain.ts";
export { edges, renderEdges, type Edge, type EdgeReport } from "./analysis/edges.ts";
export * from "./expectations/index.ts";
export {
  findPerverse,
  workMoves,
  TYPICAL_PERIOD,
  TYPICAL_EFFECTS,
  type PerverseIncentive,
  type PerverseOptions,
  type TypicalPeriod,
  type WorkEffects,
  type WorkMove,
  type Scored,
} from "./semantics/lints/perverse.ts";
export { perverseMessage, perverseSentence } from "./semantics/lints/kpi208-perverse-incentive.ts";
export { MIX_KEYS, mixProblem, completeMix, type Mix, type MixKey, type PartialMix, type MixOutcome } from "./scenario/population-mix.ts";
export {
  parseLiteralPath,
  findLiteral,
  setLiteral,
  literalText,
  decimalText,
  literalAt,
  LiteralPathError,
  LITERAL_PATH_FORMS,
  type LiteralPath,
  type FoundLiteral,
  type LiteralAt,
} from "./edit/literal-path.ts";
