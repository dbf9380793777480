/** The semantic diff of two schemes and its renderings (`goodhart diff`, the playground's compare mode). */
export type * from "./types.ts";
export { diffSchemes, type DiffOptions } from "./diff.ts";
export { weightTexts } from "./describe.ts";
export { diffImpact, type BandMove, type DiffImpact, type ImpactOptions } from "./impact.ts";
export { renderDiffText } from "./render-text.ts";
export { renderDiffMarkdown, type SimulationComparison } from "./render-markdown.ts";
