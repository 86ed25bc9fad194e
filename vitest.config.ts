import { defineConfig } from "vitest/config";
import path from "node:path";

const alias = { "@": path.resolve(__dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/integration-global.ts"],
          setupFiles: ["tests/setup/integration-env.ts"],
          // One database for the run: files take turns (PGlite also allows one process at a time).
          fileParallelism: false,
          pool: "forks",
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Real servers on a production build, throwaway PostgreSQL clusters: run through
        // `npm run test:resilience` (scripts/run-resilience.mjs), which builds first.
        resolve: { alias },
        test: {
          name: "resilience",
          include: ["tests/resilience/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/resilience/support/global-setup.ts"],
          // Suites start servers and clusters of their own: one at a time on 2 cores.
          fileParallelism: false,
          pool: "forks",
          testTimeout: 240_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
