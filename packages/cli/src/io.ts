/**
 * Everything a command may do to the outside world. Commands receive an `Io`, so tests run
 * them in-process with strings in and strings out, and only main.ts touches `process`.
 */
import type { Lang, Message } from "@goodhart/dsl";
import { FileError, InputError } from "./errors.ts";
import { displayPath } from "./display.ts";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  /** Files under `dir` (recursively, skipping node_modules and dot directories), sorted. */
  listFiles?(dir: string): Promise<string[]>;
  /** All of standard input, for the file argument `-`. */
  readStdin?(): Promise<string>;
  /** `git show REV:PATH`; absent where there is no git (tests may fake it). */
  gitShow?(rev: string, path: string): Promise<string>;
  /** Progress bars only make sense on a terminal, and never on stdout. */
  stderrIsTTY: boolean;
  signal?: AbortSignal;
  /** The locale variables that choose the language when `--lang` is absent. */
  env?: { LC_ALL?: string | undefined; LANG?: string | undefined };
  /** The language of the words printed (set by `run` from `--lang` or the locale); English when absent. */
  lang?: Lang;
}

function errnoCode(e: unknown): string | null {
  return typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" ? e.code : null;
}

/** Why a file could not be read: the usual reasons in the reader's words, others as the system gave them. */
function describe(e: unknown): Message {
  switch (errnoCode(e)) {
    case "ENOENT":
      return { key: "io.noFile" };
    case "EISDIR":
      return { key: "io.directory" };
    case "EACCES":
    case "EPERM":
      return { key: "io.permission" };
    default:
      return { key: "cli.asGiven", params: { text: e instanceof Error ? e.message.split("\n")[0]! : String(e) } };
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Bytes as text, or an InputError at the first byte that is not UTF-8. Decoding with
 * replacement would turn a Latin-1 comment into U+FFFD and `fmt --write` would save that.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
    const column = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, at)).length + 1;
    const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, "0");
    return invalid(name, line, column, byte);
  }
}

function invalid(name: string, line: number, column: number, byte: string): never {
  throw new InputError({ key: "io.notUtf8", params: { file: displayPath(name), line: String(line), column: String(column), byte } });
}

/** Offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const x = b[i + k];
      if (x === undefined) return i;
      if (k === 1 ? x < lo || x > hi : x < 0x80 || x > 0xbf) return i;
    }
    i += need + 1;
  }
  return b.length;
}

/**
 * Reads a file named on the command line; `-` is standard input. `REV:path` (e.g. `HEAD~1:examples/a.kpi`) reads a
 * git revision when no file of that exact name exists, so `goodhart diff` can compare commits.
 */
export async function readInput(io: Io, path: string): Promise<string> {
  if (path === "-" && io.readStdin) {
    try {
      return await io.readStdin();
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new FileError({ key: "io.cannotReadStdin", params: { why: describe(e) } });
    }
  }
  try {
    return await io.readFile(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    // A revision never starts with `-`: git would read it as an option.
    const rev = /^([^-:\\/][^:]*):(.+)$/.exec(path);
    if (errnoCode(e) === "ENOENT" && rev && io.gitShow) {
      try {
        return await io.gitShow(rev[1]!, rev[2]!);
      } catch (g) {
        throw new FileError({ key: "io.notFileNorRevision", params: { file: displayPath(path), why: describe(g) } });
      }
    }
    throw new FileError({ key: "io.cannotRead", params: { file: displayPath(path), why: describe(e) } });
  }
}

export async function writeOutput(io: Io, path: string, text: string): Promise<void> {
  try {
    await io.writeFile(path, text);
  } catch (e) {
    throw new FileError({ key: "io.cannotWrite", params: { file: displayPath(path), why: describe(e) } });
  }
}
