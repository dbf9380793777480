/**
 * docs/editors.md's Neovim configuration, run as a user runs it: Debian's Neovim, headless,
 * with `goodhart` on PATH, on files outside any git repository. The Lua comes from the page
 * itself, so the page cannot drift from what works. scripts/test.sh installs Debian's neovim
 * when it is missing, as it does Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleNode } from "../../../scripts/bundle-node.mjs";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const page = readFileSync(join(root, "docs/editors.md"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "goodhart-nvim-"));
const bin = join(dir, "bin");
const work = join(dir, "work"); // no .git anywhere above it
const env = {
  ...process.env,
  PATH: `${bin}:${process.env.PATH ?? ""}`,
  HOME: dir,
  XDG_CONFIG_HOME: join(dir, "config"),
  XDG_DATA_HOME: join(dir, "data"),
  XDG_STATE_HOME: join(dir, "state"),
  XDG_CACHE_HOME: join(dir, "cache"),
};

/** The ```lua block of the page whose first line is `first`. */
function luaBlock(first: string): string {
  const blocks = [...page.matchAll(/```lua\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const block = blocks.find((b) => b.startsWith(first));
  if (!block) throw new Error(`docs/editors.md has no lua block starting "${first}"`);
  return block;
}

function nvim(args: string[]) {
  const r = spawnSync("nvim", ["--headless", "-n", "-i", "NONE", ...args], { cwd: work, env, encoding: "utf8", timeout: 60_000 });
  if (r.error) throw new Error(`cannot run nvim (${r.error.message}); install Debian's neovim package (scripts/test.sh does)`);
  return r;
}

beforeAll(async () => {
  mkdirSync(bin, { recursive: true });
  mkdirSync(work, { recursive: true });
  // The CLI bundled as scripts/build-cli.mjs bundles it, into this test's own folder (the
  // shared build may be rewritten by another test meanwhile).
  const goodhart = join(bin, "goodhart");
  await bundleNode({ entryPoints: [join(root, "packages/cli/src/main.ts")], outfile: goodhart, executable: true });
  chmodSync(goodhart, 0o755);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Keys typed in Insert mode only run from the main loop, so the probe goes step by step.
const PROBE = String.raw`
local out = {}
local function diags(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, { code = d.code, lnum = d.lnum, col = d.col, source = d.source })
  end
  return list
end
local function keys(k) vim.fn.feedkeys(vim.api.nvim_replace_termcodes(k, true, false, true), "t") end
local function finish()
  local f = io.open(vim.env.GOODHART_PROBE_OUT, "w")
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd("qa!")
end
local first = vim.api.nvim_get_current_buf()
out.arrived = vim.wait(30000, function() return #vim.diagnostic.get(first) > 0 end, 50)
out.diagnostics = diags(first)
out.filetype = vim.bo[first].filetype
out.commentstring = vim.bo[first].commentstring
-- Accept the first completion (a declaration template) on a new last line.
vim.api.nvim_win_set_cursor(0, { vim.api.nvim_buf_line_count(first), 0 })
keys("o<C-x><C-o>")
vim.defer_fn(function()
  keys("<C-y><Esc>")
  vim.defer_fn(function()
    out.lines = vim.api.nvim_buf_get_lines(first, 0, -1, false)
    vim.cmd("edit second.kpi")
    local second = vim.api.nvim_get_current_buf()
    vim.wait(30000, function() return #vim.diagnostic.get(second) > 0 end, 50)
    out.second = diags(second)
    out.clients = #vim.lsp.get_active_clients()
    finish()
  end, 1000)
end, 3000)
`;

interface Probe {
  arrived: boolean;
  diagnostics: { code: string; lnum: number; col: number; source: string }[];
  filetype: string;
  commentstring: string;
  second: { code: string }[];
  clients: number;
  lines: string[];
}

describe("Neovim with docs/editors.md's configuration", () => {
  it("gets the server's diagnostics for .kpi files outside git, one server for the directory", () => {
    const version = nvim(["--version"]).stdout.split("\n")[0] ?? "";
    expect(version).toMatch(/^NVIM v0\.\d+/);
    writeFileSync(join(dir, "init.lua"), luaBlock("-- goodhart: .kpi files (Neovim 0.7 to 0.10)"));
    writeFileSync(join(dir, "probe.lua"), PROBE);
    writeFileSync(
      join(work, "first.kpi"),
      'metric done "Done" {\n  type count\n}\n\nindicator volume "Volume" {\n  value dnoe\n  floor 10\n  target 50\n  weight 100\n}\n\nrating rest "Rest" {\n  reward 0%\n}\n',
    );
    writeFileSync(join(work, "second.kpi"), "indicator {\n");
    const result = join(dir, "probe.json");
    const r = spawnSync(
      "nvim",
      ["--headless", "-n", "-i", "NONE", "-u", join(dir, "init.lua"), "first.kpi", "-c", `luafile ${join(dir, "probe.lua")}`],
      {
        cwd: work,
        env: { ...env, GOODHART_PROBE_OUT: result },
        encoding: "utf8",
        timeout: 90_000,
      },
    );
    expect(r.error, "install Debian's neovim package (scripts/test.sh does)").toBeUndefined();
    const probe = JSON.parse(readFileSync(result, "utf8")) as Probe;
    expect(probe.filetype).toBe("kpi");
    expect(probe.commentstring).toBe("// %s");
    expect(probe.arrived).toBe(true);
    const unknown = probe.diagnostics.find((d) => d.code === "KPI002");
    expect(unknown, JSON.stringify(probe.diagnostics)).toMatchObject({ lnum: 5, col: 8, source: "goodhart" });
    expect(probe.second.some((d) => d.code === "KPI001")).toBe(true);
    // The accepted template is real lines (the omnifunc alone leaves NUL bytes), and nothing
    // complained on the way (code lens is refreshed only once the server has said it has it).
    const added = probe.lines.slice(14).join("\n");
    expect(added, JSON.stringify(probe.lines)).toMatch(/^scheme "Title" \{\n {2}version "2026\.1"\n {2}period month\n\}/);
    expect(probe.lines.some((l) => /[\0\n]/.test(l))).toBe(false);
    expect(r.stderr + r.stdout).not.toMatch(/not supported|Error detected/);
    // Both files are in one directory outside git: one server, not one per buffer.
    expect(probe.clients).toBe(1);
  }, 120_000);

  it("every Lua block of the page is valid Lua (the 0.11 one is read, not run, on older Neovims)", () => {
    const blocks = [...page.matchAll(/```lua\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const check = join(dir, "syntax.lua");
    const files = blocks.map((b, i) => {
      const f = join(dir, `block${i}.lua`);
      writeFileSync(f, b);
      return f;
    });
    writeFileSync(
      check,
      `local bad = {}\nfor _, f in ipairs(vim.fn.json_decode(vim.env.BLOCKS)) do\n  local fn, err = loadfile(f)\n  if not fn then table.insert(bad, err) end\nend\nio.stdout:write(vim.fn.json_encode(bad))\nvim.cmd("qa!")\n`,
    );
    const r = spawnSync("nvim", ["--headless", "-n", "-i", "NONE", "-u", "NONE", "-c", `luafile ${check}`], {
      cwd: work,
      env: { ...env, BLOCKS: JSON.stringify(files) },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.error).toBeUndefined();
    expect(JSON.parse(r.stdout.trim() || r.stderr.trim())).toEqual([]);
  });
});
