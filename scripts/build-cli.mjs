// Bundles the CLI (and the language server it serves) into one file, so `pnpm goodhart`
// starts fast and needs no TypeScript loader at run time. The bundle is an executable (a
// shebang and the execute bit), so the package's `bin` puts a working `goodhart` on PATH.
import { bundleNode } from "./bundle-node.mjs";
import { chmodSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entries = {
  goodhart: join(root, "packages/cli/src/main.ts"),
  "simulate-worker": join(root, "packages/simulator/src/node-worker.ts"),
  "run-worker": join(root, "packages/simulator/src/replicates/run-worker.ts"),
};
const entryPoints = Object.fromEntries(Object.entries(entries).filter(([, p]) => existsSync(p)));
// The shebang makes the file runnable as `goodhart`.
await bundleNode({ entryPoints, outdir: join(root, "packages/cli/dist"), executable: true });
chmodSync(join(root, "packages/cli/dist/goodhart.mjs"), 0o755);
