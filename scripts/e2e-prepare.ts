/**
 * Gives an end-to-end run a fresh database with the demo content and known
 * passwords, before its server starts (the server must be the only process on an
 * embedded database). Called by the Playwright webServer command.
 */
import fs from "node:fs";
import { closeDb, getDb } from "@/db/client";
import { createScratchDatabase } from "./lib/scratch-database";
import { seedDemo } from "@/lib/seed/seed-demo";
import { prepareE2eFixtures } from "@/e2e/fixtures/prepare";

async function main() {
  if (process.env.DATABASE_URL) {
    const name = new URL(process.env.DATABASE_URL).pathname.slice(1);
    await createScratchDatabase(process.env.DATABASE_URL, "", name);
  } else if (process.env.PGLITE_DIR) {
    fs.rmSync(process.env.PGLITE_DIR, { recursive: true, force: true });
  }
  const db = await getDb();
  await seedDemo(db);
  await prepareE2eFixtures(db);
  await closeDb();
  console.log("[e2e] database ready");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
