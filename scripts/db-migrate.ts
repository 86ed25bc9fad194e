/** npm run db:migrate — applies the committed migrations to DATABASE_URL or the embedded database. */
import { closeDb, databaseKind, getDb } from "@/db/client";

async function main() {
  await getDb(); // connecting applies pending migrations under an advisory lock
  console.log(`Migrations applied (${databaseKind()} database).`);
  await closeDb();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
