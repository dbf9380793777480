/**
 * The `goodhart` executable: the only place that touches `process`. Everything else is in
 * run.ts, which tests call with an in-memory Io.
 */
import { execFile } from "node:child_process";
import { gitShowArgs } from "./git.ts";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { decodeText, type Io } from "./io.ts";
import { run } from "./run.ts";

const exec = promisify(execFile);

// `pnpm goodhart` runs the root script from the repository root; pnpm records where the user
// actually was in INIT_CWD, and file arguments are relative to that.
const initCwd = process.env.INIT_CWD;
if (initCwd && initCwd !== process.cwd()) {
  try {
    process.chdir(initCwd);
  } catch {
    // The directory is gone or unreadable: paths then resolve from the repository root.
  }
}

// `goodhart score … | head` closes the pipe early; that is not an error worth a trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
}

const io: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: async (path) => decodeText(await readFile(path), path),
  writeFile: (path, text) => writeFile(path, text, "utf8"),
  listFiles: async (dir) => {
    const out: string[] = [];
    const walk = async (d: string): Promise<void> => {
      for (const entry of await readdir(d, { withFileTypes: true })) {
        if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
        const path = d === "." ? entry.name : join(d, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (entry.isFile()) out.push(path);
      }
    };
    await walk(dir);
    return out.sort();
  },
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return decodeText(Buffer.concat(chunks), "<stdin>");
  },
  gitShow: async (rev, path) => {
    const { stdout } = await exec("git", gitShowArgs(rev, path), { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  },
  stderrIsTTY: process.stderr.isTTY === true,
  env: { LC_ALL: process.env.LC_ALL, LANG: process.env.LANG },
};

run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`goodhart: internal error: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}\n`);
    process.exitCode = 2;
  },
);
