/**
 * The model the simulator's speed is compared against: the rule language and the simulator as
 * they stood before the behavioural model was rebuilt (the issue "A simulation a trainer can
 * trust" asks for both speed goals to be measured against that model in the same run). They
 * are taken from the repository's own history with `git archive`, bundled beside the current
 * ones, and run alternately with them, so the ratio does not move with the machine's load.
 * Nothing is fetched: a checkout without that commit (a shallow clone) gets a sentence saying
 * so and how to get it, and the benchmark goes on without the comparison.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleNode } from "../../../scripts/bundle-node.mjs";

/** The last commit of the first model (7d68b19, "tidy: drop two unused imports"). */
export const BASELINE_COMMIT = "7d68b198b8d802ea96a233fe9cae79f718daa3be";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");

/** What a run of the earlier model needs: the same calls the benchmark makes of the current one. */
export interface BaselineModel {
  simulate: (scheme: string, params: { staff: number; periods: number }) => { summary: { gamingRate: number | null } };
  simulateParallel: (
    scheme: string,
    params: { staff: number; periods: number },
    opts: { workers: number; workerUrl: URL },
  ) => Promise<{ summary: { gamingRate: number | null } }>;
  /** The earlier model's worker-thread entry, bundled. */
  workerUrl: URL;
}

export type Baseline = { ok: true; model: BaselineModel } | { ok: false; why: string };

function git(args: string[]): { ok: boolean; err: string } {
  const r = spawnSync("git", ["-C", root, ...args], { encoding: "utf8" });
  return { ok: r.status === 0, err: (r.stderr ?? "").trim() || (r.error?.message ?? "") };
}

/** Does this checkout hold the earlier model's commit? */
export function hasBaselineCommit(): boolean {
  return git(["cat-file", "-e", `${BASELINE_COMMIT}^{commit}`]).ok;
}

/** Extracts, bundles and loads the earlier model under `dir` (a fresh temporary folder). */
export async function loadBaseline(dir: string): Promise<Baseline> {
  if (!hasBaselineCommit()) {
    return {
      ok: false,
      why: `the earlier model (commit ${BASELINE_COMMIT.slice(0, 7)}) is not in this checkout (a shallow clone?): run \`git fetch --unshallow\` to compare against it`,
    };
  }
  const tar = join(dir, "baseline.tar");
  const src = join(dir, "baseline");
  mkdirSync(src, { recursive: true });
  const archived = git(["archive", "--format=tar", "-o", tar, BASELINE_COMMIT, "--", "packages/dsl/src", "packages/simulator/src"]);
  if (!archived.ok) return { ok: false, why: `git archive of the earlier model failed: ${archived.err}` };
  const untar = spawnSync("tar", ["-x", "-f", tar, "-C", src], { encoding: "utf8" });
  if (untar.status !== 0) return { ok: false, why: `unpacking the earlier model failed: ${(untar.stderr ?? "").trim()}` };
  const entry = join(src, "entry.ts");
  writeFileSync(
    entry,
    'export { simulate } from "./packages/simulator/src/index.ts";\nexport { simulateParallel } from "./packages/simulator/src/parallel-node.ts";\n',
  );
  // Its own DSL, and its dependencies (chevrotain, zod) from the current packages' folders.
  const resolve = {
    alias: { "@goodhart/dsl": join(src, "packages/dsl/src/index.ts") },
    nodePaths: [join(root, "packages/dsl/node_modules"), join(root, "packages/simulator/node_modules")],
  };
  const modelFile = join(dir, "baseline-model.mjs");
  const workerFile = join(dir, "baseline-worker.mjs");
  await bundleNode({ entryPoints: [entry], outfile: modelFile, ...resolve });
  await bundleNode({ entryPoints: [join(src, "packages/simulator/src/node-worker.ts")], outfile: workerFile, ...resolve });
  const loaded = (await import(pathToFileURL(modelFile).href)) as Omit<BaselineModel, "workerUrl">;
  return {
    ok: true,
    model: { simulate: loaded.simulate, simulateParallel: loaded.simulateParallel, workerUrl: pathToFileURL(workerFile) },
  };
}
