import { sql } from "drizzle-orm";
import { databaseKind, getDb } from "@/db/client";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 when it does not. Never cached. */
export async function GET() {
  const started = Date.now();
  try {
    const db = await getDb();
    await Promise.race([
      db.execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2_000)),
    ]);
    return Response.json(
      { status: "ok", database: { kind: databaseKind(), reachable: true, latencyMs: Date.now() - started } },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch {
    return Response.json(
      { status: "degraded", database: { kind: databaseKind(), reachable: false } },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
