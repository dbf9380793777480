/**
 * Everything a command may do to the outside world. Commands receive an `Io`, so tests run
 * them in-process with strings in and strings out, and only main.ts touches `process`.
 */
import { FileError } from "./errors.ts";

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
}

function errnoCode(e: unknown): string | null {
  return typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" ? e.code : null;
}

function describe(e: unknown): string {
  switch (errnoCode(e)) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "it is a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return e instanceof Error ? e.message.split("\n")[0]! : String(e);
  }
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
      throw new FileError(`cannot read standard input: ${describe(e)}`);
    }
  }
  try {
    return await io.readFile(path);
  } catch (e) {
    const rev = /^([^:\\/][^:]*):(.+)$/.exec(path);
    if (errnoCode(e) === "ENOENT" && rev && io.gitShow) {
      try {
        return await io.gitShow(rev[1]!, rev[2]!);
      } catch (g) {
        throw new FileError(`cannot read ${path}: neither a file nor a git revision and path (${describe(g)})`);
      }
    }
    throw new FileError(`cannot read ${path}: ${describe(e)}`);
  }
}

export async function writeOutput(io: Io, path: string, text: string): Promise<void> {
  try {
    await io.writeFile(path, text);
  } catch (e) {
    throw new FileError(`cannot write ${path}: ${describe(e)}`);
  }
}
