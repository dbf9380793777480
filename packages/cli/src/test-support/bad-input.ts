/**
 * Command lines that go wrong on purpose, one or more per command: usage errors, flags with bad
 * values, a broken rule file, staff tables that break each rule of the format, files that
 * cannot be read. The no-English test runs them in Vietnamese; the English test holds their
 * English to what it has always been.
 */
import { decodeText, type Io } from "../io.ts";
import { SCHEME } from "./mem-io.ts";

export interface BadInput {
  name: string;
  argv: string[];
  /** The exit code: 1 input errors, 2 usage or a file that cannot be read. */
  code: 1 | 2;
  io?: Partial<Io>;
}

const POOLED = SCHEME.replace('scheme "Test scheme" {', 'scheme "Test scheme" {\n  pool unit, role');
const HEADER = "id,unit,done,errors";

export const BAD_FILES: Record<string, string> = {
  "a.kpi": SCHEME,
  "ugly.kpi": SCHEME.replace("  weight 50\n", "    weight   50\n"),
  "broken.kpi": `${SCHEME}\nindicator broken {\n  value nothing_here\n  weight\n}\n`,
  "pooled.kpi": POOLED,
  "ok.csv": `${HEADER}\na1,u1,30,1\na2,u1,40,2\n`,
  "no-column.csv": "id,unit,done\na1,u1,30\n",
  "no-id.csv": "unit,done,errors\nu1,30,1\n",
  "bad-row.csv": `${HEADER}\na1,u1,30\na2,u1,forty,2\na3,u1,"1,234",0\na4,u1,"0,5",0\n,u1,3,0\na2,u1,3,0\n`,
  "twice.csv": "id,done,done,errors\na1,1,2,3\n",
  "semicolons.csv": "id;unit;done;errors\na1;u1;30;1\n",
  "empty.csv": "",
  "unclosed.csv": `${HEADER}\na1,u1,"30,1\n`,
  "after-quote.csv": `${HEADER}\na1,u1,"30"x,1\n`,
  "quote-inside.csv": `${HEADER}\na1,u1,3"0,1\n`,
  "many.csv": `${HEADER}\n${Array.from({ length: 25 }, (_, i) => `b${i},u1,x,1`).join("\n")}\n`,
  "x.expect": "scheme broken.kpi\n",
  "lost.expect": "scheme missing.kpi\n",
  "bad.expect":
    'scheme a.kpi\ncase "one"\ndone 3 4\ndone 5\nexpect colour red\nexpect score 5 ± x\ncase "one"\ncase "two" like "none"\nerrors "open\n',
  "unschemed.expect": 'case "one"\ndone 3\n',
};

const enoent = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });

