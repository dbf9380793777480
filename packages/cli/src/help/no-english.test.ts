/**
 * In Vietnamese, the paths a user walks print no English sentence of ours: `check --lang vi`
 * on every bundled example, `--help --lang vi` for every command, `help model`, and the text
 * reports of `score --explain` and `--pools`, `simulate`, `sweep`, `exploits`,
 * `sensitivity` and `diff` (text and Markdown), and every command's usage errors and bad input
 * (flags, a broken rule file, staff tables that break the format, files that cannot be read). "Ours" is every run of three or more English words in the English catalogue
 * (between its placeholders) and every prose line of the English help pages; and no line may
 * be made only of common English words. Names, codes, flags and the examples' own labels are
 * not ours and may stay.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { catalogueLiterals } from "@goodhart/dsl";
import { COMMANDS } from "../run.ts";
import { BAD_FILES, BAD_INPUTS } from "../test-support/bad-input.ts";
import { runWith } from "../test-support/mem-io.ts";

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..", "examples");
const WORDS = /[A-Za-z][a-z]+(?:[ -]+[a-z]{2,}){2,}/;

/** The English fragments a Vietnamese output must not contain. */
const FRAGMENTS = [
  ...new Set(
    catalogueLiterals("en")
      .flatMap((l) => l.split(/[.;:()—]|, /))
      .map((f) => f.trim())
      // Command lines quoted in the help (`goodhart check examples/*.kpi`) are the same in every language.
      .filter((f) => WORDS.test(f) && !/--|goodhart|\bkpi\b|\*|\//.test(f)),
  ),
];

/** Prose lines of the English help: not a flag, an example or a field list. */
const HELP_LINES = [
  ...new Set(
    COMMANDS.flatMap((c) => c.help.split("\n"))
      .map((l) => l.trim())
      .filter((l) => WORDS.test(l) && !/^(-|goodhart |cat |node |#|\{|\[)/.test(l)),
  ),
];

const files = Object.fromEntries(
  readdirSync(EXAMPLES)
    .filter((f) => /\.(kpi|csv)$/.test(f))
    .map((f) => [`examples/${f}`, readFileSync(join(EXAMPLES, f), "utf8")]),
);
const schemes = Object.keys(files).filter((f) => f.endsWith(".kpi"));
const tables = Object.keys(files).filter((f) => f.endsWith(".staff.csv"));
// The examples' own words (labels, notes) are the scheme writer's, quoted as they wrote them.
const LABELS = [...new Set(schemes.flatMap((f) => [...files[f]!.matchAll(/"([^"\n]+)"/g)].map((m) => m[1]!)))].sort(
  (a, b) => b.length - a.length,
);

/** Names the examples declare and the columns their tables have: the writer's words, not ours. */
const NAMES = new Set(
  Object.values(files).flatMap((text) => [
    ...[...text.matchAll(/^\s*(?:metric|indicator|group|gate|rating|simulation)\s+(\S+)/gm)].map((m) => m[1]!.toLowerCase()),
    ...(text.split("\n")[0]!.includes(",")
      ? text
          .split("\n")[0]!
          .split(",")
          .map((c) => c.trim().toLowerCase())
      : []),
  ]),
);

/**
 * Common English words, and every word the English catalogue writes: a line of Vietnamese
 * output made only of these (two or more of them) is a line left in English.
 */
const COMMON =
  "a an the and or but of to in on at by for with from as is are was be been it its this that these those not no all any each every one two more most less than then there here what which who when where how why do does done can cannot may must should would will per up down out over under about into after before between only also very so such same other another".split(
    " ",
  );
const ENGLISH_WORDS = new Set([...COMMON, ...catalogueLiterals("en").flatMap((l) => l.toLowerCase().match(/[a-z]+/g) ?? [])]);

/** The lines made only of English words (code spans, names, numbers, flags and ids set aside). */
function englishLines(output: string): string[] {
  // A field list of a JSON document (`{figure, base, …}`) names keys, which stay English.
  return output
    .split("\n")
    .filter((line) => !/[{}]/.test(line))
    .filter((line) => {
      const words = line
        .replace(/`[^`]*`|'[^']*'|"[^"]*"|--[\w-]+|\S*[_.=/@:]\S*|\S*\d\S*/g, " ")
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length > 0 && !/[A-Z].*[A-Z]|[a-z][A-Z]/.test(w) && !NAMES.has(w.toLowerCase()));
      return words.length >= 2 && words.every((w) => ENGLISH_WORDS.has(w.toLowerCase()));
    });
}

function englishIn(raw: string): string[] {
  const output = LABELS.reduce((o, l) => o.split(l).join("‹label›"), raw);
  const found = FRAGMENTS.filter((f) => output.includes(f));
  const lines = new Set(output.split("\n").map((l) => l.trim()));
  return [...found, ...HELP_LINES.filter((l) => lines.has(l)), ...englishLines(output)];
}

describe("Vietnamese output has no English sentence of ours", () => {
  it("the fragments are found in English output, so the test can fail", async () => {
    const r = await runWith(["check", ...schemes, "--lang", "en"], files);
    expect(englishIn(r.stdout + r.stderr).length).toBeGreaterThan(10);
    const sim = await runWith(["simulate", "examples/same-day-100.kpi", "--staff", "50", "--periods", "2"], files);
    expect(englishLines(sim.stdout).length).toBeGreaterThan(3);
    expect(FRAGMENTS.length).toBeGreaterThan(100);
    expect(HELP_LINES.length).toBeGreaterThan(100);
  });

  it("check --lang vi on every bundled example", async () => {
    const r = await runWith(["check", ...schemes, "--lang", "vi"], files);
    expect(r.stdout.length).toBeGreaterThan(1000);
    expect(englishIn(r.stdout + r.stderr)).toEqual([]);
  });

  it.each(COMMANDS.map((c) => c.name))("%s --help --lang vi", async (name) => {
    const r = await runWith([name, "--help", "--lang", "vi"], {});
    expect(r.code).toBe(0);
    expect(englishIn(r.stdout)).toEqual([]);
  });

  it("the program's help and a usage error in Vietnamese", async () => {
    const help = await runWith(["--help", "--lang", "vi"], {});
    const usage = await runWith(["chek", "--lang", "vi"], {});
    expect(englishIn(help.stdout + usage.stderr)).toEqual([]);
  });

  it.each(tables)("score --explain --lang vi on %s", async (table) => {
    const scheme = table.replace(".staff.csv", ".kpi");
    const ids = files[table]!.split("\n")
      .slice(1, 6)
      .map((l) => l.split(",")[0]!)
      .filter(Boolean);
    for (const id of ids) {
      const r = await runWith(["score", scheme, "--data", table, "--explain", id, "--lang", "vi"], files);
      expect(r.code, r.stderr).toBe(0);
      expect(englishIn(r.stdout)).toEqual([]);
    }
  });
});

describe("the text reports in Vietnamese have no English left", () => {
  const SMALL = ["--staff", "60", "--periods", "2"];
  const DECREE = "examples/decree-335-civil-servant.kpi";

  it("help model --lang vi", async () => {
    const r = await runWith(["help", "model", "--lang", "vi"], {});
    expect(r.code).toBe(0);
    expect(englishIn(r.stdout)).toEqual([]);
  });

  it.each(schemes)("simulate %s --lang vi", async (scheme) => {
    const r = await runWith(["simulate", scheme, ...SMALL, "--lang", "vi"], files);
    expect(r.code, r.stderr).toBe(0);
    expect(englishIn(r.stdout)).toEqual([]);
  });

  it("simulate with replicates, on the Decree 335 pack", async () => {
    const r = await runWith(["simulate", DECREE, ...SMALL, "--replicates", "2", "--lang", "vi"], files);
    expect(r.code, r.stderr).toBe(0);
    expect(englishIn(r.stdout)).toEqual([]);
  });

  it.each(schemes)("exploits %s --lang vi", async (scheme) => {
    const r = await runWith(["exploits", scheme, "--lang", "vi"], files);
    expect(r.code, r.stderr).toBe(0);
    expect(englishIn(r.stdout)).toEqual([]);
  });

  it("sweep on the Decree 335 pack, a skipped point included", async () => {
    const r = await runWith(["sweep", DECREE, "--set", "số_lượng.floor=0%..100%:3", ...SMALL, "--lang", "vi"], files);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("bỏ qua");
    expect(englishIn(r.stdout + r.stderr)).toEqual([]);
  });

  it("sensitivity, one at a time and Sobol', on the Decree 335 pack", async () => {
    const oat = await runWith(
      ["sensitivity", DECREE, "--figure", "ratings.excellent", "--staff", "30", "--periods", "1", "--lang", "vi"],
      files,
    );
    const sobol = await runWith(
      [
        "sensitivity",
        DECREE,
        "--figure",
        "gamingRate",
        "--method",
        "sobol",
        "--samples",
        "2",
        "--staff",
        "20",
        "--periods",
        "1",
        "--lang",
        "vi",
      ],
      files,
    );
    expect(oat.code, oat.stderr).toBe(0);
    expect(sobol.code, sobol.stderr).toBe(0);
    expect(englishIn(oat.stdout + sobol.stdout)).toEqual([]);
  });

  it.each(tables)("score --pools and --edges --lang vi on %s", async (table) => {
    for (const flag of ["--pools", "--edges"]) {
      const r = await runWith(["score", table.replace(".staff.csv", ".kpi"), "--data", table, flag, "--lang", "vi"], files);
      expect(r.code, r.stderr).toBe(0);
      expect(englishIn(r.stdout)).toEqual([]);
    }
  });

  it("score --explain --lang vi for everyone in the Decree 335 table", async () => {
    const table = "examples/decree-335-civil-servant.staff.csv";
    const ids = files[table]!.split("\n")
      .slice(1)
      .map((l) => l.split(",")[0]!)
      .filter(Boolean);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      const r = await runWith(["score", DECREE, "--data", table, "--explain", id, "--lang", "vi"], files);
      expect(r.code, r.stderr).toBe(0);
      expect({ id, english: englishIn(r.stdout) }).toEqual({ id, english: [] });
    }
  });
});

describe("diff in Vietnamese has no English left", () => {
  // Each example against the next one: schemes that differ in almost every way (labels, kinds
  // of declaration, bands, gates, splits, warnings that come and go, exploits opened and closed).
  const ring = schemes.map((a, i) => [a, schemes[(i + 1) % schemes.length]!] as const);
  const pools = (scheme: string) => (/^\s*pool\s+(.+)$/m.exec(files[scheme]!)?.[1] ?? "unit").split(/\s*,\s*/);
  /** The new scheme's staff table, when it has the columns both schemes pool by. */
  const dataFor = (a: string, b: string) => {
    const table = b.replace(".kpi", ".staff.csv");
    const header = files[table]?.split("\n")[0]?.split(",") ?? [];
    return files[table] !== undefined && [...pools(a), ...pools(b)].every((c) => header.includes(c)) ? ["--data", table, "--ids"] : [];
  };

  it("the same diffs in English are caught, so the test can fail", async () => {
    const [a, b] = ring[0]!;
    const text = await runWith(["diff", a, b, ...dataFor(a, b), "--lang", "en"], files);
    const markdown = await runWith(["diff", a, b, ...dataFor(a, b), "--markdown", "--lang", "en"], files);
    expect(englishLines(text.stdout).length).toBeGreaterThan(3);
    expect(englishLines(markdown.stdout).length).toBeGreaterThan(3);
  });

  it.each(ring)("diff %s %s --lang vi, text and Markdown", async (a, b) => {
    const data = dataFor(a, b);
    const text = await runWith(["diff", a, b, ...data, "--lang", "vi"], files);
    const markdown = await runWith(["diff", a, b, ...data, "--markdown", "--lang", "vi"], files);
    expect(text.code, text.stderr).toBe(0);
    expect(markdown.code, markdown.stderr).toBe(0);
    expect(text.stdout).toContain("Các thay đổi");
    expect(englishIn(text.stdout + text.stderr)).toEqual([]);
    expect(englishIn(markdown.stdout + markdown.stderr)).toEqual([]);
  });

  it("a reviewed edit: a warning accepted, one whose numbers moved, one gone, a gate added, a column missing", async () => {
    const before = files["examples/same-day-100.kpi"]!;
    const after = before
      .replace('metric processed "Dossiers', "// goodhart-ignore KPI204: the clerk's log is our only record\nmetric processed \"Dossiers")
      .replace("target 100%\n  weight 70", "target 100%\n  weight 60")
      .replace("target 100%\n  weight 30", "target 95%\n  weight 40")
      .replace(
        'indicator same_day "',
        'gate late "Late reports" {\n  when processed_same_day > received\n  cap rating good\n}\n\nindicator same_day "',
      );
    expect(after).not.toBe(before);
    const all = { ...files, "old.kpi": before, "new.kpi": after };
    const csv = "examples/same-day-100.staff.csv";
    const runs = [
      await runWith(["diff", "old.kpi", "new.kpi", "--data", csv, "--lang", "vi"], all),
      await runWith(["diff", "old.kpi", "new.kpi", "--data", csv, "--markdown", "--lang", "vi"], all),
      await runWith(
        [
          "diff",
          "new.kpi",
          "examples/decree-335-civil-servant.kpi",
          "--data",
          "examples/decree-335-civil-servant.staff.csv",
          "--markdown",
          "--lang",
          "vi",
        ],
        all,
      ),
    ];
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(englishIn(r.stdout + r.stderr)).toEqual([]);
    }
    // Every kind of warning news is there, so each of their words was held to the test.
    for (const word of ["chấp nhận", "thay đổi", "không còn"]) expect(runs[0]!.stdout).toContain(word);
  });

  it("diff's usage errors in Vietnamese", async () => {
    for (const args of [
      ["a.kpi"],
      ["a.kpi", "b.kpi", "--json", "--markdown"],
      ["a.kpi", "b.kpi", "--replicates", "2"],
      ["--", "-x", "b.kpi"],
    ]) {
      const r = await runWith(["diff", "--lang", "vi", ...args], files);
      expect(r.code).toBe(2);
      expect(englishIn(r.stderr)).toEqual([]);
    }
  });

  it("the note when there is nothing to compare, in Vietnamese", async () => {
    const r = await runWith(
      ["diff", "/dev/null", "examples/same-day-100.kpi", "--data", "examples/same-day-100.staff.csv", "--lang", "vi"],
      files,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("lưu ý");
    expect(englishIn(r.stdout + r.stderr)).toEqual([]);
  });
});

describe("usage errors and bad input in Vietnamese have no English left", () => {
  it("the same bad input in English is caught, so the test can fail", async () => {
    let stderr = "";
    for (const c of BAD_INPUTS) stderr += (await runWith([...c.argv, "--lang", "en"], BAD_FILES, c.io ?? {})).stderr;
    expect(englishIn(stderr).length).toBeGreaterThan(BAD_INPUTS.length);
  });

  it.each(BAD_INPUTS.map((c) => [c.name, c] as const))("%s --lang vi", async (_name, c) => {
    const r = await runWith([...c.argv, "--lang", "vi"], BAD_FILES, c.io ?? {});
    expect(r.code).toBe(c.code);
    expect(r.stderr.length).toBeGreaterThan(0);
    expect(englishIn(r.stderr)).toEqual([]);
  });

  it("a Vietnamese locale says them in Vietnamese without --lang", async () => {
    for (const c of BAD_INPUTS.filter((b) => /missing|unknown|bad rows/.test(b.name))) {
      const r = await runWith(c.argv, BAD_FILES, { ...c.io, env: { LANG: "vi_VN.UTF-8" } });
      expect(r.code).toBe(c.code);
      expect(englishIn(r.stderr)).toEqual([]);
      expect(r.stderr).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
    }
  });
});
