import { describe, expect, it } from "vitest";
import { diagnosticMessage, initialLang, LANG_STORAGE_KEY, saveLang } from "./lang.ts";

function memoryStorage(initial: Record<string, string> = {}) {
  const m = new Map(Object.entries(initial));
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

describe("the playground's language", () => {
  it("follows the browser at first, then the remembered choice", () => {
    const s = memoryStorage();
    expect(initialLang(s, ["vi-VN", "en-US"])).toBe("vi");
    expect(initialLang(s, ["fr-FR"])).toBe("en");
    saveLang(s, "en");
    expect(s.m.get(LANG_STORAGE_KEY)).toBe("en");
    expect(initialLang(s, ["vi-VN"])).toBe("en");
  });

  it("ignores a stored value that is not a language, and storage that throws", () => {
    expect(initialLang(memoryStorage({ [LANG_STORAGE_KEY]: "xx" }), ["vi"])).toBe("vi");
    const broken = {
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("blocked");
      },
    };
    expect(initialLang(broken, ["vi"])).toBe("vi");
    expect(() => saveLang(broken, "vi")).not.toThrow();
  });

  it("shows a diagnostic's catalogue text in the chosen language, its English message otherwise", () => {
    const d = { message: "Ratchet: 10% …", text: { key: "lint.KPI207", params: { share: "10%", name: "x" } } };
    expect(diagnosticMessage("en", d)).toBe("Ratchet: 10% …");
    expect(diagnosticMessage("vi", d)).toContain("Hiệu ứng bánh cóc: 10%");
    expect(diagnosticMessage("vi", { message: "plain" })).toBe("plain");
    expect(diagnosticMessage("vi", { message: "plain", text: { key: "no.such.key" } })).toBe("plain");
  });
});
