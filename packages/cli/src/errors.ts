/**
 * The two ways a command fails on purpose. Everything else is a bug, which main.ts turns into
 * one line rather than a stack trace.
 */

/** The command line itself is wrong: unknown command or flag, bad flag value. Exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help the message points to; null for the program. */
    readonly command: string | null = null,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * A file named on the command line cannot be read or written. Exit 2: the input was never
 * looked at, so there is nothing to diagnose in it.
 */
export class FileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FileError";
  }
}

/** The input was read and is wrong (bad CSV cell, unknown --set path). Exit 1. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
