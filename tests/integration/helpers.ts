import { sql } from "drizzle-orm";
import { getDb, queryRows } from "@/db/client";
import { clearCache } from "@/lib/cache/tagged-cache";

/** Empties every table (keeps the schema), so each test file starts from nothing. */
export async function resetDatabase(): Promise<void> {
  const db = await getDb();
  const tables = await queryRows<{ tablename: string }>(
    db,
    sql`select tablename from pg_tables where schemaname = 'public'`,
  );
  if (tables.length > 0) {
    await db.execute(sql.raw(`truncate ${tables.map((t) => `"${t.tablename}"`).join(", ")} restart identity cascade`));
  }
  clearCache();
}
