/**
 * Contact e-mails are personal data kept for 90 days, then deleted (the tip
 * itself stays, with `contact_deleted_at` set). The same job forgets the hashed
 * client address of old tips and prunes expired rate-limit hits. It runs at
 * start and every hour on every server (lib/server/start.ts); running it twice
 * at once is harmless.
 */
import { sql } from "drizzle-orm";
import { getDb, queryRows, type Db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { pruneRateLimitHits } from "./rate-limit";

export const CONTACT_RETENTION_DAYS = 90;
const RETENTION_INTERVAL_MS = 60 * 60_000;

export interface RetentionReport {
  contactsDeleted: number;
  rateLimitHitsPruned: number;
}

export async function runTipRetention(db: Db, options: { now?: Date; days?: number } = {}): Promise<RetentionReport> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - (options.days ?? CONTACT_RETENTION_DAYS) * 86_400_000).toISOString();
  const contactsDeleted = await db.transaction(async (tx) => {
    const rows = await queryRows<{ id: number }>(
      tx,
      sql`update tips set contact_email = null, contact_deleted_at = ${now.toISOString()}::timestamptz, ip_hash = null
          where contact_email is not null and created_at < ${cutoff}::timestamptz
          returning id`,
    );
    await tx.execute(sql`update tips set ip_hash = null where ip_hash is not null and created_at < ${cutoff}::timestamptz`);
    if (rows.length > 0) {
      await recordAudit(tx, { actorId: null, action: "tip.contacts_purged", target: { type: "tips", id: "retention" }, details: { count: rows.length, olderThan: cutoff } });
    }
    return rows.length;
  });
  const rateLimitHitsPruned = await pruneRateLimitHits(db, now);
  return { contactsDeleted, rateLimitHitsPruned };
}

const globalStore = globalThis as unknown as { __factdeskTipRetention?: ReturnType<typeof setInterval> };

/** Runs the retention job now and every hour in this process (once per process). */
export function scheduleTipRetention(): void {
  if (globalStore.__factdeskTipRetention) return;
  const run = async () => {
    try {
      const report = await runTipRetention(await getDb());
      if (report.contactsDeleted > 0) console.log(`[tips] deleted ${report.contactsDeleted} contact e-mail(s) older than ${CONTACT_RETENTION_DAYS} days`);
    } catch (error) {
      console.error("[tips] retention job failed", error);
    }
  };
  globalStore.__factdeskTipRetention = setInterval(run, RETENTION_INTERVAL_MS);
  globalStore.__factdeskTipRetention.unref?.();
  void run();
}
