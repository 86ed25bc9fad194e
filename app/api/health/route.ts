import { sql } from "drizzle-orm";
import { databaseKind, getDb } from "@/db/client";

export const dynamic = "force-dynamic";

const TIMEOUT_MS = 2_000;

/**
 * 200 `up` when the database answers within two seconds, 503 `down` when it does
 * not (a load balancer takes the process out of rotation; cached public pages keep
 * being served by it meanwhile). Never cached.
 */
export async function GET() {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    // Connecting (and migrating, on a process that started while the database was
    // down) counts towards the timeout too.
    await Promise.race([
      getDb().then((db) => db.execute(sql`select 1`)),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS);
      }),
    ]);
    return Response.json(
      { status: "up", database: { kind: databaseKind(), reachable: true, latencyMs: Date.now() - started } },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch {
    return Response.json(
      { status: "down", database: { kind: databaseKind(), reachable: false } },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  } finally {
    clearTimeout(timer);
  }
}
