/** Builds the extension the way a release does and checks what the .vsix ships. */
import { describe, expect, it } from "vitest";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { diffCommand, shellQuote, simulateCommand } from "./commands.ts";

const pkg = fileURLToPath(new URL("..", import.meta.url));

/** Names in a zip's central directory (no unzip binary needed). */
function zipEntries(zip: Buffer): string[] {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip: no end of central directory");
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error("bad central directory entry");
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    names.push(zip.toString("utf8", p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

describe("vsix", () => {
  it("packages the manifest, grammar, language configuration, client and server", async () => {
    const vsix = join(pkg, "goodhart-vscode.vsix");
    rmSync(vsix, { force: true });
    execFileSync("pnpm", ["run", "--silent", "package"], { cwd: pkg, stdio: "pipe" });
    expect(existsSync(vsix)).toBe(true);
    const names = zipEntries(readFileSync(vsix));
    expect(names).toEqual(
      expect.arrayContaining([
        "extension/package.json",
        "extension/syntaxes/kpi.tmLanguage.json",
        "extension/language-configuration.json",
        "extension/dist/extension.js",
        "extension/dist/server.js",
        "extension/icons/kpi.png",
      ]),
    );
    expect(names.some((n) => n.includes("node_modules") || n.endsWith(".ts"))).toBe(false);
    // The bundled server is a real LSP server: it answers initialize over stdio.
    const init = JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { processId: null, rootUri: null, capabilities: {} },
    });
    const server = spawn(process.execPath, [join(pkg, "dist/server.js"), "--stdio"], { stdio: ["pipe", "pipe", "ignore"] });
    let out = "";
    const answered = new Promise<void>((resolve) => {
      server.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('"id":1')) resolve();
      });
      server.once("exit", () => resolve());
    });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(init)}\r\n\r\n${init}`);
    await answered;
    server.kill();
    expect(out).toContain('"hoverProvider":true');
  });

  it("declares the kpi language and the two commands", () => {
    const manifest = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
    expect(manifest.contributes.languages[0]).toMatchObject({ id: "kpi", extensions: [".kpi"] });
    expect(manifest.contributes.grammars[0]).toMatchObject({ scopeName: "source.kpi" });
    expect(manifest.contributes.commands.map((c: { title: string }) => c.title)).toEqual(["Simulate this scheme", "Diff against git HEAD"]);
    const config = JSON.parse(readFileSync(join(pkg, "language-configuration.json"), "utf8"));
    expect(config.comments).toEqual({ lineComment: "//", blockComment: ["/*", "*/"] });
  });
});

describe("commands", () => {
  it("quote file names for the shell", () => {
    expect(simulateCommand("goodhart", "/w/it's.kpi")).toBe(`goodhart simulate '/w/it'\\''s.kpi'`);
    expect(diffCommand("pnpm --silent goodhart", "/repo/examples/a b.kpi", "/repo")).toBe(
      `pnpm --silent goodhart diff 'HEAD:examples/a b.kpi' 'examples/a b.kpi'`,
    );
    expect(shellQuote("$(rm -rf /)")).toBe("'$(rm -rf /)'");
  });
});
