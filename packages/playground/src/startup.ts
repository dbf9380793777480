/**
 * What the first screen opens with: a shared link wins (someone sent it on purpose), then
 * the saved draft (the user's own work), then the gallery's first example.
 */
import { FIRST_EXAMPLE } from "./examples/examples.ts";
import { decodeShareHash } from "./share/share-link.ts";
import { loadDraft, type KeyValueStore } from "./storage/autosave.ts";
import { DEFAULT_POPULATION, type Population } from "./sim/population.ts";

export interface Startup {
  scheme: string;
  population: Population;
  source: "link" | "draft" | "example";
  /** Set when a shared link could not be opened. */
  problem: string | null;
}

export function startup(hash: string, store: KeyValueStore): Startup {
  const link = decodeShareHash(hash);
  if (link.kind === "ok") return { ...link.state, source: "link", problem: null };
  const problem = link.kind === "error" ? link.message : null;
  const draft = loadDraft(store);
  if (draft) return { scheme: draft.scheme, population: draft.population, source: "draft", problem };
  return { scheme: FIRST_EXAMPLE.text, population: DEFAULT_POPULATION, source: "example", problem };
}
