import { afterAll, inject } from "vitest";
import { closeDb } from "@/db/client";

// Point db/client at this run's database before any test imports it.
const databaseUrl = inject("databaseUrl");
if (databaseUrl) {
  process.env.DATABASE_URL = databaseUrl;
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = inject("pgliteDir");
}
process.env.FACTDESK_CACHE = process.env.FACTDESK_CACHE ?? "on";

afterAll(async () => {
  await closeDb();
});
