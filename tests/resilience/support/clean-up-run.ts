/** `tsx clean-up-run.ts <run dir>`: what scripts/run-resilience.mjs calls on its way out. */
import { cleanUpRun } from "./run-registry";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: clean-up-run.ts <run dir>");
  process.exit(2);
}
const ended = cleanUpRun(dir);
if (ended.length > 0) console.warn(`[resilience] ended what was left running: ${ended.join(", ")}`);
