/** The shell lines the extension's commands type into a terminal (kept pure for tests). */
import { relative, sep } from "node:path";

/** POSIX-shell single quoting: the file name is data, never shell syntax. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export function simulateCommand(cli: string, file: string): string {
  return `${cli} simulate ${shellQuote(file)}`;
}

/** `goodhart diff HEAD:<path> <path>`, with the path relative to the workspace root (git's view). */
export function diffCommand(cli: string, file: string, root: string | null): string {
  const rel = root ? relative(root, file).split(sep).join("/") : file;
  return `${cli} diff ${shellQuote(`HEAD:${rel}`)} ${shellQuote(rel)}`;
}
