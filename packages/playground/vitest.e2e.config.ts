import { defineConfig } from "vitest/config";

// Browser tests share one built app and one Chromium at a time: run them one after another.
export default defineConfig({
  test: {
    environment: "node",
    include: ["e2e/**/*.e2e.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    // CI runs on two cores with the language and simulation workers competing for them: a
    // one-second default poll fails on a slow machine, not on a wrong product.
    expect: { poll: { timeout: 20_000 } },
  },
});
