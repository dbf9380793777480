/**
 * Speaks real JSON-RPC to the server in a child process, as an editor does: the server is
 * bundled with esbuild (as the VS Code extension ships it) and driven over stdio.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleNode } from "../../../scripts/bundle-node.mjs";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";

const here = fileURLToPath(new URL(".", import.meta.url));
const URI = "file:///work/clerk.kpi";
const OTHER = "file:///work/other.kpi";

const SCHEME = `metric resolved "Resolved" {
  type count
  source system
}

indicator volume "Volume" {
  value resolvd
  floor 10
  target 50
  weight 100
}

rating good "Good" {
  min 70
  reward 5%
}

rating rest "Rest" {
  reward 0%
}
`;

interface PublishDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number } }; severity: number; code: string; source: string; message: string }[];
}

let dir: string;
let child: ChildProcessWithoutNullStreams;
let rpc: MessageConnection;
const published: PublishDiagnostics[] = [];
const waiters: ((p: PublishDiagnostics) => boolean)[] = [];

function nextDiagnostics(uri: string, version: number): Promise<PublishDiagnostics> {
  const seen = published.find((p) => p.uri === uri && p.version === version);
  if (seen) return Promise.resolve(seen);
  return new Promise((resolve) => {
    waiters.push((p) => {
      if (p.uri !== uri || p.version !== version) return false;
      resolve(p);
      return true;
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "goodhart-lsp-"));
  const outfile = join(dir, "server.cjs");
  await bundleNode({ entryPoints: [join(here, "bin.ts")], outfile, format: "cjs" });
  child = spawn(process.execPath, [outfile, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  rpc = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  rpc.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnostics) => {
    published.push(p);
    for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i]!(p)) waiters.splice(i, 1);
  });
  rpc.listen();
  const init = (await rpc.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities: {} })) as {
    capabilities: Record<string, unknown>;
  };
  expect(init.capabilities).toMatchObject({
    textDocumentSync: 2,
    hoverProvider: true,
    definitionProvider: true,
    renameProvider: { prepareProvider: true },
    documentFormattingProvider: true,
    semanticTokensProvider: { full: true },
  });
  await rpc.sendNotification("initialized", {});
});

afterAll(async () => {
  if (rpc && child.exitCode === null) {
    await rpc.sendRequest("shutdown").catch(() => undefined);
    await rpc.sendNotification("exit").catch(() => undefined);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill();
  }
  rpc?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const pos = (line: number, character: number) => ({ line, character });

describe("goodhart language server over stdio", () => {
  it("publishes diagnostics on open, with code, severity and source", async () => {
    const waiting = nextDiagnostics(URI, 1);
    await rpc.sendNotification("textDocument/didOpen", { textDocument: { uri: URI, languageId: "kpi", version: 1, text: SCHEME } });
    const p = await waiting;
    const unknown = p.diagnostics.find((d) => d.code === "KPI002")!;
    expect(unknown).toBeDefined();
    expect(unknown.severity).toBe(1);
    expect(unknown.source).toBe("goodhart");
    expect(unknown.range.start).toEqual(pos(6, 8));
    expect(unknown.message).toMatch(/resolved/);
  });

  it("offers the quick fix for the diagnostic", async () => {
    const actions = (await rpc.sendRequest("textDocument/codeAction", {
      textDocument: { uri: URI },
      range: { start: pos(6, 9), end: pos(6, 9) },
      context: { diagnostics: [] },
    })) as { title: string; kind: string; edit: { changes: Record<string, { newText: string }[]> } }[];
    expect(actions.map((a) => a.title)).toContain("Change to `resolved`");
    expect(actions[0]!.kind).toBe("quickfix");
    expect(actions[0]!.edit.changes[URI]![0]!.newText).toBe("resolved");
  });

  it("re-analyses after an incremental change and clears the error", async () => {
    const waiting = nextDiagnostics(URI, 2);
    await rpc.sendNotification("textDocument/didChange", {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: pos(6, 8), end: pos(6, 15) }, text: "resolved" }],
    });
    const p = await waiting;
    expect(p.diagnostics.filter((d) => d.severity === 1)).toEqual([]);
  });

  it("keeps gaming-risk warnings while a block is open", async () => {
    const doc = "file:///work/steady.kpi";
    const text = SCHEME.replace("value resolvd", "value resolved");
    let waiting = nextDiagnostics(doc, 1);
    await rpc.sendNotification("textDocument/didOpen", { textDocument: { uri: doc, languageId: "kpi", version: 1, text } });
    const settled = (await waiting).diagnostics.filter((d) => d.code.startsWith("KPI2"));
    expect(settled.length).toBeGreaterThan(0);
    waiting = nextDiagnostics(doc, 2);
    await rpc.sendNotification("textDocument/didChange", {
      textDocument: { uri: doc, version: 2 },
      contentChanges: [{ text: `${text}\nindicator more {\n  value resolved /\n` }],
    });
    const typing = (await waiting).diagnostics;
    expect(typing.some((d) => d.code === "KPI001")).toBe(true);
    expect(typing.filter((d) => d.code.startsWith("KPI2")).map((d) => [d.code, d.range.start])).toEqual(
      settled.map((d) => [d.code, d.range.start]),
    );
  });

  it("keeps several documents apart", async () => {
    const waiting = nextDiagnostics(OTHER, 1);
    await rpc.sendNotification("textDocument/didOpen", {
      textDocument: { uri: OTHER, languageId: "kpi", version: 1, text: "indicator {" },
    });
    const p = await waiting;
    expect(p.diagnostics.some((d) => d.code === "KPI001")).toBe(true);
    const h = await rpc.sendRequest("textDocument/hover", { textDocument: { uri: URI }, position: pos(5, 12) });
    expect(h).not.toBeNull();
  });

  it("completes property keys and names", async () => {
    const items = (await rpc.sendRequest("textDocument/completion", { textDocument: { uri: URI }, position: pos(6, 8) })) as {
      label: string;
      kind: number;
    }[];
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(["resolved", "min", "max"]));
    const keys = (await rpc.sendRequest("textDocument/completion", { textDocument: { uri: URI }, position: pos(2, 2) })) as {
      label: string;
      filterText: string;
    }[];
    // `type` is in the block already; `source` is on the cursor's line.
    expect(keys.map((i) => i.label)).toEqual(expect.arrayContaining(["source", "observes", "audit"]));
    expect(keys.map((i) => i.label)).not.toContain("type");
    for (const k of keys) expect(k.filterText).toBe(k.label);
  });

  it("sends plain text, never snippet syntax, to a client without snippet support", async () => {
    const items = (await rpc.sendRequest("textDocument/completion", { textDocument: { uri: URI }, position: pos(20, 0) })) as {
      label: string;
      insertTextFormat: number;
      textEdit: { newText: string };
    }[];
    const indicator = items.find((i) => i.label === "indicator")!;
    expect(indicator.insertTextFormat).toBe(1);
    expect(indicator.textEdit.newText).toMatch(/^indicator new_indicator "Label" \{\n {2}value resolved\n/);
    for (const i of items) expect(i.textEdit.newText).not.toMatch(/\$\{|\$\d|\t/);
  });

  it("hovers with markdown: effective weight and the scoring curve", async () => {
    const h = (await rpc.sendRequest("textDocument/hover", { textDocument: { uri: URI }, position: pos(5, 12) })) as {
      contents: { kind: string; value: string };
    };
    expect(h.contents.kind).toBe("markdown");
    expect(h.contents.value).toContain("**100%**");
    expect(h.contents.value).toMatch(/50\s+100/);
  });

  it("goes to the definition and finds references", async () => {
    const d = (await rpc.sendRequest("textDocument/definition", { textDocument: { uri: URI }, position: pos(6, 10) })) as {
      uri: string;
      range: { start: unknown };
    };
    expect(d).toEqual({ uri: URI, range: { start: pos(0, 7), end: pos(0, 15) } });
    const refs = (await rpc.sendRequest("textDocument/references", {
      textDocument: { uri: URI },
      position: pos(0, 9),
      context: { includeDeclaration: true },
    })) as unknown[];
    expect(refs).toHaveLength(2);
  });

  it("renames with validation", async () => {
    const prep = await rpc.sendRequest("textDocument/prepareRename", { textDocument: { uri: URI }, position: pos(0, 9) });
    expect(prep).toEqual({ range: { start: pos(0, 7), end: pos(0, 15) }, placeholder: "resolved" });
    const edit = (await rpc.sendRequest("textDocument/rename", { textDocument: { uri: URI }, position: pos(0, 9), newName: "closed" })) as {
      changes: Record<string, { range: { start: unknown }; newText: string }[]>;
    };
    expect(edit.changes[URI]!.map((e) => e.range.start)).toEqual([pos(0, 7), pos(6, 8)]);
    await expect(
      rpc.sendRequest("textDocument/rename", { textDocument: { uri: URI }, position: pos(0, 9), newName: "volume" }),
    ).rejects.toThrow(/already taken/);
    // A refusal is RequestFailed (LSP 3.17), not InvalidRequest (a malformed message).
    const refused = await rpc
      .sendRequest("textDocument/rename", { textDocument: { uri: URI }, position: pos(0, 9), newName: "metric" })
      .catch((e: { code: number }) => e);
    expect((refused as { code: number }).code).toBe(-32803);
    const prepRefused = await rpc
      .sendRequest("textDocument/prepareRename", { textDocument: { uri: URI }, position: pos(1, 3) })
      .catch((e: { code: number }) => e);
    expect((prepRefused as { code: number }).code).toBe(-32803);
  });

  it("formats the document, outlines it, folds it, colours it and shows weights", async () => {
    const edits = (await rpc.sendRequest("textDocument/formatting", {
      textDocument: { uri: URI },
      options: { tabSize: 2, insertSpaces: true },
    })) as unknown[];
    expect(Array.isArray(edits)).toBe(true);
    const messy = SCHEME.replace("value resolvd", "value resolved").replace("  type count", "type     count");
    const waiting = nextDiagnostics(URI, 3);
    await rpc.sendNotification("textDocument/didChange", { textDocument: { uri: URI, version: 3 }, contentChanges: [{ text: messy }] });
    await waiting;
    const formatted = (await rpc.sendRequest("textDocument/formatting", {
      textDocument: { uri: URI },
      options: { tabSize: 2, insertSpaces: true },
    })) as { newText: string }[];
    expect(formatted).toHaveLength(1);
    expect(formatted[0]!.newText).toContain("  type count\n");

    const symbols = (await rpc.sendRequest("textDocument/documentSymbol", { textDocument: { uri: URI } })) as {
      name: string;
      children: unknown[];
    }[];
    expect(symbols.map((s) => s.name)).toEqual(["resolved", "volume", "good", "rest"]);
    const folds = (await rpc.sendRequest("textDocument/foldingRange", { textDocument: { uri: URI } })) as {
      startLine: number;
      endLine: number;
    }[];
    expect(folds[0]).toMatchObject({ startLine: 0, endLine: 3 });
    const tokens = (await rpc.sendRequest("textDocument/semanticTokens/full", { textDocument: { uri: URI } })) as { data: number[] };
    expect(tokens.data.length % 5).toBe(0);
    expect(tokens.data.slice(0, 5)).toEqual([0, 0, 6, 0, 0]); // `metric`, a keyword
    const lenses = (await rpc.sendRequest("textDocument/codeLens", { textDocument: { uri: URI } })) as { command: { title: string } }[];
    expect(lenses.map((l) => l.command.title)).toEqual(["weight 100 → 100% of the score"]);
  });
});

describe("a client that supports snippets", () => {
  it("gets the templates as snippets", async () => {
    const other = spawn(process.execPath, [join(dir, "server.cjs"), "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    const conn = createMessageConnection(new StreamMessageReader(other.stdout), new StreamMessageWriter(other.stdin));
    conn.listen();
    try {
      await conn.sendRequest("initialize", {
        processId: process.pid,
        rootUri: null,
        capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } },
      });
      await conn.sendNotification("initialized", {});
      await conn.sendNotification("textDocument/didOpen", { textDocument: { uri: URI, languageId: "kpi", version: 1, text: "" } });
      const items = (await conn.sendRequest("textDocument/completion", { textDocument: { uri: URI }, position: pos(0, 0) })) as {
        label: string;
        insertTextFormat: number;
        textEdit: { newText: string };
      }[];
      const metric = items.find((i) => i.label === "metric")!;
      expect(metric.insertTextFormat).toBe(2);
      expect(metric.textEdit.newText).toContain("${1:new_metric}");
    } finally {
      conn.dispose();
      other.kill();
    }
  });
});

describe("the client's locale chooses the language", () => {
  it("vi* is Vietnamese; any other tag, or none, is English", async () => {
    const { langOfClient } = await import("./server.ts");
    expect(["vi", "vi-VN", "vi_VN", "VI"].map(langOfClient)).toEqual(["vi", "vi", "vi", "vi"]);
    expect(["en", "en-us", "fr", "zh-cn", "", undefined, null].map(langOfClient)).toEqual(["en", "en", "en", "en", "en", "en", "en"]);
  });

  it.each([
    ["vi", "Không có"],
    ["en-US", "There is no"],
  ])("initialize with locale %s: diagnostics, hover and lenses in that language, codes unchanged", async (locale, unknownName) => {
    const other = spawn(process.execPath, [join(dir, "server.cjs"), "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    const conn = createMessageConnection(new StreamMessageReader(other.stdout), new StreamMessageWriter(other.stdin));
    const got = new Promise<PublishDiagnostics>((resolve) =>
      conn.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnostics) => resolve(p)),
    );
    conn.listen();
    try {
      await conn.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities: {}, locale });
      await conn.sendNotification("initialized", {});
      await conn.sendNotification("textDocument/didOpen", { textDocument: { uri: URI, languageId: "kpi", version: 1, text: SCHEME } });
      const unknown = (await got).diagnostics.find((d) => d.code === "KPI002")!;
      expect(unknown.message.startsWith(unknownName)).toBe(true);
      const fixed = SCHEME.replace("resolvd", "resolved");
      await conn.sendNotification("textDocument/didChange", { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: fixed }] });
      const h = (await conn.sendRequest("textDocument/hover", { textDocument: { uri: URI }, position: pos(5, 12) })) as {
        contents: { value: string };
      };
      const lenses = (await conn.sendRequest("textDocument/codeLens", { textDocument: { uri: URI } })) as { command: { title: string } }[];
      if (locale === "vi") {
        expect(h.contents.value).toContain("Trọng số thực tế");
        expect(lenses.map((l) => l.command.title)).toEqual(["trọng số 100 → 100% tổng điểm"]);
      } else {
        expect(h.contents.value).toContain("Effective weight");
        expect(lenses.map((l) => l.command.title)).toEqual(["weight 100 → 100% of the score"]);
      }
    } finally {
      conn.dispose();
      other.kill();
    }
  });
});
