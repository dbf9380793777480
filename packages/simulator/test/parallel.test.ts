import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleNode } from "../../../scripts/bundle-node.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { simulateParallel } from "../src/parallel-node.ts";
import { simulate } from "../src/index.ts";
import * as S from "./schemes.ts";

// Workers run the entry bundled the way the CLI build bundles it (scripts/build-cli.mjs):
// that is the path users take, and a bundled worker starts in milliseconds.
let dir = "";
let workerUrl: URL;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "goodhart-sim-"));
  const outfile = join(dir, "simulate-worker.mjs");
  await bundleNode({ entryPoints: [fileURLToPath(new URL("../src/node-worker.ts", import.meta.url))], outfile });
  workerUrl = pathToFileURL(outfile);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("worker threads", () => {
  it("give byte-identical results whatever the number of workers, and equal to one thread", async () => {
    const params = { staff: 5000, periods: 3, seed: 11 };
    const single = JSON.stringify(simulate(S.AUDITED, params));
    const one = JSON.stringify(await simulateParallel(S.AUDITED, params, { workers: 1, workerUrl }));
    const two = JSON.stringify(await simulateParallel(S.AUDITED, params, { workers: 2, workerUrl }));
    expect(one).toBe(single);
    expect(two).toBe(single);
  });

  it("also with quotas and a ratchet, split at an odd staff boundary", async () => {
    const text = S.closures(40, "30%").replace("rating good { min 70 reward 5% }", "rating good { min 70 reward 5% quota 30% }");
    const params = { staff: 4099, periods: 3, team: 7 };
    const single = JSON.stringify(simulate(text, params));
    expect(JSON.stringify(await simulateParallel(text, params, { workers: 2, workerUrl }))).toBe(single);
  });

  it("reports progress once per period", async () => {
    const seen: number[] = [];
    await simulateParallel(S.CLIFF, { staff: 3000, periods: 2 }, { workers: 2, workerUrl, onProgress: (p) => seen.push(p.period) });
    expect(seen).toEqual([1, 2]);
  });
});
