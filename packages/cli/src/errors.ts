/**
 * The two ways a command fails on purpose. Everything else is a bug, which main.ts turns into
 * one line rather than a stack trace.
 *
 * Each carries its words as catalogue messages (`said`, one a line) so `run` says them in the
 * reader's language; `message` is their English, for whoever reads the error in code.
 */
import { render, type Message } from "@goodhart/dsl";

/** What an error says: a message of the catalogue, or several, one a line. */
export type Said = Message | readonly Message[];

function lines(said: Said): readonly Message[] {
  return "key" in said ? [said] : said;
}

/** An error whose words are catalogue messages. */
export abstract class SaidError extends Error {
  readonly said: readonly Message[];
  constructor(said: Said) {
    const all = lines(said);
    super(all.map((m) => render("en", m)).join("\n"));
    this.said = all;
  }
}

/** The command line itself is wrong: unknown command or flag, bad flag value. Exit 2. */
export class UsageError extends SaidError {
  constructor(
    said: Said,
    /** The command whose help the message points to; null for the program. */
    readonly command: string | null = null,
  ) {
    super(said);
    this.name = "UsageError";
  }
}

/**
 * A file named on the command line cannot be read or written. Exit 2: the input was never
 * looked at, so there is nothing to diagnose in it.
 */
export class FileError extends SaidError {
  constructor(said: Said) {
    super(said);
    this.name = "FileError";
  }
}

/** The input was read and is wrong (bad CSV cell, unknown --set path). Exit 1. */
export class InputError extends SaidError {
  constructor(said: Said) {
    super(said);
    this.name = "InputError";
  }
}

export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
