/**
 * Vitest global setup of the resilience project: a run folder for temp dirs, logs
 * and the registry of started processes, and — whatever happened in the suites —
 * a teardown that ends every server and cluster still listed and removes the folder.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildDir } from "./next-server";
import { cleanUpRun } from "./run-registry";

export default function setup() {
  // Fail at once, with the fix, rather than in every suite.
  buildDir();
  const ownDir = !process.env.RESILIENCE_RUN_DIR;
  const dir = process.env.RESILIENCE_RUN_DIR || fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-resilience-"));
  process.env.RESILIENCE_RUN_DIR = dir;
  return () => {
    const ended = cleanUpRun(dir, { removeDir: ownDir });
    if (ended.length > 0) console.warn(`[resilience] ended what the suites left running: ${ended.join(", ")}`);
  };
}
