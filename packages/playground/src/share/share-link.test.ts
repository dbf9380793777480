import { describe, expect, it } from "vitest";
import LZString from "lz-string";
import { decodeShareHash, encodeShareHash, HASH_PREFIX, MAX_ENCODED_LENGTH } from "./share-link.ts";
import { DEFAULT_POPULATION } from "../sim/population.ts";

const scheme = 'indicator tỷ_lệ "Tỷ lệ <b>đúng</b> hạn" {\n  weight 100\n}\n';

describe("share link codec", () => {
  it("round-trips a scheme with Unicode and markup-like labels, and the population", () => {
    const population = { ...DEFAULT_POPULATION, staff: 5000, seed: 7, mix: { saints: 0, honest: 0.5, reactive: 0.5, maniacs: 0 } };
    const hash = encodeShareHash({ scheme, population });
    expect(hash.startsWith(HASH_PREFIX)).toBe(true);
    expect(decodeShareHash(hash)).toEqual({ kind: "ok", state: { scheme, population } });
  });

  it("ignores hashes that are not share links", () => {
    expect(decodeShareHash("")).toEqual({ kind: "none" });
    expect(decodeShareHash("#section-2")).toEqual({ kind: "none" });
  });

  it("reports a cut-off link clearly", () => {
    const hash = encodeShareHash({ scheme, population: DEFAULT_POPULATION });
    const result = decodeShareHash(hash.slice(0, Math.floor(hash.length / 2)));
    expect(result.kind).toBe("error");
  });

  it("reports garbage clearly", () => {
    const result = decodeShareHash(`${HASH_PREFIX}%%%not-lz`);
    expect(result.kind).toBe("error");
  });

  it("refuses a huge link before decompressing it", () => {
    const result = decodeShareHash(HASH_PREFIX + "A".repeat(MAX_ENCODED_LENGTH + 1));
    expect(result).toMatchObject({ kind: "error" });
    if (result.kind === "error") expect(result.message).toMatch(/too large/);
  });

  it("rejects a well-formed payload with out-of-range population values", () => {
    const payload = { v: 1, scheme, population: { ...DEFAULT_POPULATION, staff: -5 } };
    const hash = HASH_PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify(payload));
    const result = decodeShareHash(hash);
    expect(result.kind).toBe("error");
    if (result.kind === "error") expect(result.message).toMatch(/population\.staff/);
  });

  it("rejects a payload whose scheme is not text", () => {
    const payload = { v: 1, scheme: { toString: "alert(1)" }, population: DEFAULT_POPULATION };
    const hash = HASH_PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify(payload));
    expect(decodeShareHash(hash).kind).toBe("error");
  });

  it("says each problem in the page's language: Vietnamese has no English left, English is as before", () => {
    const bad = {
      empty: HASH_PREFIX,
      huge: HASH_PREFIX + "A".repeat(MAX_ENCODED_LENGTH + 1),
      cut: encodeShareHash({ scheme, population: DEFAULT_POPULATION }).slice(0, 40),
      garbage: `${HASH_PREFIX}%%%not-lz`,
      invalid:
        HASH_PREFIX +
        LZString.compressToEncodedURIComponent(JSON.stringify({ v: 1, scheme, population: { ...DEFAULT_POPULATION, staff: -5 } })),
    };
    const english = /\b(the|shared|link|is|not|valid|damaged|large|characters|instead|could|scheme)\b/i;
    for (const [name, hash] of Object.entries(bad)) {
      const vi = decodeShareHash(hash, "vi");
      expect(vi.kind, name).toBe("error");
      if (vi.kind === "error") {
        expect(vi.message, name).toMatch(/Liên kết chia sẻ/);
        expect(vi.message.replace(/\(population\.staff\)/, "").replace(/\.kpi|Goodhart/g, ""), name).not.toMatch(english);
      }
    }
    expect(decodeShareHash(bad.empty)).toEqual({ kind: "error", message: "The shared link is empty: it carries no scheme." });
    expect(decodeShareHash(bad.huge)).toEqual({
      kind: "error",
      message: "The shared link is too large (60,001 characters; at most 60,000). Share the .kpi file instead.",
    });
    expect(decodeShareHash(bad.huge, "vi")).toMatchObject({ message: expect.stringContaining("60.001") });
  });
});
