/** npm run db:seed — loads the demo newsroom into an empty database and prints the demo accounts once. */
import { closeDb, getDb } from "@/db/client";
import { formatDemoAccounts, seedDemo } from "@/lib/seed/seed-demo";

async function main() {
  const db = await getDb();
  const accounts = await seedDemo(db);
  if (accounts) console.log(formatDemoAccounts(accounts));
  else console.log("The database already has content: nothing seeded.");
  await closeDb();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
