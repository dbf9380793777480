// Bundles the extension client and the language server into dist/, so the .vsix needs no
// node_modules: VS Code loads dist/extension.js, which starts dist/server.js over stdio.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const common = { bundle: true, platform: "node", format: "cjs", target: "node20", sourcemap: false, logLevel: "warning" };
await build({ ...common, entryPoints: [join(pkg, "src/extension.ts")], outfile: join(pkg, "dist/extension.js"), external: ["vscode"] });
await build({ ...common, entryPoints: [fileURLToPath(import.meta.resolve("@goodhart/language-server/bin"))], outfile: join(pkg, "dist/server.js") });
