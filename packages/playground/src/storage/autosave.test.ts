import { describe, expect, it } from "vitest";
import { DRAFT_KEY, keepPrevious, loadDraft, loadPrevious, saveDraft, type KeyValueStore } from "./autosave.ts";
import { DEFAULT_POPULATION } from "../sim/population.ts";

const memory = (): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe("autosave", () => {
  it("reads back what it saved", () => {
    const store = memory();
    expect(saveDraft(store, "metric x { type count }", DEFAULT_POPULATION, 5)).toBe(true);
    expect(loadDraft(store)).toEqual({ scheme: "metric x { type count }", population: DEFAULT_POPULATION, savedAt: 5 });
  });

  it("ignores a corrupt or foreign draft", () => {
    const store = memory();
    store.data.set(DRAFT_KEY, "{not json");
    expect(loadDraft(store)).toBeNull();
    store.data.set(DRAFT_KEY, JSON.stringify({ scheme: 3 }));
    expect(loadDraft(store)).toBeNull();
  });

  it("reports a refused write instead of throwing", () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(saveDraft(full, "x", DEFAULT_POPULATION, 1)).toBe(false);
  });

  it("keeps the text an example replaced, and nothing when there was none", () => {
    const store = memory();
    expect(loadPrevious(store)).toBeNull();
    keepPrevious(store, "my draft");
    expect(loadPrevious(store)).toBe("my draft");
  });
});
