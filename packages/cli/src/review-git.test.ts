/**
 * Review tooling tried as a reviewer uses it, on a scratch git repository outside this
 * checkout: the git driver and textconv set up by `scripts/git-diff-kpi.sh --install`, and the
 * pull-request workflow of docs/review.md, its `run:` steps executed in order. Uses the bundled
 * CLI (packages/cli/dist, built by `pnpm install` and `node scripts/build-cli.mjs`).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { SCHEME } from "./test-support/mem-io.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const bin = join(root, "packages/cli/dist/goodhart.mjs");
const script = join(root, "scripts/git-diff-kpi.sh");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function sh(cwd: string, command: string, env: Record<string, string> = {}) {
  const r = spawnSync("bash", ["-e", "-c", command], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, GIT_PAGER: "cat", PAGER: "cat", ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "goodhart-review-"));
  dirs.push(dir);
  const r = sh(
    dir,
    "git init -q -b main && git config user.email r@example.org && git config user.name Reviewer && git config commit.gpgsign false",
  );
  expect(r.code, r.stderr).toBe(0);
  return dir;
}

const commit = (dir: string, message: string) => expect(sh(dir, `git add -A && git commit -q -m ${JSON.stringify(message)}`).code).toBe(0);

describe("git integration in any repository", () => {
  let repo = "";
  beforeEach(() => {
    expect(existsSync(bin)).toBe(true);
    repo = scratch();
    const r = sh(repo, `sh ${JSON.stringify(script)} --install`);
    expect(r.code, r.stderr).toBe(0);
  });

  it("--install marks *.kpi once and points git at the script by absolute path", () => {
    expect(sh(repo, `sh ${JSON.stringify(script)} --install`).code).toBe(0);
    expect(readFileSync(join(repo, ".gitattributes"), "utf8")).toBe("*.kpi diff=kpi\n");
    expect(sh(repo, "git config diff.kpi.command").stdout.trim()).toBe(`'${script}'`);
  });

  it("git diff shows facts, git diff --no-ext-diff formatted lines, git log -p no bogus diagnostics", () => {
    writeFileSync(join(repo, "desk.kpi"), SCHEME);
    commit(repo, "a scheme");
    // Reformatted and retargeted: only the retarget is a fact.
    writeFileSync(join(repo, "desk.kpi"), SCHEME.replace("target 50", "target 60").replace(/\n {2}/g, "\n    "));
    const d = sh(repo, "git diff");
    expect(d.code, d.stderr).toBe(0);
    expect(d.stdout).toContain('desk.kpi — "Test scheme"');
    expect(d.stdout).toContain("indicator volume: target 50 → 60");
    const lines = sh(repo, "git diff --no-ext-diff").stdout;
    expect(lines).toContain("-  target 50");
    expect(lines).toContain("+  target 60");
    expect(lines.match(/^[+-] /gm)).toHaveLength(2);
    commit(repo, "retarget");
    const log = sh(repo, "git log -p --ext-diff").stdout;
    expect(log).toContain('scheme "Test scheme" added');
    expect(log).not.toContain("KPI006");
    unlinkSync(join(repo, "desk.kpi"));
    const gone = sh(repo, "git diff");
    expect(gone.code).toBe(0);
    expect(gone.stdout).toContain(`indicator volume "Volume" removed`);
    expect(gone.stdout).not.toContain("KPI006");
  });

  it("a version with errors is shown with its errors and does not stop git", () => {
    writeFileSync(join(repo, "a.kpi"), SCHEME);
    writeFileSync(join(repo, "b.kpi"), SCHEME);
    commit(repo, "two schemes");
    writeFileSync(join(repo, "a.kpi"), SCHEME.replace("target 50", "target 50 )"));
    writeFileSync(join(repo, "b.kpi"), SCHEME.replace("target 50", "target 70"));
    const d = sh(repo, "git diff");
    expect(d.code).toBe(0);
    expect(d.stdout).toMatch(/error KPI001/);
    expect(d.stdout).toContain("indicator volume: target 50 → 70");
  });

  it("goodhart diff never hands a flag-like revision to git", () => {
    writeFileSync(join(repo, "a.kpi"), SCHEME);
    commit(repo, "a");
    const out = join(repo, "written-by-git");
    const r = spawnSync(process.execPath, [bin, "diff", "--", `--output=${out}:a.kpi`, "a.kpi"], { cwd: repo, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(existsSync(out)).toBe(false);
    const ok = spawnSync(process.execPath, [bin, "diff", "HEAD:a.kpi", "a.kpi"], { cwd: repo, encoding: "utf8" });
    expect(ok.status, ok.stderr).toBe(0);
  });
});

describe("the pull-request workflow of docs/review.md", () => {
  const doc = readFileSync(join(root, "docs/review.md"), "utf8");
  const yaml = /<!-- workflow:start -->\n```yaml\n([\s\S]*?)```\n<!-- workflow:end -->/.exec(doc)![1]!;

  /** Each step's `run:` block, dedented, with its step name. */
  function runSteps(): { name: string; script: string }[] {
    const lines = yaml.split("\n");
    const steps: { name: string; script: string }[] = [];
    let name = "";
    for (let i = 0; i < lines.length; i++) {
      const n = /^\s+- name: (.*)$/.exec(lines[i]!);
      if (n) name = n[1]!;
      const run = /^(\s+)(?:- )?run: (.*)$/.exec(lines[i]!);
      if (!run) continue;
      if (run[2] !== "|") {
        steps.push({ name, script: run[2]! });
        continue;
      }
      const body: string[] = [];
      const indent = /^(\s*)/.exec(lines[i + 1]!)![1]!.length;
      while (i + 1 < lines.length && (lines[i + 1]!.trim() === "" || /^(\s*)/.exec(lines[i + 1]!)![1]!.length >= indent))
        body.push(lines[++i]!.slice(indent));
      steps.push({ name, script: body.join("\n") });
    }
    return steps;
  }

  it("checks, diffs into one comment and fails on a new warning, on a scratch repository", () => {
    const repo = scratch();
    writeFileSync(join(repo, "desk.kpi"), SCHEME);
    writeFileSync(join(repo, "old.kpi"), SCHEME.replace('scheme "Test scheme"', 'scheme "Old one"'));
    commit(repo, "base");
    expect(sh(repo, "git checkout -q -b change").code).toBe(0);
    // The pull request: a dominant indicator (a new KPI203), a new scheme, a deleted one.
    writeFileSync(join(repo, "desk.kpi"), SCHEME.replace("weight 50\n}\n\nindicator quality", "weight 90\n}\n\nindicator quality"));
    writeFileSync(join(repo, "new.kpi"), SCHEME.replace('scheme "Test scheme"', 'scheme "New one"'));
    unlinkSync(join(repo, "old.kpi"));
    commit(repo, "change");

    const env = { GOODHART: `node ${bin}`, GOODHART_BASE: "main", GITHUB_BASE_REF: "main" };
    const steps = runSteps().filter((s) => s.name !== "Install");
    expect(steps.map((s) => s.name)).toEqual([
      "Changed schemes",
      "Semantic diff",
      "Check the changed schemes (annotations)",
      "Expectation files",
      "Fail on new warnings",
    ]);
    const results = steps.map((s) => ({ name: s.name, ...sh(repo, s.script, env) }));
    const by = (name: string) => results.find((r) => r.name === name)!;

    expect(by("Changed schemes").stdout.trim().split("\n").sort()).toEqual(["desk.kpi", "new.kpi", "old.kpi"]);
    for (const r of results.slice(0, -1)) expect(r.code, `${r.name}: ${r.stderr}${r.stdout}`).toBe(0);
    const comment = readFileSync(join(repo, "comment.md"), "utf8");
    expect(comment).toContain('### `desk.kpi` — "Test scheme"');
    expect(comment).toContain("- indicator `volume`: weight `50` → `90`");
    expect(comment).toContain("<details><summary>⚠ new: KPI203 dominant indicator");
    expect(comment).toContain('### `new.kpi` — "New one"');
    expect(comment).toContain('### `old.kpi` — "Old one"');
    // Annotations, on changed files that still exist.
    const check = by("Check the changed schemes (annotations)");
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^::warning file=desk\.kpi,line=\d+/m);
    expect(check.stdout).not.toContain("old.kpi");
    expect(by("Expectation files").code).toBe(0);
    const gate = by("Fail on new warnings");
    expect(gate.code).toBe(1);
    expect(gate.stdout).toContain("desk.kpi");
  });
});
