import { defineConfig, devices } from "@playwright/test";
import path from "node:path";
import { E2E_PASSWORD } from "./e2e/fixtures/accounts";

const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://127.0.0.1:${port}`;

// The run's own database: a scratch PostgreSQL database beside DATABASE_URL's, or its own embedded directory.
const databaseEnv: Record<string, string> = process.env.DATABASE_URL
  ? (() => {
      const url = new URL(process.env.DATABASE_URL);
      url.pathname = `/${process.env.E2E_DATABASE_NAME || "factdesk_e2e"}`;
      return { DATABASE_URL: url.toString() };
    })()
  : { PGLITE_DIR: path.resolve(".data", "e2e-pglite") };

export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions } }],
  webServer: {
    // The build is made once by `npm test` before Playwright starts (scripts/run-tests.mjs).
    command: `npx tsx scripts/e2e-prepare.ts && exec npx next start -H 127.0.0.1 -p ${port}`,
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      ...databaseEnv,
      AUTH_SECRET: process.env.AUTH_SECRET || "e2e-secret-not-for-production-0123456789abcdef",
      FACTDESK_DEMO_PASSWORD: E2E_PASSWORD,
      FACTDESK_SEED_DEMO: "0",
      SITE_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      FACTDESK_SCHEDULER_INTERVAL_MS: "1000",
    },
  },
});
