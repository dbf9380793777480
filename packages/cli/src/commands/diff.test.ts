import { figureByKey, simulate as simulateEngine } from "@goodhart/simulator";
import { describe, expect, it } from "vitest";
import { gitShowArgs } from "../git.ts";
import { runWith, SCHEME } from "../test-support/mem-io.ts";

const SIM = SCHEME.replace(
  'metric done "Done" {\n  type count\n  source system\n',
  'metric done "Done" {\n  type count\n  source system\n  observes cases.closed\n',
).replace(
  'metric errors "Errors" {\n  type count\n  source system\n',
  'metric errors "Errors" {\n  type count\n  source system\n  observes cases.reopened\n',
);
const SMALL = ["--staff", "60", "--periods", "2", "--seed", "7"];
const NEW = SIM.replace("target 50", "target 60");

describe("goodhart diff", () => {
  it("prints each change as a fact and exits 0", async () => {
    const r = await runWith(["diff", "a.kpi", "b.kpi"], { "a.kpi": SIM, "b.kpi": NEW });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("indicator volume: target 50 → 60");
    expect(r.stdout.split("\n")[0]).toBe('b.kpi — "Test scheme"');
  });

  it("text output shows a file name, --name and the errors message with control characters escaped (no CI command line)", async () => {
    const evil = "evil\n::error::x.kpi";
    const r = await runWith(["diff", "a.kpi", evil], { "a.kpi": SIM, [evil]: NEW });
    expect(r.stdout.split("\n").some((l) => l.startsWith("::"))).toBe(false);
    expect(r.stdout).toContain("evil\\n::error::x.kpi");
    const named = await runWith(["diff", "a.kpi", "b.kpi", "--name", "x\ny"], { "a.kpi": SIM, "b.kpi": NEW });
    expect(named.stdout.split("\n")[0]).toContain("x\\ny");
    const broken = await runWith(["diff", "a.kpi", evil], { "a.kpi": SIM, [evil]: "metric {" });
    expect(`${broken.stdout}${broken.stderr}`.split("\n").some((l) => l.startsWith("::"))).toBe(false);
  });

  it("a title holding quotes or a tab is shown as the file writes it, in text and Markdown", async () => {
    const titled = (title: string) => SIM.replace('scheme "Test scheme"', `scheme "${title}"`);
    const files = { "a.kpi": titled(String.raw`The \"fast\" desk`), "b.kpi": titled(String.raw`The \"fast\" <b>desk</b>`) };
    expect((await runWith(["diff", "a.kpi", "b.kpi"], files)).stdout.split("\n")[0]).toBe(String.raw`b.kpi — "The \"fast\" <b>desk</b>"`);
    expect((await runWith(["diff", "a.kpi", "b.kpi", "--markdown"], files)).stdout.split("\n")[0]).toBe(
      `### \`b.kpi\` — ${String.raw`"The \\"fast\\" \<b\>desk\</b\>"`}`,
    );
    // A tab is quoted first, then shown as an escape: one backslash, not a doubled one.
    const tab = await runWith(["diff", "a.kpi", "b.kpi"], { "a.kpi": SIM, "b.kpi": titled("a\tb") });
    expect(tab.stdout.split("\n")[0]).toBe(String.raw`b.kpi — "a\tb"`);
  });

  it("formatting-only changes are no changes", async () => {
    const r = await runWith(["diff", "a.kpi", "b.kpi", "--json"], { "a.kpi": SIM, "b.kpi": SIM.replace(/\n {2}/g, "\n      ") });
    expect(JSON.parse(r.stdout).changes).toEqual([]);
    expect((await runWith(["diff", "a.kpi", "a.kpi"], { "a.kpi": SIM })).stdout).toContain("No changes");
  });

  it("--simulate runs both schemes on ONE population, the old scheme's block, named in settings", async () => {
    const oldText = `${SIM}\nsimulation default {\n  staff 60\n  periods 2\n  seed 7\n}\n`;
    // The new version also makes its simulated staff saints: that must not reach the comparison.
    const newText = `${NEW}\nsimulation default {\n  staff 60\n  periods 2\n  seed 7\n  saints 100%\n  honest 0%\n  reactive 0%\n  maniacs 0%\n}\n`;
    const r = await runWith(["diff", "a.kpi", "b.kpi", "--json", "--simulate"], { "a.kpi": oldText, "b.kpi": newText });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.changes[0]).toMatchObject({
      kind: "changed",
      declaration: "indicator",
      name: "volume",
      property: "target",
      old: "50",
      new: "60",
    });
    expect(Object.keys(doc.simulation)).toEqual(["settings", "old", "new"]);
    expect(doc.simulation.settings).toMatchObject({ staff: 60, periods: 2, seed: 7, saints: 0.1, honest: 0.6 });
    const settings = doc.simulation.settings;
    const want = (text: string) => JSON.parse(JSON.stringify(simulateEngine(text, settings).summary));
    expect(doc.simulation.old).toMatchObject(want(oldText));
    expect(doc.simulation.new).toMatchObject(want(NEW));
    expect(typeof doc.simulation.new.bonusCost).toBe("number");
    // Flags win over the block.
    const f = JSON.parse(
      (await runWith(["diff", "a.kpi", "b.kpi", "--json", "--simulate", "--seed", "9"], { "a.kpi": oldText, "b.kpi": newText })).stdout,
    );
    expect(f.simulation.settings.seed).toBe(9);
  });

  it("--simulate holds the sanction to the old scheme's too (a new block's `sanction 0%` does not reach its run), and says it", async () => {
    const block = (extra: string) => `\nsimulation default {\n  staff 60\n  periods 2\n  seed 7\n${extra}}\n`;
    const oldText = `${SIM}${block("  sanction 20%\n")}`;
    const newText = `${NEW}${block("  sanction 0%\n")}`;
    const r = await runWith(["diff", "a.kpi", "b.kpi", "--json", "--simulate"], { "a.kpi": oldText, "b.kpi": newText });
    const doc = JSON.parse(r.stdout);
    expect(doc.simulation.settings.sanction).toBe(0.2);
    const want = (text: string) => JSON.parse(JSON.stringify(simulateEngine(text, doc.simulation.settings).summary));
    expect(doc.simulation.new).toMatchObject(want(NEW));
    const text = (await runWith(["diff", "a.kpi", "b.kpi", "--simulate"], { "a.kpi": oldText, "b.kpi": newText })).stdout;
    expect(text).toMatch(/one population \(60 staff × 2 periods, seed 7, teams of 20; .*sanction 20%\)/);
  });

  it("--simulate shows the ratings split and gaming by kind in text and Markdown", async () => {
    const text = (await runWith(["diff", "a.kpi", "b.kpi", "--simulate", ...SMALL], { "a.kpi": SIM, "b.kpi": NEW })).stdout;
    expect(text).toContain("one population (60 staff × 2 periods, seed 7");
    // The labels are the figure catalogue's.
    expect(text).toMatch(new RegExp(`${figureByKey("ratings.good")!.label}\\s+\\d`));
    expect(text).toMatch(new RegExp(`${figureByKey("gaming.falsify")!.label}\\s+\\d`));
    expect(text).toMatch(/Bonus cost/);
    const md = (await runWith(["diff", "a.kpi", "b.kpi", "--simulate", "--markdown", ...SMALL], { "a.kpi": SIM, "b.kpi": NEW })).stdout;
    expect(md).toContain("**Simulated**, both schemes on one population");
    expect(md).not.toContain("| figure");
  });

  it("--json carries what the change opens or closes in the exploit finder, as the text says it", async () => {
    // A gate that caps those who close more: a perverse incentive the old scheme did not have.
    const capped = `${SIM}\ngate too_many {\n  when done > 45\n  cap rating poor\n}\n`;
    const json = JSON.parse((await runWith(["diff", "a.kpi", "b.kpi", "--json"], { "a.kpi": SIM, "b.kpi": capped })).stdout);
    expect(json.exploits.perverseAdded.map((p: { name: string }) => p.name)).toEqual(["too_many"]);
    expect(json.exploits.perverseRemoved).toEqual([]);
    const text = (await runWith(["diff", "a.kpi", "b.kpi"], { "a.kpi": SIM, "b.kpi": capped })).stdout;
    expect(text).toContain(`adds a perverse incentive: ${json.exploits.perverseAdded[0].text}`);
    // And back: the same incentive removed.
    const back = JSON.parse((await runWith(["diff", "a.kpi", "b.kpi", "--json"], { "a.kpi": capped, "b.kpi": SIM })).stdout);
    expect(back.exploits.perverseRemoved.map((p: { name: string }) => p.name)).toEqual(["too_many"]);
    // Nothing to compare against an added file.
    expect(JSON.parse((await runWith(["diff", "/dev/null", "b.kpi", "--json"], { "b.kpi": SIM })).stdout)).not.toHaveProperty("exploits");
  });

  it("--markdown is a comment with the file and title as heading and code spans", async () => {
    const r = await runWith(["diff", "a.kpi", "b.kpi", "--markdown"], { "a.kpi": SIM, "b.kpi": NEW });
    expect(r.stdout).toMatch(/^### `b\.kpi` — "Test scheme"\n/);
    expect(r.stdout).toContain("- indicator `volume`: target `50` → `60`");
  });

  it("--data goes through diffImpact: grouped moves and the mean score", async () => {
    const csv = "id,done,errors\na,18,0\nb,48,0\n";
    const r = await runWith(["diff", "a.kpi", "b.kpi", "--data", "s.csv", "--json"], { "a.kpi": SIM, "b.kpi": NEW, "s.csv": csv });
    const doc = JSON.parse(r.stdout);
    expect(doc.impact.moves.flatMap((m: { ids: string[] }) => m.ids)).toContain("a");
    expect(doc.impact.meanScore.new).toBeLessThan(doc.impact.meanScore.old);
    const text = (await runWith(["diff", "a.kpi", "b.kpi", "--data", "s.csv"], { "a.kpi": SIM, "b.kpi": NEW, "s.csv": csv })).stdout;
    expect(text).toMatch(/Impact on 2 staff\n {2}\d of 2 moves? \w+ → \w+\n {2}mean score/);
    expect(text).not.toContain(": a");
  });

  it("--data reads a new metric's absent column as missing, with a note, in every format", async () => {
    const withNew = NEW.replace(
      'metric errors "Errors" {',
      'metric praise {\n  type count\n  source system\n}\n\nmetric errors "Errors" {',
    );
    const csv = "id,done,errors\na,18,0\nb,48,0\n";
    const files = { "a.kpi": SIM, "b.kpi": withNew, "s.csv": csv };
    const r = await runWith(["diff", "a.kpi", "b.kpi", "--data", "s.csv", "--markdown"], files);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("is read as missing for all 2 staff");
    const text = await runWith(["diff", "a.kpi", "b.kpi", "--data", "s.csv"], files);
    expect(text.stdout).toContain("note: s.csv has no column praise: the new scheme's metric praise is read as missing for all 2 staff");
    // A metric both schemes read still needs its column.
    const broken = await runWith(["diff", "a.kpi", "b.kpi", "--data", "s.csv"], { ...files, "s.csv": "id,done\na,18\n" });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('column "errors" is missing');
  });

  it("a new version with errors stops the diff: exit 1, its errors on stderr", async () => {
    const r = await runWith(["diff", "a.kpi", "b.kpi"], { "a.kpi": SIM, "b.kpi": NEW.replace("target 60", "target 60 )") });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^b\.kpi:\d+:\d+: error KPI001/m);
  });

  it("/dev/null (an added or deleted file) contributes no diagnostics of its own", async () => {
    const added = JSON.parse((await runWith(["diff", "/dev/null", "b.kpi", "--json"], { "b.kpi": SIM })).stdout);
    expect(added.changes.every((c: { kind: string }) => c.kind === "added")).toBe(true);
    expect(added.diagnostics.removed).toEqual([]);
    const deleted = await runWith(["diff", "a.kpi", "/dev/null", "--json"], { "a.kpi": SIM });
    expect(deleted.code).toBe(0);
    const doc = JSON.parse(deleted.stdout);
    expect(doc.diagnostics.added).toEqual([]);
    expect(doc.changes.every((c: { kind: string }) => c.kind === "removed")).toBe(true);
  });

  it("--fail-on-new exits 1 when the change adds a warning, 0 otherwise", async () => {
    const warns = SIM.replace("weight 50\n}\n\nindicator quality", "weight 90\n}\n\nindicator quality");
    expect((await runWith(["diff", "a.kpi", "b.kpi", "--fail-on-new"], { "a.kpi": SIM, "b.kpi": warns })).code).toBe(1);
    expect((await runWith(["diff", "a.kpi", "b.kpi"], { "a.kpi": SIM, "b.kpi": warns })).code).toBe(0);
    expect((await runWith(["diff", "a.kpi", "b.kpi", "--fail-on-new"], { "a.kpi": SIM, "b.kpi": NEW })).code).toBe(0);
  });

  it("reads REV:PATH through git", async () => {
    const r = await runWith(["diff", "HEAD:a.kpi", "a.kpi"], { "a.kpi": NEW }, { gitShow: async () => SIM });
    expect(r.stdout).toContain("target 50 → 60");
  });

  it("a flag-like argument after -- is a usage error and never reaches git", async () => {
    let asked = false;
    const r = await runWith(
      ["diff", "--", "--output=/tmp/x", "new.kpi"],
      { "new.kpi": SIM },
      { gitShow: async () => ((asked = true), SIM) },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--output=/tmp/x");
    expect(asked).toBe(false);
    expect((await runWith(["diff", "--", "--output=/tmp/x:a.kpi", "a.kpi"], { "a.kpi": SIM })).code).toBe(2);
  });

  it("git show gets the object name after --end-of-options, and no revision starting with '-'", () => {
    expect(gitShowArgs("HEAD~1", "a.kpi")).toEqual(["show", "--end-of-options", "HEAD~1:./a.kpi"]);
    expect(() => gitShowArgs("--output=/tmp/x", "a.kpi")).toThrow(/not a git revision/);
  });

  it("needs exactly two schemes", async () => {
    expect((await runWith(["diff", "a.kpi"], { "a.kpi": SIM })).code).toBe(2);
  });
});
