export interface BundleOptions {
  /** Paths of the entry files, or output names mapped to them (with `outdir`). */
  entryPoints: string[] | Record<string, string>;
  /** One output file, or */
  outfile?: string;
  /** a folder of outputs named after `entryPoints`' keys, ending `.mjs` (or `.cjs`). */
  outdir?: string;
  /** `esm` (default) gets a `require` for CommonJS dependencies; `cjs` for VS Code. */
  format?: "esm" | "cjs";
  /** Starts the file with a `#!/usr/bin/env node` line. */
  executable?: boolean;
  /** Packages left out of the bundle, loaded as installed. */
  external?: string[];
  /** Package names resolved to other paths (the benchmark's earlier model, to its own copy of the DSL). */
  alias?: Record<string, string>;
  /** Folders where bare imports are also looked up (dependencies of sources outside any package). */
  nodePaths?: string[];
}

export function bundleNode(options: BundleOptions): Promise<void>;
