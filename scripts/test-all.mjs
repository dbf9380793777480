// Runs each test suite, then prints one closing line that sums them: `N passed, N failed`.
// A suite that cannot run at all counts as a failure, so nothing is hidden.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const out = join(root, ".vitest-results");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;

function run(name, cmd, args, opts = {}) {
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { cwd: opts.cwd ?? root, stdio: "inherit", env: { ...process.env, FORCE_COLOR: "0" } });
  return r.status === 0;
}

function vitest(name, args, cwd = root) {
  const file = join(out, `${name}.json`);
  const ok = run(name, "pnpm", ["exec", "vitest", "run", ...args, "--reporter=default", "--reporter=json", `--outputFile=${file}`], {
    cwd,
  });
  if (existsSync(file)) {
    const j = JSON.parse(readFileSync(file, "utf8"));
    passed += j.numPassedTests ?? 0;
    failed += (j.numFailedTests ?? 0) + (j.numTotalTestSuites > 0 && !ok && (j.numFailedTests ?? 0) === 0 ? 1 : 0);
  } else {
    failed += 1;
  }
}

// The playground has its own tsconfig (Vite's client types, ?worker imports).
for (const project of ["tsconfig.json", "packages/playground/tsconfig.json"]) {
  if (run(`typecheck ${project}`, "pnpm", ["exec", "tsc", "-p", project, "--noEmit"])) passed += 1;
  else failed += 1;
}

// The quality gate: the strict type check and the text rules (scripts/lint.mjs).
if (run("lint", "node", ["scripts/lint.mjs"])) passed += 1;
else failed += 1;

// The formatter and linter (biome.jsonc): fails on a file not in the project's format or on a
// lint finding, and writes nothing (`pnpm format` rewrites the files).
if (run("format and lint (biome check)", "pnpm", ["exec", "biome", "check", "--error-on-warnings", "."])) passed += 1;
else failed += 1;

if (run("build CLI", "node", ["scripts/build-cli.mjs"])) passed += 1;
else failed += 1;

vitest("unit", []);

const e2eConfig = join(root, "packages/playground/vitest.e2e.config.ts");
if (existsSync(e2eConfig)) {
  if (run("build playground", "pnpm", ["--filter", "@goodhart/playground", "build"])) {
    passed += 1;
    vitest("e2e", ["-c", "vitest.e2e.config.ts"], join(root, "packages/playground"));
  } else {
    failed += 1;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
