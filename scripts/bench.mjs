// `pnpm bench` (`pnpm bench -- --quick` skips the 2,500,000-staff simulation, `--no-browser` the
// playground's Chromium figures): bundles the
// benchmark report (packages/bench) with esbuild and runs it with plain node. Bundling
// matters: a TypeScript loader such as tsx wraps every closure in a `__name` helper, which
// made the parser look ten times slower than it is.
// The bundle is written inside packages/bench (git-ignored .bench-out/) because the engines
// compared against are external to it and installed only in packages/bench/node_modules:
// Node resolves them from the bundle's own directory upwards.
import { bundleNode } from "./bundle-node.mjs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "packages/bench");
const outfile = join(pkg, ".bench-out/bench.mjs");
await bundleNode({
  entryPoints: [join(pkg, "src/main.ts")],
  outfile,
  // Native or CommonJS packages, loaded as installed; esbuild is used at run time to bundle
  // the simulator's worker.
  external: ["@gorules/zen-engine", "json-rules-engine", "feelin", "esbuild"],
});
// `pnpm bench -- --quick` passes a literal "--" through; drop it.
const args = process.argv.slice(2).filter((a) => a !== "--");
const r = spawnSync(process.execPath, ["--expose-gc", outfile, ...args], { stdio: "inherit", cwd: pkg });
if (r.status !== 0) process.exit(r.status ?? 1);
// The playground's figures (bundle size, first load, keystroke → diagnostics and → charts) are
// measured in Chromium by the playground's own benchmark; `--no-browser` leaves them out.
if (!args.includes("--no-browser")) {
  console.log("\n## Playground (Chromium)\n");
  const p = spawnSync("pnpm", ["--silent", "--filter", "@goodhart/playground", "bench"], {
    stdio: ["ignore", "pipe", "inherit"],
    cwd: root,
    encoding: "utf8",
  });
  const lines = (p.stdout ?? "").split("\n").filter((l) => /^(bundle|first load|keystroke)/.test(l));
  for (const line of lines) console.log(`- ${line}`);
  if (p.status !== 0 || lines.length === 0) console.log("- the playground benchmark did not run (is /usr/bin/chromium installed?)");
}
