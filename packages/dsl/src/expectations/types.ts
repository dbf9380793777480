/**
 * Expectation files (`*.expect`, read by `goodhart test`): cases that pin what a scheme is
 * meant to do to one staff member. The format is documented in docs/review.md.
 */
import type { Message } from "../i18n/translate.ts";

export interface Location {
  /** 1-based. */
  line: number;
  /** 1-based, UTF-16 code units. */
  column: number;
}

/** An expected number, met when the actual is within `tolerance`; or an expected undefined value. */
export type Quantity = { kind: "number"; value: number; tolerance: number; text: string } | { kind: "missing" };

export type Check =
  | { kind: "score"; expected: Quantity }
  | { kind: "rating"; relation: "is" | "at least" | "at most"; band: string }
  | { kind: "gate"; gate: string; holds: boolean }
  | { kind: "no gates" }
  | { kind: "points" | "value"; indicator: string; expected: Quantity }
  | { kind: "group"; group: string; expected: Quantity };

export type LocatedCheck = Check & { location: Location; source: string };

export interface ExpectationCase {
  name: string;
  location: Location;
  /** The case whose inputs this one starts from (`like "…"`), already merged into `row`. */
  like: string | null;
  /** Metric name → value (null = missing), with the locations of the lines that set them. */
  row: Record<string, number | null>;
  inputLocations: Record<string, Location>;
  checks: LocatedCheck[];
}

export interface ExpectationFile {
  fileName: string;
  /** The `scheme` line's path, relative to the expectation file; null when absent. */
  scheme: string | null;
  cases: ExpectationCase[];
}

export interface ExpectationError extends Location {
  file: string;
  message: string;
  /** `file:line:col: message`, ready to print. */
  text: string;
  /** The message, to say in the reader's language. */
  said: Message;
}

export interface ParsedExpectations {
  expectations: ExpectationFile;
  /** Empty when the file parsed cleanly; a file with errors should not be run. */
  errors: ExpectationError[];
}
