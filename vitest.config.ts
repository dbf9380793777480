import { defineConfig } from "vitest/config";

// Unit and property tests of every package. Browser end-to-end tests have their own config
// (packages/playground/vitest.e2e.config.ts) because they need a built app and Chromium.
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "examples/**/*.test.ts", "docs/**/*.test.ts", "lessons/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**", "**/*.e2e.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
