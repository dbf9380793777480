/**
 * The server process under malformed input, as an editor or a fuzzer might send it: after a
 * header block without a valid Content-Length it must still answer the next message.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleNode } from "../../../scripts/bundle-node.mjs";
import { frame } from "./framing.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
let dir: string;
let server: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "goodhart-lsp-bad-"));
  server = join(dir, "server.cjs");
  await bundleNode({ entryPoints: [join(here, "bin.ts")], outfile: server, format: "cjs" });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const request = (id: number, method: string, params?: unknown) =>
  frame(JSON.stringify({ jsonrpc: "2.0", id, method, ...(params ? { params } : {}) }));
const initialize = request(1, "initialize", { processId: null, rootUri: null, capabilities: {} });

/** Writes `chunks` one by one, then waits for replies to ids 1 and 2 (or for the process to end). */
function exchange(chunks: (string | Buffer)[]): Promise<{ out: string; err: string; code: number | null }> {
  const child = spawn(process.execPath, [server, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stderr.on("data", (d: Buffer) => (err += d.toString("utf8")));
  return new Promise((resolve) => {
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString("utf8");
      if (out.includes('"id":2')) child.stdin.end(frame(JSON.stringify({ jsonrpc: "2.0", method: "exit" })));
    });
    child.on("exit", (code) => resolve({ out, err, code }));
    for (const c of chunks) child.stdin.write(c);
    child.stdin.write(request(2, "shutdown"));
  });
}

describe("the server after malformed input", () => {
  const cases: [string, (string | Buffer)[]][] = [
    ["a header block with no Content-Length, and its body", ['X-Foo: 1\r\n\r\n{"jsonrpc":"2.0","id":9,"method":"shutdown"}', initialize]],
    ["a Content-Length that is not a number", ["Content-Length: ten\r\n\r\n{}", initialize]],
    ["a header line with no colon", ["hello\r\n\r\n", initialize]],
    ["a body that is not JSON", ["Content-Length: 5\r\n\r\nhello", initialize]],
  ];
  for (const [name, chunks] of cases) {
    it(`answers initialize and shutdown after ${name}`, async () => {
      const r = await exchange(chunks);
      expect(r.out).toContain('"id":1');
      expect(r.out).toContain('"capabilities"');
      expect(r.out).toContain('"id":2');
      expect(r.code).toBe(0);
      expect(r.err).toMatch(/skipped \d+ bytes/);
    });
  }

  it("answers every request written before its input ends, `exit` or not (a whole session piped in)", async () => {
    const notify = (method: string, params?: unknown) => frame(JSON.stringify({ jsonrpc: "2.0", method, ...(params ? { params } : {}) }));
    const uri = "file:///a.kpi";
    const hovers = Array.from({ length: 5 }, (_, k) =>
      request(10 + k, "textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 8 } }),
    );
    for (const withExit of [true, false]) {
      const child = spawn(process.execPath, [server, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
      const code = new Promise<number | null>((resolve) => child.on("exit", resolve));
      const session = [
        initialize,
        notify("initialized", {}),
        notify("textDocument/didOpen", { textDocument: { uri, languageId: "kpi", version: 1, text: "metric a { type count }\n" } }),
        ...hovers,
        request(2, "shutdown"),
        ...(withExit ? [notify("exit")] : []),
      ];
      // One write and the end, as `printf … | goodhart lsp --stdio` does.
      child.stdin.end(Buffer.concat(session));
      expect(await code, `with exit: ${withExit}`).toBe(0);
      for (const id of [1, 10, 11, 12, 13, 14, 2]) expect(out, `id ${id}, with exit: ${withExit}`).toContain(`"id":${id}`);
    }
  });

  it("exits when its input ends, as without the guard", async () => {
    const child = spawn(process.execPath, [server, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    const code = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.stdin.end(initialize);
    // No shutdown came first: the protocol's exit code for that is 1.
    expect(await code).toBe(1);
  });
});
