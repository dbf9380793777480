/**
 * Goodhart runs offline: nothing it ships loads an address at run time. The browser tests
 * fail any request the playground makes beyond localhost (packages/playground/e2e/harness.ts);
 * this test covers what they cannot reach, every shipped file of every package (the CLI, the
 * language server, the VS Code extension, the simulator's workers), by reading the source.
 *
 * An address may appear in shipped code only as an identifier that no program dereferences,
 * listed below with why. Tests keep their own addresses: the hostile labels of the dsl's
 * service tests (`[x](http://evil)`) are untrusted scheme text whose escaping they assert, and
 * the browser harness serves the app on 127.0.0.1.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

const ADDRESS = /\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>]+|(?<![\w.])\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+\//i;
const NETWORK =
  /\b(?:fetch|importScripts|sendBeacon)\s*\(|\bnew\s+(?:WebSocket|EventSource|XMLHttpRequest)\b|\bfrom\s+["']node:(?:https?|net|tls|dgram)["']|\brequire\(\s*["'](?:node:)?(?:https?|net|tls|dgram)["']\s*\)/;

/** The addresses shipped code may hold: identifiers written out, never loaded. */
const IDENTIFIERS: Readonly<Record<string, { file: string; why: string }>> = {
  "https://json.schemastore.org/sarif-2.1.0.json": {
    file: "packages/cli/src/diagnostics.ts",
    why: "the SARIF log's `$schema`: names the format version for the code-scanning tool that reads the file; the CLI writes it and never reads it",
  },
  "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json": {
    file: "packages/vscode/syntaxes/kpi.tmLanguage.json",
    why: "the TextMate grammar's `$schema`: editor metadata for whoever edits the grammar; VS Code loads the grammar without it",
  },
};

/** Shipped: tracked files of the packages and scripts, less tests, test helpers and docs. */
const shipped = execFileSync("git", ["ls-files", "-z", "packages", "scripts", "examples", "lessons"], { cwd: root, encoding: "utf8" })
  .split("\0")
  .filter((f) => /\.(ts|tsx|mjs|cjs|js|json|html|css|kpi|sh)$/.test(f))
  .filter((f) => !/(\.test\.ts|\.test-util\.ts|\.bench\.ts)$|\/(test|e2e|bench)\//.test(f));

function scan(re: RegExp): string[] {
  const found: string[] = [];
  for (const f of shipped) {
    readFileSync(join(root, f), "utf8")
      .split("\n")
      .forEach((line, i) => {
        for (const hit of line.matchAll(new RegExp(re, "g"))) found.push(`${f}:${i + 1}: ${hit[0]}`);
      });
  }
  return found;
}

describe("offline", () => {
  it("has shipped files to look through", () => expect(shipped.length).toBeGreaterThan(100));

  it("ships no address beyond the identifiers listed, each where it is said to be", () => {
    const unexpected = scan(ADDRESS).filter((hit) => {
      const [file, , address] = hit.split(/:(\d+): /);
      return IDENTIFIERS[address!]?.file !== file;
    });
    expect(unexpected).toEqual([]);
    for (const [address, { file }] of Object.entries(IDENTIFIERS)) {
      expect(readFileSync(join(root, file), "utf8"), `${address} in ${file}`).toContain(address);
    }
  });

  it("calls no network API in shipped code", () => expect(scan(NETWORK)).toEqual([]));

  it("would catch one", () => {
    for (const bad of [
      '<script src="https://cdn.jsdelivr.net/npm/monaco-editor/min/vs/loader.js">',
      "@import url(https://fonts.googleapis.com/css2?family=Inter);",
      'src: url("//fonts.gstatic.com/s/inter.woff2")',
      "const ws = 'wss://example.org/socket'",
    ])
      expect(ADDRESS.test(bad), bad).toBe(true);
    for (const bad of [
      "await fetch(url)",
      "importScripts(base + 'worker.js')",
      "new WebSocket(u)",
      "new XMLHttpRequest()",
      'import { get } from "node:https";',
      'const net = require("net")',
      "navigator.sendBeacon(u, body)",
    ])
      expect(NETWORK.test(bad), bad).toBe(true);
    for (const fine of ["// a comment", "x // y", 'import { readFile } from "node:fs";', "prefetch", "const a = 1 / 2 / 3"]) {
      expect(ADDRESS.test(fine) || NETWORK.test(fine), fine).toBe(false);
    }
  });
});
