// The one way the project bundles TypeScript for Node with esbuild: the CLI and its workers,
// the simulator's worker threads in tests and benchmarks, the language server, the bench.
// A bundle needs no TypeScript loader at run time, so a worker thread can start from it.
import { build } from "esbuild";

// Some CommonJS dependencies call require(), which an ES module lacks: give the bundle one.
const REQUIRE_SHIM =
  "import { createRequire as __goodhartRequire } from 'node:module'; const require = __goodhartRequire(import.meta.url);";

/** @param {import("./bundle-node.d.mts").BundleOptions} options */
export async function bundleNode(options) {
  const { entryPoints, outfile, outdir, format = "esm", executable = false, external, alias, nodePaths } = options;
  const banner = [executable ? "#!/usr/bin/env node" : null, format === "esm" ? REQUIRE_SHIM : null].filter((l) => l !== null).join("\n");
  await build({
    entryPoints,
    ...(outfile !== undefined ? { outfile } : {}),
    ...(outdir !== undefined ? { outdir, outExtension: { ".js": format === "esm" ? ".mjs" : ".cjs" } } : {}),
    bundle: true,
    platform: "node",
    format,
    target: "node20",
    sourcemap: false,
    logLevel: "warning",
    ...(external ? { external } : {}),
    ...(alias ? { alias } : {}),
    ...(nodePaths ? { nodePaths } : {}),
    ...(banner ? { banner: { js: banner } } : {}),
  });
}
