/** The semantic diff of two schemes and its renderings (`goodhart diff`, the playground's compare mode). */
export type * from "./types.ts";
export { diffSchemes, type DiffOptions } from "./diff.ts";
export { weightTexts } from "./describe.ts";
