/**
 * `--lang en|vi` on every command, the locale when it is absent: the words change, never the
 * findings, codes, exit codes or JSON keys.
 */
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "@goodhart/dsl";
import { COMMANDS } from "./run.ts";
import { runWith, SCHEME } from "./test-support/mem-io.ts";

const LINTY = `metric done { type count source self }
indicator volume { aspect volume value done floor 0 target 10 weight 100 }
rating good { min 50 }
rating rest { }
`;

describe("--lang", () => {
  it("check --lang vi prints the summary in Vietnamese; codes, positions and exit code unchanged", async () => {
    const en = await runWith(["check", "s.kpi"], { "s.kpi": LINTY });
    const vi = await runWith(["check", "s.kpi", "--lang", "vi"], { "s.kpi": LINTY });
    expect(vi.code).toBe(en.code);
    const head = (s: string) =>
      s
        .split("\n")
        .filter(Boolean)
        .map((l) => l.split(" ").slice(0, 3).join(" "));
    expect(head(vi.stdout)).toEqual(head(en.stdout));
    expect(en.stderr).toMatch(/^0 errors, \d warnings?, 0 info in 1 file$/m);
    expect(vi.stderr).toMatch(/^0 lỗi, \d cảnh báo, 0 thông tin trong 1 tệp$/m);
  });

  it("diagnostic messages read in Vietnamese, in text and JSON", async () => {
    const vi = await runWith(["check", "s.kpi", "--lang", "vi"], { "s.kpi": LINTY });
    expect(vi.stdout).toContain("warning KPI203 Chỉ tiêu lấn át: `volume` quyết định 100% số điểm");
    expect(vi.stdout).toContain("warning KPI202 Số lượng không đi kèm chất lượng: `volume`");
    const errors = await runWith(["check", "e.kpi", "--lang", "vi", "--json"], {
      "e.kpi": "metric m { type count }\nindicator i { value m floor 5 target 5 weight 100 }\nrating r { }\nrating r { }\n",
    });
    const messages = JSON.parse(errors.stdout).map((d: { code: string; message: string }) => `${d.code} ${d.message}`);
    expect(messages).toContain(
      "KPI007 Mức sàn bằng mục tiêu, nên không có đường chấm điểm nào từ 0 đến 100; hãy đặt mức sàn thấp hơn mục tiêu (hoặc dùng `step`).",
    );
    expect(messages.some((m: string) => m.startsWith("KPI003 Tên `r` đã được dùng cho khai báo `rating` ở dòng 3"))).toBe(true);
    expect(errors.code).toBe(1);
  });

  it("--json keeps its keys and codes in any language", async () => {
    const en = JSON.parse((await runWith(["check", "s.kpi", "--json"], { "s.kpi": LINTY })).stdout);
    const vi = JSON.parse((await runWith(["check", "--lang=vi", "s.kpi", "--json"], { "s.kpi": LINTY })).stdout);
    expect(vi.map((d: Record<string, unknown>) => Object.keys(d))).toEqual(en.map((d: Record<string, unknown>) => Object.keys(d)));
    expect(vi.map((d: { code: string; line: number }) => [d.code, d.line])).toEqual(
      en.map((d: { code: string; line: number }) => [d.code, d.line]),
    );
  });

  it("is taken by every command, and the locale chooses when it is absent", async () => {
    for (const c of COMMANDS) {
      const r = await runWith([c.name, "--lang", "vi", "--help"]);
      expect({ command: c.name, code: r.code }).toEqual({ command: c.name, code: 0 });
    }
    const byLocale = await runWith(["check", "s.kpi"], { "s.kpi": LINTY }, { env: { LANG: "vi_VN.UTF-8" } });
    expect(byLocale.stderr).toContain("cảnh báo");
    const flagWins = await runWith(["check", "s.kpi", "--lang", "en"], { "s.kpi": LINTY }, { env: { LC_ALL: "vi_VN.UTF-8" } });
    expect(flagWins.stderr).toContain("warning");
    const cLocale = await runWith(["check", "s.kpi"], { "s.kpi": LINTY }, { env: { LANG: "C" } });
    expect(cLocale.stderr).toContain("warning");
  });

  it("an unknown language is a usage error (exit 2) naming the choices", async () => {
    const r = await runWith(["check", "s.kpi", "--lang", "fr"], { "s.kpi": SCHEME });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--lang takes en or vi, not 'fr'");
    expect((await runWith(["check", "s.kpi", "--lang"], { "s.kpi": SCHEME })).code).toBe(2);
  });

  it("the program's help and its usage errors are in the chosen language", async () => {
    const help = await runWith(["--lang", "vi", "help"]);
    expect(help.stdout).toContain("Cách dùng: goodhart <lệnh>");
    expect(help.stdout).toContain("chấm điểm từng người trong tệp CSV");
    const bad = await runWith(["chek", "--lang", "vi"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("không có lệnh 'chek' (có phải ý là 'check'?)");
    expect(bad.stderr).toContain("Xem cách dùng: 'goodhart help'.");
  });

  it("each command's English summary is the catalogue's, so the two cannot drift", () => {
    for (const c of COMMANDS)
      expect({ [c.name]: c.summary }).toEqual({ [c.name]: (CATALOGUES.en as Record<string, string>)[`cli.command.${c.name}`] });
  });

  it("a `--lang` after `--` is a file name, not the flag", async () => {
    const r = await runWith(["check", "--", "--lang"], { "--lang": SCHEME });
    expect(r.code).toBe(0);
  });
});

describe("checker messages once written in English only", () => {
  it("KPI103, too many bands, a quota of its own band, an unknown enum word and observable are in Vietnamese", async () => {
    const text = `scheme "x" { period mnth }
metric a {
  type count source system
  observes cases.closd
}
metric b { type count source system observes zzz.qqq }
indicator i { aspect quality value a floor 0 target 10 weight 100 }
rating r { min 50 quota 10% of r reward 1% }
rating s { reward 0% }
`;
    const en = (await runWith(["check", "m.kpi", "--lang", "en"], { "m.kpi": text })).stdout;
    const vi = (await runWith(["check", "m.kpi", "--lang", "vi"], { "m.kpi": text })).stdout;
    for (const english of ["starts on the line of", "takes one of", "The simulator has no observable", "is a share of the band itself"]) {
      expect(en).toContain(english);
      expect(vi).not.toContain(english);
    }
    expect(vi).toContain("(có phải ý là `month`?)");
    const codes = (s: string) => s.split("\n").map((l) => / (KPI\d{3}) /.exec(l)?.[1]);
    expect(codes(vi)).toEqual(codes(en));
  });
});
