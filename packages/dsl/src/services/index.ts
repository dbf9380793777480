/**
 * Editor-agnostic language services. Each takes text (and an offset in UTF-16 code units) or
 * an Analysis and returns plain data; the LSP server and the playground's Monaco adapter
 * translate that data into their own types.
 */
export { complete, type CompletionItem, type CompletionKind, type CompletionList } from "./completion.ts";
export { hover, curve, type Hover } from "./hover.ts";
export {
  indicatorExploits,
  metricLevers,
  actionWords,
  type GamingAction,
  type UnmovedWhy,
  type IndicatorExploits,
  type MetricLevers,
} from "./indicator-exploits.ts";
export { definition, type Definition } from "./definition.ts";
export { references } from "./references.ts";
export { prepareRename, rename, validateNewName, type PrepareRenameResult, type RenameResult } from "./rename.ts";
export { codeActions, type CodeAction } from "./code-actions.ts";
export { documentSymbols, type DocumentSymbol } from "./symbols.ts";
export { foldingRanges, type FoldingRange } from "./folding.ts";
export {
  semanticTokens,
  SEMANTIC_TOKENS_LEGEND,
  TOKEN_TYPES,
  TOKEN_MODIFIERS,
  type SemanticToken,
  type TokenType as SemanticTokenType,
  type TokenModifier as SemanticTokenModifier,
} from "./semantic-tokens.ts";
export { codeLenses, type CodeLens } from "./code-lens.ts";
export { formatDocument } from "./formatting.ts";
export { snippetToPlainText } from "./snippet.ts";
export { stableDiagnostics, EMPTY_MEMORY, type DeclarationMemory, type StableDiagnostics } from "./stable-lints.ts";
export { escapeMarkdown, codeSpan, INVISIBLE_CHARACTERS, showInvisible } from "./markdown.ts";
export { SOURCE_RISKS } from "./source-risks.ts";
