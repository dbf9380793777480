// `pnpm bench`: bundles the benchmark report (packages/bench) with esbuild and runs it with
// plain node. Bundling matters: a TypeScript loader such as tsx wraps every closure in a
// `__name` helper, which made the parser look ten times slower than it is.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, ".bench-out/bench.mjs");
await build({
  entryPoints: [join(root, "packages/bench/src/main.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  external: ["@gorules/zen-engine", "json-rules-engine", "feelin"],
  banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
});
const r = spawnSync(process.execPath, ["--expose-gc", outfile, ...process.argv.slice(2)], { stdio: "inherit", cwd: join(root, "packages/bench") });
process.exit(r.status ?? 1);
