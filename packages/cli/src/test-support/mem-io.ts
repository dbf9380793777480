/** An in-memory Io for running commands in tests: files in a map, output in strings. */
import type { Io } from "../io.ts";
import { run } from "../run.ts";

export interface MemRun {
  code: number;
  stdout: string;
  stderr: string;
  files: Map<string, string>;
}

export function memIo(
  files: Record<string, string> = {},
  extra: Partial<Io> = {},
): { io: Io; out: () => string; err: () => string; files: Map<string, string> } {
  let out = "";
  let err = "";
  const map = new Map(Object.entries(files));
  const io: Io = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readFile: async (path) => {
      const text = map.get(path);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return text;
    },
    writeFile: async (path, text) => void map.set(path, text),
    stderrIsTTY: false,
    ...extra,
  };
  return { io, out: () => out, err: () => err, files: map };
}

export async function runWith(argv: string[], files: Record<string, string> = {}, extra: Partial<Io> = {}): Promise<MemRun> {
  const m = memIo(files, extra);
  const code = await run(argv, m.io);
  return { code, stdout: m.out(), stderr: m.err(), files: m.files };
}

/** A small clean scheme: two metrics, two indicators, a gate, three bands. */
export const SCHEME = `scheme "Test scheme" {
  version "1"
}

metric done "Done" {
  type count
  source system
}

metric errors "Errors" {
  type count
  source system
}

indicator volume "Volume" {
  aspect volume
  value done
  floor 10
  target 50
  weight 50
}

indicator quality "Quality" {
  aspect quality
  value errors / done
  better lower
  floor 20%
  target 2%
  weight 50
}

gate sloppy "Sloppy" {
  when errors > 10
  cap score 60
}

rating excellent "Excellent" {
  min 90
  quota 20%
  reward 10%
}

rating good "Good" {
  min 60
  reward 5%
}

rating poor "Poor" {
  reward 0%
}
`;
