// The quality gate that `pnpm lint` and the test command run, beside Biome (biome.jsonc, which
// formats and lints the code): the TypeScript compiler with stricter flags
// (tsconfig.strict.json) and the checks below, which Biome does not make, over every tracked
// text file, prose and data included. Each problem is printed as `file:line: what to do`; the
// exit code is 1 when there is any.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const problems = [];

// The playground has its own types (Vite's client, ?worker imports), so its own strict config.
for (const project of ["tsconfig.strict.json", "packages/playground/tsconfig.strict.json"]) {
  const tsc = spawnSync("pnpm", ["exec", "tsc", "-p", project, "--noEmit"], { cwd: root, encoding: "utf8" });
  if (tsc.status !== 0) problems.push(`${project}: the strict type check failed:\n${tsc.stdout}${tsc.stderr}`);
}

const TEXT = /\.(ts|tsx|mjs|cjs|js|json|md|kpi|expect|css|html|yaml|yml|sh|csv)$/;
const files = spawnSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
  .stdout.split("\0")
  .filter((f) => f !== "" && TEXT.test(f) && f !== "pnpm-lock.yaml");

/** Checks that apply to a file, by its name: each returns a message for a bad line, or null. */
const lineRules = [
  { applies: () => true, check: (line) => (/[ \t]+$/.test(line) ? "remove the trailing whitespace" : null) },
  { applies: (f) => /\.(ts|tsx|mjs|js)$/.test(f), check: (line) => (line.includes("\t") ? "indent with spaces, not tabs" : null) },
  {
    // A focused or skipped test hides the others from the suite.
    applies: (f) => /\.test\.tsx?$/.test(f),
    check: (line) => (/\b(it|test|describe)\.(only|skip|todo)\b/.test(line) ? "remove .only/.skip/.todo: every test runs" : null),
  },
  {
    applies: (f) => /\.(ts|tsx)$/.test(f) && !f.endsWith(".d.ts"),
    check: (line) =>
      /@ts-(ignore|nocheck)\b/.test(line) ? "fix the type error instead of silencing it (or use @ts-expect-error with a reason)" : null,
  },
  {
    // `any` switches the type checker off; `unknown` and a schema say what is known.
    applies: (f) => /\.(ts|tsx)$/.test(f) && !f.endsWith(".d.ts"),
    check: (line) =>
      /(:\s*any\b|\bas any\b|<any>|\bany\[\])/.test(withoutComment(line)) ? "replace `any` with a precise type or `unknown`" : null,
  },
  {
    // Fixtures are for tests; a source file importing them would ship them.
    applies: (f) => /^packages\/[^/]+\/src\/.*\.tsx?$/.test(f) && !/\.test\.tsx?$|\.test-util\.ts$|\/test-support\//.test(f),
    check: (line) => (/from "@goodhart\/dsl\/test"/.test(line) ? "import test fixtures only from tests" : null),
  },
];

function withoutComment(line) {
  const t = line.trimStart();
  if (t.startsWith("//") || t.startsWith("*") || t.startsWith("/*")) return "";
  const i = line.indexOf("//");
  return i >= 0 ? line.slice(0, i) : line;
}

for (const f of files) {
  let text;
  try {
    text = readFileSync(join(root, f), "utf8");
  } catch {
    continue; // deleted in the work tree but still tracked: git reports that, not the gate
  }
  if (text.length === 0) continue;
  if (text.includes("\r")) problems.push(`${f}: use LF line endings`);
  if (!text.endsWith("\n")) problems.push(`${f}: end the file with a newline`);
  const rules = lineRules.filter((r) => r.applies(f));
  text.split("\n").forEach((line, i) => {
    for (const r of rules) {
      const message = r.check(line);
      if (message) problems.push(`${f}:${i + 1}: ${message}`);
    }
  });
}