export const BAD_INPUTS: readonly BadInput[] = [
  // The program and every command's flags.
  { name: "an unknown command", argv: ["chek"], code: 2 },
  { name: "a flag before the command", argv: ["--staff", "3"], code: 2 },
  { name: "help for no such command", argv: ["help", "nothing"], code: 2 },
  { name: "an unknown flag", argv: ["check", "a.kpi", "--bogus"], code: 2 },
  { name: "a flag without its value", argv: ["simulate", "a.kpi", "--staff"], code: 2 },
  { name: "a flag that takes no value", argv: ["check", "a.kpi", "--json=yes"], code: 2 },
  { name: "a flag whose value is another flag", argv: ["simulate", "a.kpi", "--staff", "--json"], code: 2 },
  { name: "a bad whole number", argv: ["simulate", "a.kpi", "--staff", "many"], code: 2 },
  { name: "a bad share", argv: ["simulate", "a.kpi", "--saints", "150%"], code: 2 },
  { name: "shares over 100%", argv: ["simulate", "a.kpi", "--saints", "50%", "--honest", "60%"], code: 2 },
  {
    name: "four shares not summing to 100%",
    argv: ["simulate", "a.kpi", "--saints", "25%", "--honest", "25%", "--reactive", "25%", "--maniacs", "20%"],
    code: 2,
  },
  { name: "--model without NAME=VALUE", argv: ["simulate", "a.kpi", "--model", "capacity"], code: 2 },
  { name: "--model of no constant", argv: ["simulate", "a.kpi", "--model", "nothing=1"], code: 2 },
  { name: "--model with no number", argv: ["simulate", "a.kpi", "--model", "capacity=lots"], code: 2 },
  { name: "--replicates 0", argv: ["simulate", "a.kpi", "--replicates", "0"], code: 2 },
  { name: "--replicates too many", argv: ["simulate", "a.kpi", "--replicates", "5000"], code: 2 },
  { name: "--workers 0", argv: ["simulate", "a.kpi", "--workers", "0"], code: 2 },
  { name: "a population of no one", argv: ["simulate", "a.kpi", "--staff", "0"], code: 2 },
  { name: "no periods and no team", argv: ["simulate", "a.kpi", "--periods", "0", "--team", "0"], code: 2 },
  { name: "periods beyond the limit", argv: ["simulate", "a.kpi", "--periods", "99999"], code: 2 },
  { name: "sweep a setting out of range", argv: ["sweep", "a.kpi", "--set", "population.staff=0..0:1"], code: 2 },
  { name: "simulate with no scheme", argv: ["simulate"], code: 2 },
  { name: "simulate with two schemes", argv: ["simulate", "a.kpi", "a.kpi"], code: 2 },
  { name: "simulate a broken scheme", argv: ["simulate", "broken.kpi"], code: 1 },
  { name: "a simulation too large", argv: ["simulate", "a.kpi", "--staff", "90000000"], code: 2 },
  { name: "check with no file", argv: ["check"], code: 2 },
  { name: "check --format xml", argv: ["check", "a.kpi", "--format", "xml"], code: 2 },
  { name: "check --fail-on never", argv: ["check", "a.kpi", "--fail-on", "never"], code: 2 },
  { name: "check --json --format sarif", argv: ["check", "a.kpi", "--json", "--format", "sarif"], code: 2 },
  { name: "check a missing file", argv: ["check", "missing.kpi"], code: 2 },
  { name: "fmt with no file", argv: ["fmt"], code: 2 },
  { name: "fmt --write --check", argv: ["fmt", "--write", "--check", "a.kpi"], code: 2 },
  { name: "fmt --write on standard input", argv: ["fmt", "--write", "-"], code: 2 },
  { name: "fmt --check on a file not formatted", argv: ["fmt", "--check", "ugly.kpi"], code: 1 },
  { name: "fmt on a file with syntax errors", argv: ["fmt", "broken.kpi"], code: 1 },
  { name: "score without --data", argv: ["score", "a.kpi"], code: 2 },
  { name: "score --data with no name", argv: ["score", "a.kpi", "--data="], code: 2 },
  { name: "score with no scheme", argv: ["score", "--data", "ok.csv"], code: 2 },
  { name: "score --json --csv", argv: ["score", "a.kpi", "--data", "ok.csv", "--json", "--csv"], code: 2 },
  { name: "score --explain --csv", argv: ["score", "a.kpi", "--data", "ok.csv", "--explain", "a1", "--csv"], code: 2 },
  { name: "score --pools --edges", argv: ["score", "a.kpi", "--data", "ok.csv", "--pools", "--edges"], code: 2 },
  { name: "score --edges --csv", argv: ["score", "a.kpi", "--data", "ok.csv", "--edges", "--csv"], code: 2 },
  { name: "score --explain of nobody", argv: ["score", "a.kpi", "--data", "ok.csv", "--explain", "zz"], code: 1 },
  { name: "score a broken scheme", argv: ["score", "broken.kpi", "--data", "ok.csv"], code: 1 },
  { name: "score a missing table", argv: ["score", "a.kpi", "--data", "missing.csv"], code: 2 },
  {
    name: "score a table that is a directory",
    argv: ["score", "a.kpi", "--data", "dir"],
    code: 2,
    io: {
      readFile: async (path) => {
        if (path === "a.kpi") return SCHEME;
        throw Object.assign(new Error(`EISDIR: ${path}`), { code: "EISDIR" });
      },
    },
  },
  {
    name: "score a table that is not UTF-8",
    argv: ["score", "a.kpi", "--data", "latin1.csv"],
    code: 1,
    io: {
      readFile: async (path) => {
        if (path === "a.kpi") return SCHEME;
        if (path === "latin1.csv") return decodeText(new Uint8Array([0x69, 0x64, 0x0a, 0x63, 0x61, 0x66, 0xe9]), path);
        throw enoent(path);
      },
    },
  },
  {
    name: "a revision that is not there",
    argv: ["check", "HEAD~9:a.kpi"],
    code: 2,
    io: { gitShow: async () => Promise.reject(new Error("fatal: bad revision")) },
  },
  { name: "standard input that cannot be read", argv: ["check", "-"], code: 2, io: { readStdin: async () => Promise.reject(enoent("-")) } },
  // Staff tables: each rule of the format broken once.
  { name: "a metric's column missing", argv: ["score", "a.kpi", "--data", "no-column.csv"], code: 1 },
  { name: "no id column", argv: ["score", "a.kpi", "--data", "no-id.csv"], code: 1 },
  { name: "bad rows", argv: ["score", "a.kpi", "--data", "bad-row.csv"], code: 1 },
  { name: "a column twice", argv: ["score", "a.kpi", "--data", "twice.csv"], code: 1 },
  { name: "a table separated by semicolons", argv: ["score", "a.kpi", "--data", "semicolons.csv"], code: 1 },
  { name: "an empty table", argv: ["score", "a.kpi", "--data", "empty.csv"], code: 1 },
  { name: "a quoted cell never closed", argv: ["score", "a.kpi", "--data", "unclosed.csv"], code: 1 },
  { name: "text after a closing quote", argv: ["score", "a.kpi", "--data", "after-quote.csv"], code: 1 },
  { name: "a quote inside a cell", argv: ["score", "a.kpi", "--data", "quote-inside.csv"], code: 1 },
  { name: "more problems than are listed", argv: ["score", "a.kpi", "--data", "many.csv"], code: 1 },
  { name: "a pool column missing", argv: ["score", "pooled.kpi", "--data", "ok.csv"], code: 1 },
  // The other commands.
  { name: "sweep with no --set", argv: ["sweep", "a.kpi"], code: 2 },
  { name: "sweep --set not PATH=FROM..TO:STEPS", argv: ["sweep", "a.kpi", "--set", "volume.target"], code: 2 },
  { name: "sweep FROM not a number", argv: ["sweep", "a.kpi", "--set", "volume.target=x..5:3"], code: 2 },
  { name: "sweep TO out of range", argv: ["sweep", "a.kpi", "--set", "volume.target=1..1e20:3"], code: 2 },
  { name: "sweep STEPS 0", argv: ["sweep", "a.kpi", "--set", "volume.target=1..5:0"], code: 2 },
  { name: "sweep one step of two values", argv: ["sweep", "a.kpi", "--set", "volume.target=1..5:1"], code: 2 },
  { name: "sweep a path twice", argv: ["sweep", "a.kpi", "--set", "volume.target=1..5:2", "--set", "volume.target=1..5:2"], code: 2 },
  {
    name: "sweep a grid too large",
    argv: ["sweep", "a.kpi", "--set", "volume.target=1..5:200", "--set", "volume.floor=1..5:200"],
    code: 2,
  },
  { name: "sweep a path to no declaration", argv: ["sweep", "a.kpi", "--set", "nothing.target=1..5:2"], code: 1 },
  { name: "sweep a path of no such form", argv: ["sweep", "a.kpi", "--set", "volume.x.y=1..5:2"], code: 1 },
  { name: "sweep a property not written", argv: ["sweep", "a.kpi", "--set", "volume.cap=1..5:2"], code: 1 },
  { name: "sweep a step not there", argv: ["sweep", "a.kpi", "--set", "volume.step.2.points=1..5:2"], code: 1 },
  { name: "sweep a value not a single number", argv: ["sweep", "a.kpi", "--set", "volume.value=1..5:2"], code: 1 },
  { name: "sweep with no scheme", argv: ["sweep"], code: 2 },
  { name: "sensitivity with no --figure", argv: ["sensitivity", "a.kpi"], code: 2 },
  { name: "sensitivity of no such figure", argv: ["sensitivity", "a.kpi", "--figure", "nothing"], code: 2 },
  { name: "sensitivity --samples without sobol", argv: ["sensitivity", "a.kpi", "--figure", "gamingRate", "--samples", "4"], code: 2 },
  { name: "sensitivity --method other", argv: ["sensitivity", "a.kpi", "--figure", "gamingRate", "--method", "other"], code: 2 },
  {
    name: "sensitivity --samples 1",
    argv: ["sensitivity", "a.kpi", "--figure", "gamingRate", "--method", "sobol", "--samples", "1"],
    code: 2,
  },
  { name: "sensitivity --figure with no name", argv: ["sensitivity", "a.kpi", "--figure="], code: 2 },
  { name: "exploits --who other", argv: ["exploits", "a.kpi", "--who", "other"], code: 2 },
  { name: "exploits with no scheme", argv: ["exploits"], code: 2 },
  { name: "compile with no scheme", argv: ["compile"], code: 2 },
  { name: "compile -o with no name", argv: ["compile", "a.kpi", "--out="], code: 2 },
  { name: "test --json --junit", argv: ["test", "--json", "--junit", "x.expect"], code: 2 },
  { name: "test with no expectation file", argv: ["test"], code: 2 },
  { name: "test a scheme with errors", argv: ["test", "x.expect"], code: 1 },
  { name: "test a scheme that is not there", argv: ["test", "lost.expect"], code: 2 },
  { name: "test an expectation file with errors", argv: ["test", "bad.expect"], code: 1 },
  { name: "test an expectation file with no scheme line", argv: ["test", "unschemed.expect"], code: 1 },
  { name: "lsp without --stdio", argv: ["lsp"], code: 2 },
  { name: "lsp with an argument", argv: ["lsp", "--stdio", "extra"], code: 2 },
  { name: "diff of one scheme", argv: ["diff", "a.kpi"], code: 2 },
  { name: "diff --data with no name", argv: ["diff", "a.kpi", "a.kpi", "--data="], code: 2 },
  { name: "diff --name with no name", argv: ["diff", "a.kpi", "a.kpi", "--name="], code: 2 },
];
