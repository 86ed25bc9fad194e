/**
 * Gives the integration run its own database: a fresh PostgreSQL database next to
 * DATABASE_URL's (dropped afterwards), or a fresh embedded data directory.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createScratchDatabase, dropScratchDatabase } from "../../scripts/lib/scratch-database";

export default async function setup(project: TestProject) {
  const baseUrl = process.env.DATABASE_URL;
  if (baseUrl) {
    const url = await createScratchDatabase(baseUrl, "factdesk_it");
    project.provide("databaseUrl", url);
    project.provide("pgliteDir", "");
    return async () => dropScratchDatabase(baseUrl, url);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-it-"));
  project.provide("databaseUrl", "");
  project.provide("pgliteDir", path.join(dir, "pglite"));
  return async () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    pgliteDir: string;
  }
}
