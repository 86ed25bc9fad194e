#!/usr/bin/env node
/**
 * npm run test:resilience — hostile input, database faults, load, several servers,
 * script injection (tests/resilience/). Builds the app once (or reuses the build
 * folder named by RESILIENCE_BUILD_DIR), then runs the resilience suites with
 * vitest, one after another. Bounded: the whole run is killed after
 * RESILIENCE_TIMEOUT_SECONDS (default 900), and every server, PostgreSQL cluster
 * and temp folder it started is ended and removed on the way out, pass or fail.
 *
 *   npm run test:resilience                       # build into .next, run everything
 *   RESILIENCE_BUILD_DIR=.next npm run test:resilience -- load   # reuse a build, one suite
 *
 * Other knobs: RESILIENCE_LOAD_SECONDS (60), RESILIENCE_FUZZ_RUNS (60 per route),
 * RESILIENCE_APP_PORT_BASE (3400), RESILIENCE_PG_PORT_BASE (55400), PG_BIN,
 * RESILIENCE_KEEP_RUN_DIR=1 (keep logs).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const timeoutSeconds = Number(process.env.RESILIENCE_TIMEOUT_SECONDS || 900);
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-resilience-"));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", RESILIENCE_RUN_DIR: runDir };
const started = Date.now();
let child = null;
let finished = false;

/** Ends what the suites registered (they normally end it themselves) and removes the run folder. */
function cleanUp() {
  if (finished) return;
  finished = true;
  if (child && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      /* gone */
    }
  }
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), path.join(root, "tests", "resilience", "support", "clean-up-run.ts"), runDir], {
    cwd: root,
    stdio: "inherit",
    env,
    timeout: 120_000,
  });
  if (result.status !== 0) console.error("[resilience] clean-up did not finish; run folder:", runDir);
}

function finish(code, message) {
  cleanUp();
  if (message) console.error(message);
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => finish(130, `[resilience] stopped by ${signal}`));
process.on("uncaughtException", (error) => finish(1, `[resilience] ${error.stack || error}`));

const overall = setTimeout(() => finish(1, `\n✗ resilience tests stopped after ${timeoutSeconds}s (RESILIENCE_TIMEOUT_SECONDS)`), timeoutSeconds * 1000);
overall.unref();

function run(name, command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    console.log(`\n=== ${name} ===`);
    const stepStart = Date.now();
    // Own process group, so that a timeout ends the step and everything under it.
    child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv }, detached: true });
    child.on("exit", (code, signal) => {
      const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
      child = null;
      if (code === 0) {
        console.log(`✓ ${name} (${seconds}s)`);
        resolve();
      } else {
        finish(code ?? 1, `\n✗ ${name} failed after ${seconds}s (${signal ?? `exit ${code}`})`);
      }
    });
  });
}

const reuse = process.env.RESILIENCE_BUILD_DIR;
if (reuse && fs.existsSync(path.join(root, reuse, "BUILD_ID"))) {
  console.log(`Reusing the production build in ${reuse}.`);
} else {
  if (reuse) console.log(`No build in ${reuse}: building it.`);
  await run("production build", "npx", ["next", "build"], reuse ? { NEXT_DIST_DIR: reuse } : {});
}
env.RESILIENCE_BUILD_DIR = reuse || ".next";

// Extra arguments filter the suites by file name, as vitest does.
await run("resilience suites", "npx", ["vitest", "run", "--project", "resilience", ...process.argv.slice(2)]);
clearTimeout(overall);
cleanUp();
console.log(`\nResilience tests passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
