/**
 * The program: picks the command, shows help, and turns the expected failures into a message
 * and an exit code. `run` takes an injected Io so tests call it in-process.
 */
import type { Command } from "./command.ts";
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
import { EXIT_INPUT, EXIT_USAGE, FileError, InputError, UsageError } from "./errors.ts";
import type { Io } from "./io.ts";
import { printable, printableLines } from "./display.ts";

export const VERSION = "0.1.0";

export const COMMANDS: readonly Command[] = [check, fmt, score, simulate, sweep, sensitivity, diff, exploits, compileCommand, testCommand, lsp];

const byName = new Map(COMMANDS.map((c) => [c.name, c]));

export const PROGRAM_HELP = `goodhart - write, check, score and stress-test KPI schemes for staff

Usage: goodhart <command> [flags]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n")}
  help       show help for a command: goodhart help <command>; 'goodhart help model'
             lists the model's constants

Examples:
  goodhart check examples/*.kpi
  goodhart fmt --write scheme.kpi
  goodhart score scheme.kpi --data staff.csv --csv > scored.csv
  goodhart simulate scheme.kpi --staff 5000
  goodhart sweep scheme.kpi --set on_time.target=80%..100%:11
  goodhart sensitivity scheme.kpi --figure falsifiedShare
  goodhart compile scheme.kpi -o scheme.mjs

Run through pnpm from the repository root as 'pnpm --silent goodhart <command>'; with
--silent, stdout carries only the command's output.

Exit codes: 0 success, 1 the input has errors (diagnostics printed), 2 usage error or a file
that cannot be read.

Flags for every command: -h, --help. The program also takes --version.
`;

function suggest(name: string): string {
  const close = COMMANDS.map((c) => c.name).find((c) => c.startsWith(name.slice(0, 2)) || name.startsWith(c));
  return close ? ` (did you mean '${close}'?)` : "";
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(PROGRAM_HELP);
    return EXIT_USAGE;
  }
  if (first === "--help" || first === "-h") {
    io.stdout(PROGRAM_HELP);
    return 0;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`goodhart ${VERSION}\n`);
    return 0;
  }
  if (first === "help") {
    if (rest.length === 0) {
      io.stdout(PROGRAM_HELP);
      return 0;
    }
    const topic = HELP_TOPICS[rest[0]!];
    if (topic) {
      io.stdout(topic());
      return 0;
    }
    const c = byName.get(rest[0]!);
    if (!c) throw new UsageError(`no command named '${rest[0]}'${suggest(rest[0]!)}`);
    io.stdout(c.help);
    return 0;
  }
  if (first.startsWith("-")) throw new UsageError(`unknown flag ${first}; a command comes first, e.g. goodhart check FILE`);
  const command = byName.get(first);
  if (!command) throw new UsageError(`unknown command '${first}'${suggest(first)}`);
  // Help wins over everything else on the line, including flags the command does not know.
  if (rest.includes("--help") || rest.includes("-h")) {
    const at = rest.indexOf("--") < 0 ? Infinity : rest.indexOf("--");
    if (Math.min(...["--help", "-h"].map((h) => (rest.indexOf(h) < 0 ? Infinity : rest.indexOf(h)))) < at) {
      io.stdout(command.help);
      return 0;
    }
  }
  return command.run(rest, io);
}

/** Runs the program; never throws for bad input. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`goodhart: ${printable(e.message)}\n`);
      io.stderr(e.command ? `Run 'goodhart help ${e.command}' for usage.\n` : "Run 'goodhart help' for usage.\n");
      return EXIT_USAGE;
    }
    if (e instanceof FileError) {
      io.stderr(`goodhart: ${printable(e.message)}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof InputError) {
      // Several problems come one a line; whatever a name inside holds cannot add a line.
      io.stderr(`${printableLines(e.message)}\n`);
      return EXIT_INPUT;
    }
    // A bug, not bad input: one line the user can report, never a stack trace.
    const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
    io.stderr(`goodhart: internal error: ${printable(message)} (please report it with the command you ran)\n`);
    return EXIT_USAGE;
  }
}