// Exported values nothing else names are dead code or needless `export`s. The ones that
// predate this gate are listed in scripts/unused-exports.txt; a new one fails. (Types are not
// checked: a signature's types stay exported for callers that want to name them.)
const tsFiles = files.filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".d.ts"));
const sources = new Map(tsFiles.map((f) => [f, readFileSync(join(root, f), "utf8")]));
const namedIn = new Map();
for (const [f, text] of sources) {
  for (const word of new Set(text.match(/[A-Za-z_$][\w$]*/g) ?? [])) {
    if (!namedIn.has(word)) namedIn.set(word, new Set());
    namedIn.get(word).add(f);
  }
}
const known = new Set(
  readFileSync(join(root, "scripts/unused-exports.txt"), "utf8")
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#")),
);
// Called by the editor, not by the project: VS Code loads `activate` and `deactivate`.
const ENTRY_POINTS = new Set(["packages/vscode/src/extension.ts activate", "packages/vscode/src/extension.ts deactivate"]);
const stillUnused = new Set();
for (const [f, text] of sources) {
  if (!f.startsWith("packages/") || /\.test\.tsx?$/.test(f) || f.includes("/e2e/")) continue;
  for (const m of text.matchAll(/^export\s+(?:async\s+)?(?:const|let|function\*?|class|enum)\s+([A-Za-z_$][\w$]*)/gm)) {
    const entry = `${f} ${m[1]}`;
    const users = namedIn.get(m[1]) ?? new Set();
    if ([...users].some((u) => u !== f) || ENTRY_POINTS.has(entry)) continue;
    stillUnused.add(entry);
    if (known.has(entry)) continue;
    problems.push(
      `${f}: nothing else names the exported \`${m[1]}\`; drop the \`export\` (or the code, if the file does not use it either)`,
    );
  }
}
// The list only shrinks: a line whose export is gone, or is named elsewhere now, goes too.
for (const entry of known) {
  if (!stillUnused.has(entry))
    problems.push(`scripts/unused-exports.txt: \`${entry}\` is no longer an unused export (gone, or named elsewhere now); remove the line`);
}

// The unit suite shares one module graph per worker (vitest.config.ts); a test file that
// mocks, stubs or changes process-wide state must run in the isolated project instead.
const isolated = new Set(
  [...(readFileSync(join(root, "vitest.config.ts"), "utf8").match(/const ISOLATED = \[([^\]]*)\]/)?.[1] ?? "").matchAll(/"([^"]+)"/g)].map(
    (m) => m[1],
  ),
);
const LEAKS =
  /\bvi\.(mock|doMock|unmock|stubGlobal|stubEnv|resetModules|useFakeTimers)\b|\bprocess\.env(\.[\w$]+|\[[^\]]+\])\s*=[^=]|\bprocess\.(chdir|umask)\(/;
for (const [f, text] of sources) {
  if (/\.test\.tsx?$/.test(f) && !f.endsWith(".e2e.test.ts") && LEAKS.test(text) && !isolated.has(f)) {
    problems.push(`${f}: it mocks, stubs or changes process-wide state; add it to ISOLATED in vitest.config.ts`);
  }
}
for (const f of isolated) if (!sources.has(f)) problems.push(`vitest.config.ts: ISOLATED names ${f}, which is not a tracked test file`);

// Every TypeScript file is type-checked by the test command: under one of its two projects.
const checked = new Set();
for (const project of ["tsconfig.json", "packages/playground/tsconfig.json"]) {
  const listed = spawnSync("pnpm", ["exec", "tsc", "-p", project, "--listFilesOnly"], { cwd: root, encoding: "utf8" });
  for (const path of listed.stdout.split("\n")) if (path.startsWith(root)) checked.add(path.slice(root.length));
}
for (const f of files) {
  if (/\.tsx?$/.test(f) && !f.endsWith(".d.ts") && !checked.has(f))
    problems.push(`${f}: no tsconfig the test command checks includes this file; add its folder to tsconfig.json`);
}

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`\nlint: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
  process.exit(1);
}
console.log(`lint: ${files.length} files clean; strict type check passed`);
