/**
 * The program: picks the command, shows help, and turns the expected failures into a message
 * and an exit code. `run` takes an injected Io so tests call it in-process.
 */
import { isLang, langFromLocale, render, t, type Lang, type Message, type MessageKey } from "@goodhart/dsl";
import type { Command } from "./command.ts";
import { commandHelp } from "./help/help.ts";
import { check } from "./commands/check.ts";
import { compileCommand } from "./commands/compile.ts";
import { diff } from "./commands/diff.ts";
import { exploits } from "./commands/exploits.ts";
import { fmt } from "./commands/fmt.ts";
import { HELP_TOPICS } from "./commands/help-model.ts";
import { lsp } from "./commands/lsp.ts";
import { score } from "./commands/score.ts";
import { sensitivity } from "./commands/sensitivity.ts";
import { simulate } from "./commands/simulate.ts";
import { sweep } from "./commands/sweep.ts";
import { testCommand } from "./commands/test.ts";
import { EXIT_INPUT, EXIT_USAGE, FileError, InputError, UsageError, type SaidError } from "./errors.ts";
import type { Io } from "./io.ts";
import { printable, printableLines } from "./display.ts";

const VERSION = "0.1.0";

export const COMMANDS: readonly Command[] = [
  check,
  fmt,
  score,
  simulate,
  sweep,
  sensitivity,
  diff,
  exploits,
  compileCommand,
  testCommand,
  lsp,
];

const byName = new Map(COMMANDS.map((c) => [c.name, c]));

/** A command's one-line summary in `lang`: the catalogue's, or the command's own when it has none. */
function commandSummary(c: Command, lang: Lang): string {
  const key = `cli.command.${c.name}`;
  return key in COMMAND_KEYS ? t(lang, key as MessageKey) : c.summary;
}

const COMMAND_KEYS: Record<string, true> = Object.fromEntries(
  ["check", "fmt", "score", "simulate", "sweep", "diff", "compile", "test", "lsp", "exploits", "sensitivity"].map((n) => [
    `cli.command.${n}`,
    true,
  ]),
);

function programHelp(lang: Lang): string {
  return t(lang, "cli.program.help", { commands: COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${commandSummary(c, lang)}`).join("\n") });
}

function suggest(name: string): Message | "" {
  const close = COMMANDS.map((c) => c.name).find((c) => c.startsWith(name.slice(0, 2)) || name.startsWith(c));
  return close ? { key: "cli.didYouMean", params: { name: close } } : "";
}

/**
 * Takes `--lang en|vi` (or `--lang=vi`) off the command line, wherever it stands before `--`;
 * without it the locale chooses (LC_ALL, then LANG), English by default.
 */
function takeLang(argv: string[]): { lang: Lang | null; argv: string[] } {
  const out: string[] = [];
  let lang: Lang | null = null;
  let given = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      out.push(...argv.slice(i));
      break;
    }
    const value = a === "--lang" ? argv[++i] : a.startsWith("--lang=") ? a.slice("--lang=".length) : null;
    if (value === null) {
      out.push(a);
      continue;
    }
    if (value === undefined || !isLang(value)) throw new UsageError({ key: "cli.badLang", params: { value: value ?? "" } });
    lang = value;
    given++;
  }
  // Like every flag that takes one value: given twice, which one was meant is a guess.
  if (given > 1) throw new UsageError({ key: "cli.flag.repeated", params: { flag: "lang", count: given } });
  return { lang, argv: out };
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const lang = io.lang ?? "en";
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(programHelp(lang));
    return EXIT_USAGE;
  }
  if (first === "--help" || first === "-h") {
    io.stdout(programHelp(lang));
    return 0;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`goodhart ${VERSION}\n`);
    return 0;
  }
  if (first === "help") {
    if (rest.length === 0) {
      io.stdout(programHelp(lang));
      return 0;
    }
    const topic = HELP_TOPICS[rest[0]!];
    if (topic) {
      io.stdout(topic(lang));
      return 0;
    }
    const c = byName.get(rest[0]!);
    if (!c) throw new UsageError({ key: "cli.noSuchHelp", params: { name: rest[0]!, suggestion: suggest(rest[0]!) } });
    io.stdout(commandHelp(c, lang));
    return 0;
  }
  if (first.startsWith("-")) throw new UsageError({ key: "cli.flagFirst", params: { flag: first } });
  const command = byName.get(first);
  if (!command) throw new UsageError({ key: "cli.unknownCommand", params: { name: first, suggestion: suggest(first) } });
  // Help wins over everything else on the line, including flags the command does not know.
  if (rest.includes("--help") || rest.includes("-h")) {
    const at = rest.indexOf("--") < 0 ? Infinity : rest.indexOf("--");
    if (Math.min(...["--help", "-h"].map((h) => (rest.indexOf(h) < 0 ? Infinity : rest.indexOf(h)))) < at) {
      io.stdout(commandHelp(command, lang));
      return 0;
    }
  }
  return command.run(rest, io);
}

/** Runs the program; never throws for bad input. */
export async function run(argv: string[], baseIo: Io): Promise<number> {
  let lang: Lang = baseIo.lang ?? langFromLocale(baseIo.env ?? {});
  try {
    const taken = takeLang(argv);
    lang = taken.lang ?? baseIo.lang ?? langFromLocale(baseIo.env ?? {});
    return await dispatch(taken.argv, { ...baseIo, lang });
  } catch (e) {
    const io = baseIo;
    const said = (err: SaidError) => err.said.map((m) => render(lang, m)).join("\n");
    if (e instanceof UsageError) {
      io.stderr(`goodhart: ${printable(said(e))}\n`);
      io.stderr(`${e.command ? t(lang, "cli.usageHint", { command: e.command }) : t(lang, "cli.usageHintProgram")}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof FileError) {
      io.stderr(`goodhart: ${printable(said(e))}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof InputError) {
      // Several problems come one a line; whatever a name inside holds cannot add a line.
      io.stderr(`${printableLines(said(e))}\n`);
      return EXIT_INPUT;
    }
    // A bug, not bad input: one line the user can report, never a stack trace.
    const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
    io.stderr(`goodhart: ${t(lang, "cli.internalError", { message: printable(message ?? "") })}\n`);
    return EXIT_USAGE;
  }
}
