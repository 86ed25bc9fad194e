/**
 * The test process's own connection to a suite's database, through the product's
 * db/client.ts (same driver, same migrations as the servers). db/client keeps one
 * connection per process, so a suite points it at one database only.
 */
import { closeDb, getDb, type Db } from "@/db/client";
import { prepareE2eFixtures } from "@/e2e/fixtures/prepare";
import { E2E_PASSWORD } from "@/e2e/fixtures/accounts";
import { seedDemo } from "@/lib/seed/seed-demo";

/** Connects this process to `url` (migrating it if needed). */
export async function connectToDatabase(url: string): Promise<Db> {
  if (process.env.DATABASE_URL !== url) {
    await closeDb();
    process.env.DATABASE_URL = url;
  }
  return getDb();
}

/** Migrates `url`, loads the demo newsroom with the e2e password and the e2e fixture accounts. */
export async function seedDemoDatabase(url: string): Promise<Db> {
  process.env.FACTDESK_DEMO_PASSWORD = E2E_PASSWORD;
  const db = await connectToDatabase(url);
  await seedDemo(db);
  await prepareE2eFixtures(db);
  return db;
}

export { closeDb };
