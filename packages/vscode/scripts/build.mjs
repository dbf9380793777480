// Bundles the extension client and the language server into dist/, so the .vsix needs no
// node_modules: VS Code loads dist/extension.js, which starts dist/server.js over stdio.
import { bundleNode } from "../../../scripts/bundle-node.mjs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
await bundleNode({
  entryPoints: [join(pkg, "src/extension.ts")],
  outfile: join(pkg, "dist/extension.js"),
  format: "cjs",
  external: ["vscode"],
});
await bundleNode({
  entryPoints: [fileURLToPath(import.meta.resolve("@goodhart/language-server/bin"))],
  outfile: join(pkg, "dist/server.js"),
  format: "cjs",
});
