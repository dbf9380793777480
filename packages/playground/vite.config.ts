import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  // Relative asset paths: the built app works from any static path and from file-less hosts.
  base: "./",
  plugins: [react()],
  worker: { format: "es" },
  server: {
    // The examples gallery reads ../../examples at build time.
    fs: { allow: ["../.."] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Monaco is large by nature; the warning would only repeat the bundle size we measure.
    chunkSizeWarningLimit: 6000,
    target: "es2022",
  },
});
