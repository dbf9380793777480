import { describe, expect, it } from "vitest";
import { startup } from "./startup.ts";
import { encodeShareHash } from "./share/share-link.ts";
import { loadPrevious, saveDraft, type KeyValueStore } from "./storage/autosave.ts";
import { DEFAULT_POPULATION } from "./sim/population.ts";

const memory = (): KeyValueStore => {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe("startup", () => {
  it("a shared link over a draft keeps the draft as the previous text", () => {
    const store = memory();
    saveDraft(store, "metric mine { type count }", DEFAULT_POPULATION, 1);
    const s = startup(encodeShareHash({ scheme: "metric theirs { type count }", population: DEFAULT_POPULATION }), store);
    expect(s.source).toBe("link");
    expect(s.scheme).toContain("theirs");
    expect(s.keptDraft).toBe(true);
    expect(loadPrevious(store)).toBe("metric mine { type count }");
  });

  it("keeps nothing when there was no draft, or the draft is the shared text", () => {
    const store = memory();
    const hash = encodeShareHash({ scheme: "metric same { type count }", population: DEFAULT_POPULATION });
    expect(startup(hash, store).keptDraft).toBe(false);
    saveDraft(store, "metric same { type count }", DEFAULT_POPULATION, 1);
    expect(startup(hash, store).keptDraft).toBe(false);
    expect(loadPrevious(store)).toBeNull();
  });

  it("without a link, the draft opens and nothing is kept", () => {
    const store = memory();
    saveDraft(store, "metric mine { type count }", DEFAULT_POPULATION, 1);
    const s = startup("", store);
    expect([s.source, s.scheme, s.keptDraft]).toEqual(["draft", "metric mine { type count }", false]);
  });
});
