// Bundles the CLI (and the language server it serves) into one file, so `pnpm goodhart`
// starts fast and needs no TypeScript loader at run time.
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entries = {
  goodhart: join(root, "packages/cli/src/main.ts"),
  "simulate-worker": join(root, "packages/simulator/src/node-worker.ts"),
};
const entryPoints = Object.fromEntries(Object.entries(entries).filter(([, p]) => existsSync(p)));
await build({
  entryPoints,
  outdir: join(root, "packages/cli/dist"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: false,
  logLevel: "warning",
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __goodhartRequire } from 'node:module'; const require = __goodhartRequire(import.meta.url);" },
});
