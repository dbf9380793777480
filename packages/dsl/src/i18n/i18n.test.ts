/**
 * Every language has every key of the English catalogue, no key English lacks, and the same
 * placeholders in each message; every message parses as ICU MessageFormat.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOGUES, LANGS, langFromBrowser, langFromLocale, t } from "./translate.ts";

/**
 * The values a message shows, and the ones it only chooses words by (plural, select). A
 * translation shows exactly what English shows; it may leave out a choice its grammar does not
 * need (Vietnamese has no plural endings), but may not choose by anything English lacks.
 */
function placeholders(
  elements: MessageFormatElement[],
  out = { shown: new Set<string>(), chosen: new Set<string>() },
  plural: string | null = null,
) {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) out.shown.add(e.value);
    // `#` inside a plural shows its count.
    if (e.type === TYPE.pound && plural !== null) out.shown.add(plural);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      out.chosen.add(e.value);
      for (const o of Object.values(e.options)) placeholders(o.value, out, e.type === TYPE.plural ? e.value : plural);
    }
  }
  return out;
}

const en = CATALOGUES.en;

describe("message catalogues", () => {
  it.each(LANGS)("%s has exactly the English keys", (lang) => {
    expect(Object.keys(CATALOGUES[lang]).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(LANGS)("%s: every message parses and uses the English placeholders", (lang) => {
    for (const [key, text] of Object.entries(CATALOGUES[lang])) {
      const ours = placeholders(parse(text, { ignoreTag: true }));
      const theirs = placeholders(parse(en[key as keyof typeof en], { ignoreTag: true }));
      expect({ key, shown: [...ours.shown].sort() }).toEqual({ key, shown: [...theirs.shown].sort() });
      const allowed = new Set([...theirs.shown, ...theirs.chosen]);
      expect({ key, extra: [...ours.chosen].filter((c) => !allowed.has(c)) }).toEqual({ key, extra: [] });
    }
  });

  it("Vietnamese is not English left untranslated (beyond names, codes and examples)", () => {
    const same = Object.keys(en).filter(
      (k) => CATALOGUES.vi[k as keyof typeof en] === en[k as keyof typeof en] && /[a-z]{4,} [a-z]{4,}/.test(en[k as keyof typeof en]),
    );
    expect(same).toEqual([]);
  });

  it("plurals follow each language's rules", () => {
    const p = { errors: 1, warnings: 2, infos: 0, suppressed: 0, files: 1 };
    expect(t("en", "check.summary", p)).toBe("1 error, 2 warnings, 0 info in 1 file");
    expect(t("vi", "check.summary", p)).toBe("1 lỗi, 2 cảnh báo, 0 thông tin trong 1 tệp");
    expect(t("en", "check.summary", { ...p, suppressed: 3 })).toBe("1 error, 2 warnings, 0 info (3 suppressed) in 1 file");
  });

  it("the decree's four bands keep the decree's own words", () => {
    expect(["excellent", "good", "completed", "not_completed"].map((b) => t("vi", `band.${b}` as keyof typeof en))).toEqual([
      "hoàn thành xuất sắc nhiệm vụ",
      "hoàn thành tốt nhiệm vụ",
      "hoàn thành nhiệm vụ",
      "không hoàn thành nhiệm vụ",
    ]);
  });

  it("placeholders take any text, braces and apostrophes included, verbatim", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        for (const lang of LANGS) expect(t(lang, "cli.didYouMean", { name })).toContain(`'${name}'`);
      }),
    );
  });
});

describe("choosing the language", () => {
  it("reads LC_ALL, then LANG; C, POSIX, unset and unknown languages are English", () => {
    expect(langFromLocale({ LC_ALL: "vi_VN.UTF-8", LANG: "en_US.UTF-8" })).toBe("vi");
    expect(langFromLocale({ LC_ALL: "", LANG: "vi_VN.UTF-8" })).toBe("vi");
    expect(langFromLocale({ LC_ALL: "en_GB.UTF-8", LANG: "vi_VN" })).toBe("en");
    expect(langFromLocale({ LANG: "C" })).toBe("en");
    expect(langFromLocale({ LANG: "POSIX" })).toBe("en");
    expect(langFromLocale({ LANG: "fr_FR.UTF-8" })).toBe("en");
    expect(langFromLocale({})).toBe("en");
  });

  it("a browser's list: the first language with a catalogue", () => {
    expect(langFromBrowser(["vi-VN", "en"])).toBe("vi");
    expect(langFromBrowser(["fr-FR", "vi"])).toBe("vi");
    expect(langFromBrowser(["de"])).toBe("en");
    expect(langFromBrowser([])).toBe("en");
  });
});

describe("property descriptions", () => {
  it("every property's description is a catalogue message, in every language", async () => {
    const { PROPERTIES } = await import("../semantics/properties.ts");
    for (const specs of Object.values(PROPERTIES)) {
      for (const p of specs) {
        expect(p.doc).toBe(t("en", p.docKey));
        for (const lang of LANGS) expect(t(lang, p.docKey).length, `${lang} ${p.docKey}`).toBeGreaterThan(10);
      }
    }
  });

  it("hover, completion and KPI005 quote it in the reader's language", async () => {
    const { hover } = await import("../services/hover.ts");
    const { complete } = await import("../services/completion.ts");
    const { analyze } = await import("../semantics/analyze.ts");
    const { localizeDiagnostic } = await import("../diagnostics/diagnostic.ts");
    const text = 'metric done "Done" {\n  type count\n  source system\n}\n\nindicator x "X" {\n  value done\n  floor 0\n  target 10\n}\n';
    const at = text.indexOf("floor");
    expect(hover(text, at, undefined, "vi")!.contents).toContain(t("vi", "prop.indicator.floor"));
    expect(hover(text, at)!.contents).toContain(t("en", "prop.indicator.floor"));
    const items = complete(text.replace("  floor 0\n", "  \n"), text.indexOf("floor"), undefined, "vi").items;
    expect(items.find((i) => i.label === "floor")!.documentation).toBe(t("vi", "prop.indicator.floor"));
    const kpi005 = analyze(text).diagnostics.find((d) => d.code === "KPI005")!;
    expect(localizeDiagnostic(kpi005, "vi").message).toContain(t("vi", "prop.indicator.weight"));
  });
});
