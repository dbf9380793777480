/**
 * The draft (scheme text and population) lives in localStorage under one key. What is read
 * back is validated: another tab, an old version or a hand edit may have left anything there.
 */
import { z } from "zod";
import { populationSchema, type Population } from "../sim/population.ts";

export const DRAFT_KEY = "goodhart.playground.draft.v1";

const draftSchema = z.object({ scheme: z.string(), population: populationSchema, savedAt: z.number() });
export type Draft = z.infer<typeof draftSchema>;

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function loadDraft(store: KeyValueStore): Draft | null {
  let raw: string | null;
  try {
    raw = store.getItem(DRAFT_KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Returns false when the browser refused (private mode, quota): the UI says so. */
export function saveDraft(store: KeyValueStore, scheme: string, population: Population, now: number): boolean {
  try {
    store.setItem(DRAFT_KEY, JSON.stringify({ scheme, population, savedAt: now }));
    return true;
  } catch {
    return false;
  }
}

/** The text an example or opened file replaced, kept so a reload cannot lose it. */
const PREVIOUS_KEY = "goodhart.playground.previous.v1";

export function keepPrevious(store: KeyValueStore, scheme: string): void {
  try {
    store.setItem(PREVIOUS_KEY, scheme);
  } catch {
    // Best effort: undo in the editor still works.
  }
}

export function loadPrevious(store: KeyValueStore): string | null {
  try {
    const text = store.getItem(PREVIOUS_KEY);
    return typeof text === "string" && text.length > 0 ? text : null;
  } catch {
    return null;
  }
}
