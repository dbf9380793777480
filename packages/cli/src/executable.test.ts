/**
 * The bundled executable, run as a user runs it: exit codes, pure stdout under
 * `pnpm --silent`, no stack traces, and the language server answering over stdio.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const bin = join(root, "packages/cli/dist/goodhart.mjs");
const tmp = mkdtempSync(join(tmpdir(), "goodhart-cli-"));

beforeAll(() => {
  const r = spawnSync(process.execPath, [join(root, "scripts/build-cli.mjs")], { cwd: root, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function goodhart(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8" });
}

describe("the goodhart executable", () => {
  it("exit 0 on a clean example, 1 on errors, 2 on usage and missing files", () => {
    expect(goodhart("check", "examples/one-stop-shop-clerk.kpi").status).toBe(0);
    const broken = join(tmp, "broken.kpi");
    writeFileSync(broken, "indicator x {\n  value\n}\n");
    const bad = goodhart("check", broken);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/broken\.kpi:\d+:\d+: error KPI\d{3} /);
    expect(goodhart("frobnicate").status).toBe(2);
    expect(goodhart("check", "--bogus", "x.kpi").status).toBe(2);
    const missing = goodhart("check", "does-not-exist.kpi");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("goodhart: cannot read does-not-exist.kpi: no such file\n");
  });

  it("never prints a stack trace for bad input", () => {
    const csv = join(tmp, "bad.csv");
    writeFileSync(csv, "id,assigned\nx,1,2,3\n");
    const runs = [
      goodhart("score", "examples/one-stop-shop-clerk.kpi", "--data", csv),
      goodhart("score", "examples/one-stop-shop-clerk.kpi", "--data", tmp),
      goodhart("simulate", "examples/one-stop-shop-clerk.kpi", "--saints", "90%", "--maniacs", "20%"),
      goodhart("sweep", "examples/one-stop-shop-clerk.kpi", "--set", "nothing.here=1..2:2"),
      goodhart("compile", "examples/one-stop-shop-clerk.kpi", "-o", join(tmp, "no/such/dir/x.mjs")),
    ];
    for (const r of runs) {
      expect(r.status === 1 || r.status === 2, r.stderr).toBe(true);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().length).toBeGreaterThan(0);
    }
  });

  it("fmt --write refuses a file that is not UTF-8 and leaves it as it was", () => {
    const latin1 = join(tmp, "latin1.kpi");
    const bytes = Buffer.from("metric a   { type count } // caf\xe9\n", "latin1");
    writeFileSync(latin1, bytes);
    const r = goodhart("fmt", "--write", latin1);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("latin1.kpi:1:33: error: the file is not UTF-8 text (byte 0xE9)");
    expect(readFileSync(latin1).equals(bytes)).toBe(true);
    expect(goodhart("check", latin1).status).toBe(1);
  });

  it("a newline in a file name cannot start an output line", () => {
    const odd = join(tmp, "x\n::error file=y::owned.kpi");
    writeFileSync(odd, "indicator x {\n  value\n}\n");
    const count = (JSON.parse(goodhart("check", "--json", odd).stdout) as unknown[]).length;
    for (const format of ["text", "github"]) {
      const r = goodhart("check", "--format", format, odd);
      expect(r.status).toBe(1);
      const lines = r.stdout.split("\n").filter(Boolean);
      expect(lines).toHaveLength(count);
      for (const line of lines) expect(line).not.toMatch(/^::error file=y/);
    }
    const missing = goodhart("check", join(tmp, "gone\n::error::x.kpi"));
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("`pnpm --silent goodhart … --json` prints one parseable JSON document", () => {
    const r = spawnSync("pnpm", ["--silent", "goodhart", "check", "--json", "examples/same-day-100.kpi"], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout) as { code: string }[];
    expect(list.some((d) => d.code === "KPI201")).toBe(true);
    const s = spawnSync(
      "pnpm",
      ["--silent", "goodhart", "score", "examples/one-stop-shop-clerk.kpi", "--data", "examples/one-stop-shop-clerk.staff.csv"],
      { cwd: root, encoding: "utf8" },
    );
    expect(s.status).toBe(0);
    expect(JSON.parse(s.stdout).staff.length).toBeGreaterThan(0);
  });

  it("simulate --json is one document with the contract's fields", () => {
    const r = goodhart("simulate", "examples/one-stop-shop-clerk.kpi", "--staff", "200", "--periods", "3", "--json");
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ staff: 200, periods: 3 });
    expect(Object.keys(doc.summary)).toEqual(expect.arrayContaining(["meanScore", "gamingRate", "scoreTruthCorrelation", "ratings"]));
  });

  it("worker threads give the same document as one thread", () => {
    const args = ["simulate", "examples/one-stop-shop-clerk.kpi", "--staff", "5000", "--periods", "2", "--json"];
    const one = goodhart(...args, "--workers", "1");
    const two = goodhart(...args, "--workers", "2");
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it("lsp --stdio answers initialize", async () => {
    const child = spawn(process.execPath, [bin, "lsp", "--stdio"], { cwd: root });
    const body = JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { processId: null, rootUri: null, capabilities: {} },
    });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const reply = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString("utf8");
        if (out.includes('"capabilities"')) resolve(out);
      });
      child.on("exit", () => reject(new Error(`server exited: ${out}`)));
    });
    child.kill();
    expect(reply).toContain('"id":1');
    expect(reply).toContain("hoverProvider");
  });
});

/** Sends `initialize` to a started server and resolves with its reply. */
function initializeReply(child: ReturnType<typeof spawn>): Promise<string> {
  const body = JSON.stringify({
    jsonrpc: "2.0",
    id: 1,
    method: "initialize",
    params: { processId: null, rootUri: null, capabilities: {} },
  });
  child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  return new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString("utf8");
      if (out.includes('"capabilities"')) resolve(out);
    });
    child.on("error", reject);
    child.on("exit", () => reject(new Error(`server exited: ${out}`)));
  });
}

