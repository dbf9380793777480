import { defineConfig } from "vitest/config";

// Own config so `npx vitest run` inside this package finds its tests.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
