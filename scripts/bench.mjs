// `pnpm bench` (`pnpm bench -- --quick` skips the 2,500,000-staff simulation): bundles the
// benchmark report (packages/bench) with esbuild and runs it with plain node. Bundling
// matters: a TypeScript loader such as tsx wraps every closure in a `__name` helper, which
// made the parser look ten times slower than it is.
// The bundle is written inside packages/bench (git-ignored .bench-out/) because the engines
// compared against are external to it and installed only in packages/bench/node_modules:
// Node resolves them from the bundle's own directory upwards.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "packages/bench");
const outfile = join(pkg, ".bench-out/bench.mjs");
await build({
  entryPoints: [join(pkg, "src/main.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  // Native or CommonJS packages, loaded as installed; esbuild is used at run time to bundle
  // the simulator's worker.
  external: ["@gorules/zen-engine", "json-rules-engine", "feelin", "esbuild"],
  banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
});
// `pnpm bench -- --quick` passes a literal "--" through; drop it.
const args = process.argv.slice(2).filter((a) => a !== "--");
const r = spawnSync(process.execPath, ["--expose-gc", outfile, ...args], { stdio: "inherit", cwd: pkg });
process.exit(r.status ?? 1);
