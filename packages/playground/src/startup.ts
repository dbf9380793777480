/**
 * What the first screen opens with: a shared link wins (someone sent it on purpose), then
 * the saved draft (the user's own work), then the gallery's first example. A link that
 * replaces a draft keeps the draft as the previous text first, as an example or file does:
 * the autosave is about to overwrite it with the link's scheme.
 */
import type { Lang } from "@goodhart/dsl";
import { FIRST_EXAMPLE } from "./examples/examples.ts";
import { decodeShareHash } from "./share/share-link.ts";
import { keepPrevious, loadDraft, type KeyValueStore } from "./storage/autosave.ts";
import { DEFAULT_POPULATION, type Population } from "./sim/population.ts";

export interface Startup {
  scheme: string;
  population: Population;
  source: "link" | "draft" | "example";
  /** Set when a shared link could not be opened. */
  problem: string | null;
  /** Whether a link replaced a draft that is now kept as the previous text. */
  keptDraft: boolean;
}

export function startup(hash: string, store: KeyValueStore, lang: Lang = "en"): Startup {
  const link = decodeShareHash(hash, lang);
  const draft = loadDraft(store);
  if (link.kind === "ok") {
    const keptDraft = draft !== null && draft.scheme.trim() !== "" && draft.scheme !== link.state.scheme;
    if (keptDraft) keepPrevious(store, draft.scheme);
    return { ...link.state, source: "link", problem: null, keptDraft };
  }
  const problem = link.kind === "error" ? link.message : null;
  if (draft) return { scheme: draft.scheme, population: draft.population, source: "draft", problem, keptDraft: false };
  return { scheme: FIRST_EXAMPLE.text, population: DEFAULT_POPULATION, source: "example", problem, keptDraft: false };
}
