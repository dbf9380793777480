import { defineConfig } from "vitest/config";

// Unit and property tests of every package. Browser end-to-end tests have their own config
// (packages/playground/vitest.e2e.config.ts) because they need a built app and Chromium.
const INCLUDE = [
  "packages/*/src/**/*.test.ts",
  "packages/*/test/**/*.test.ts",
  "examples/**/*.test.ts",
  "docs/**/*.test.ts",
  "lessons/**/*.test.ts",
];
const EXCLUDE = ["**/node_modules/**", "**/dist/**", "**/*.e2e.test.ts"];

// Files that share process-wide state with the code under test, so each gets a fresh module
// graph: the simulator's worker pool keeps idle workers in a module-level map between batches,
// and these tests lease, cancel and break its workers.
const ISOLATED = [
  "packages/simulator/src/replicates/pool-node.test.ts",
  "packages/simulator/test/parallel.test.ts",
  "packages/simulator/test/replicates.test.ts",
];

export default defineConfig({
  test: {
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      {
        // The rest mock nothing, stub no global or environment variable and keep no state
        // between calls beyond caches keyed by their input, so one module graph per worker
        // serves them all: no test file pays again for loading the dsl, Chevrotain and zod.
        extends: true,
        test: { name: "shared", include: INCLUDE, exclude: [...EXCLUDE, ...ISOLATED], isolate: false },
      },
      { extends: true, test: { name: "isolated", include: ISOLATED, exclude: EXCLUDE, isolate: true } },
    ],
  },
});
