/**
 * Flag parsing for every command: node:util parseArgs for the shape, zod for the values, and
 * both kinds of failure turned into a UsageError that names the flag.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod";
import { CATALOGUES, render, type Message, type MessageKey, type MessageParams } from "@goodhart/dsl";
import { UsageError } from "./errors.ts";

export type FlagOptions = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedFlags {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

/** Rewords node's parseArgs errors, which suggest `--` tricks a user never needs here. */
function reword(e: unknown, command: string): Message {
  const message = e instanceof Error ? e.message : String(e);
  const code = typeof e === "object" && e !== null && "code" in e ? String(e.code) : "";
  // Node names an option as '-o, --out <value>' or '--seed <value>': show its flags, no comma.
  const named = /'(-[^']*?)(?:\s+<[^>]*>)?'/.exec(message)?.[1];
  const flag = named?.split(/,\s*/).join("/");
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return { key: "cli.flag.unknown", params: { flag: flag ?? message, command } };
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && flag !== undefined)
    // "ambiguous": the value given starts with a dash (`--data --json`), so the value is missing.
    return { key: /argument missing|ambiguous/.test(message) ? "cli.flag.needsValue" : "cli.flag.noValue", params: { flag } };
  // Node's own words: a shape this command line never takes (positionals are always allowed).
  return asGiven(message);
}

/** Text that is already words (another tool's, or a name), shown as it is in every language. */
export function asGiven(text: string): Message {
  return { key: "cli.asGiven", params: { text } };
}

/**
 * A flag's problem as a zod issue carries it: the message is a catalogue key (checked by
 * TypeScript through `said`), a custom issue's params are the message's.
 */
export function said(key: MessageKey): MessageKey {
  return key;
}

function issueMessage(issue: z.core.$ZodIssue): Message {
  if (!(issue.message in CATALOGUES.en)) return asGiven(issue.message);
  const params = issue.code === "custom" ? (issue.params as MessageParams | undefined) : undefined;
  return { key: issue.message as MessageKey, ...(params ? { params } : {}) };
}

/**
 * `--seed -1`: a value that starts with `-` reads to parseArgs as another flag. A negative
 * number after a flag that takes a value is that flag's value, so it is joined to it
 * (`--seed=-1`) and the value check says what is wrong with it.
 */
function joinNegativeValues(args: string[], options: FlagOptions): string[] {
  const takesValue = (arg: string): boolean => {
    if (arg.startsWith("--")) return options[arg.slice(2)]?.type === "string";
    if (/^-[A-Za-z]$/.test(arg)) return Object.values(options).some((o) => o.short === arg[1] && o.type === "string");
    return false;
  };
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      out.push(...args.slice(i));
      break;
    }
    const next = args[i + 1];
    if (next !== undefined && /^-(\d|\.\d)/.test(next) && takesValue(a)) {
      out.push(a.startsWith("--") ? `${a}=${next}` : `${a}${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

export function parseFlags(command: string, args: string[], options: FlagOptions): ParsedFlags {
  let parsed: ReturnType<typeof parseArgs<{ options: FlagOptions; allowPositionals: true; strict: true; tokens: true }>>;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(args, options),
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (e) {
    throw new UsageError(reword(e, command), command);
  }
  // parseArgs keeps the last of a repeated flag: `--seed 1 --seed 2` would quietly run seed 2.
  // A flag that takes one value is given once; only `multiple` ones (`--model`, `--set`) repeat.
  const seen = new Map<string, number>();
  for (const token of parsed.tokens) {
    if (token.kind !== "option" || token.value === undefined) continue;
    const option = options[token.name];
    if (option === undefined || option.multiple) continue;
    seen.set(token.name, (seen.get(token.name) ?? 0) + 1);
  }
  for (const [flag, count] of seen) {
    if (count > 1) throw new UsageError({ key: "cli.flag.repeated", params: { flag, count } }, command);
  }
  return { values: parsed.values as ParsedFlags["values"], positionals: parsed.positionals };
}

/** Validates parsed flags; the first problem becomes a usage error naming its flag. */
export function validate<S extends z.ZodType>(command: string, schema: S, values: unknown): z.infer<S> {
  const r = schema.safeParse(values);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const problem = issueMessage(issue);
  const named = issue.path.length > 0 && !render("en", problem).startsWith("--");
  throw new UsageError(named ? { key: "cli.flag.problem", params: { flag: String(issue.path[0]), problem } } : problem, command);
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** `25%` or `0.25` (also `-3`, `1e3`) → number; null when the text is not such a number. */
export function parseNumberish(text: string): number | null {
  const t = text.trim();
  const percent = t.endsWith("%");
  const digits = percent ? t.slice(0, -1).trim() : t;
  if (!DECIMAL.test(digits)) return null;
  // The decimal shift in the exponent lets Number round once: 0.1% is exactly the double for 0.001.
  return percent ? Number(`${digits.replace(/[eE].*$/, "")}e${Number(/[eE](.*)$/.exec(digits)?.[1] ?? 0) - 2}`) : Number(digits);
}

/** A whole number flag such as `--staff 2000`. */
export const wholeFlag = z.string().transform((s, ctx) => {
  const n = parseNumberish(s);
  if (n === null || !Number.isInteger(n) || s.includes("%")) {
    ctx.addIssue({ code: "custom", message: said("cli.flag.whole"), params: { value: s } });
    return z.NEVER;
  }
  // A whole number, but beyond 2⁵³ − 1 a double no longer holds it exactly (99999999999999999999
  // reads as 100000000000000000000): say so, and give the range, rather than "not a whole number".
  if (!Number.isSafeInteger(n)) {
    ctx.addIssue({ code: "custom", message: said("cli.flag.wholeRange"), params: { value: s, max: String(Number.MAX_SAFE_INTEGER) } });
    return z.NEVER;
  }
  return n;
});

/** A share flag such as `--saints 25%` or `--saints 0.25`. */
export const shareFlag = z.string().transform((s, ctx) => {
  const n = parseNumberish(s);
  if (n === null || n < 0 || n > 1) {
    ctx.addIssue({ code: "custom", message: said("cli.flag.share"), params: { value: s } });
    return z.NEVER;
  }
  return n;
});
