/** The semantic diff of two schemes and its renderings (`goodhart diff`, the playground's compare mode). */
export type * from "./types.ts";
export { diffSchemes, type DiffOptions } from "./diff.ts";
export { diffIn } from "./localize.ts";
export { changeSentence, codeTitle, findingMessage, kindWord, weightTexts, PLAIN, type Style } from "./describe.ts";
export {
  diffImpact,
  gateText,
  impactNotes,
  meanScoreText,
  moveText,
  quotaText,
  unitText,
  type BandMove,
  type DiffImpact,
  type GateCatch,
  type ImpactOptions,
  type UnitMoves,
} from "./impact.ts";
export { renderDiffText, type RenderOptions, type ReportSection } from "./render-text.ts";
export { inlineMarkdown, renderDiffMarkdown } from "./render-markdown.ts";
export { bonusCost } from "./bonus-cost.ts";