describe("goodhart on PATH", () => {
  // What an editor does: run `goodhart` by name, from wherever the user opened a file, with
  // no pnpm, no repository working directory and no INIT_CWD. `ln -s` is the documented
  // alternative to `npm install -g`.
  const onPath = join(tmp, "bin");
  mkdirSync(onPath, { recursive: true });
  symlinkSync(bin, join(onPath, "goodhart"));
  const env = { PATH: `${onPath}:${process.env.PATH ?? ""}`, HOME: tmp };

  it("the built file is an executable with a shebang, named by the package's bin", () => {
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    const pkg = JSON.parse(readFileSync(join(root, "packages/cli/package.json"), "utf8")) as { bin: Record<string, string> };
    expect(join(root, "packages/cli", pkg.bin.goodhart!)).toBe(bin);
    const r = spawnSync(bin, ["--version"], { cwd: tmp, encoding: "utf8", env });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^goodhart \d/);
  });

  it("checks a file relative to a directory outside the repository", () => {
    copyFileSync(join(root, "examples/one-stop-shop-clerk.kpi"), join(tmp, "clerk.kpi"));
    const r = spawnSync("goodhart", ["check", "clerk.kpi"], { cwd: tmp, encoding: "utf8", env });
    expect(r.status, r.stderr).toBe(0);
  });

  it("`goodhart lsp --stdio` answers from a directory outside the repository", async () => {
    const child = spawn("goodhart", ["lsp", "--stdio"], { cwd: tmp, env });
    try {
      const reply = await initializeReply(child);
      expect(reply).toContain('"id":1');
      expect(reply).toContain("hoverProvider");
    } finally {
      child.kill();
    }
  });

  it("`npm install -g ./packages/cli` puts a working `goodhart` in the prefix's bin", () => {
    const prefix = join(tmp, "npm-global");
    const npm = spawnSync(
      "npm",
      ["install", "-g", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", "--ignore-scripts", join(root, "packages/cli")],
      {
        cwd: tmp,
        encoding: "utf8",
        env: { ...process.env, HOME: tmp, npm_config_cache: join(tmp, "npm-cache") },
      },
    );
    expect(npm.status, npm.stderr).toBe(0);
    const r = spawnSync(join(prefix, "bin/goodhart"), ["--version"], { cwd: tmp, encoding: "utf8", env });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^goodhart \d/);
  });
});
