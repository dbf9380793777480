import type { Io } from "./io.ts";

/** One `goodhart <name>` command: its help text and its body. */
export interface Command {
  name: string;
  /** One line for the program's command list. */
  summary: string;
  /** Full help: usage, flags, examples, exit codes. */
  help: string;
  /** Returns the exit code; throws UsageError / FileError / InputError for the usual failures. */
  run(args: string[], io: Io): Promise<number>;
}
