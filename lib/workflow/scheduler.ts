/**
 * Scheduled publishing, with nobody visiting a page. Every server process runs
 * the same loop; each due row is claimed with FOR UPDATE SKIP LOCKED (row and
 * entry together) inside the transaction that publishes it and marks it done,
 * so a row is published by exactly one process, exactly once: another process
 * either skips the locked row or, after the commit, no longer sees it pending.
 */
import { eq, sql } from "drizzle-orm";
import { getDb, queryRows, type Db } from "@/db/client";
import { entries, scheduledPublications } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { announcePublicChange } from "./public-change";
import { lockEntry, workflowFacts } from "./entry-store";
import { WorkflowError } from "./errors";
import { publishWorkingRevision } from "./publishing";
import { nextSnapshot } from "./state-machine";

export interface SchedulerRun {
  published: { scheduleId: number; entryId: number }[];
  failed: { scheduleId: number; entryId: number; error: string }[];
}

type Claimed = { id: number; entry_id: number; revision_id: number; created_by: number | null };

type Outcome =
  | { kind: "published"; scheduleId: number; entryId: number; tags: string[] }
  | { kind: "failed"; scheduleId: number; entryId: number; error: string };

/** Why a claimed row cannot be published any more (the entry moved on), or null when it can. */
function staleReason(entry: Awaited<ReturnType<typeof lockEntry>>, row: Claimed): string | null {
  if (!entry) return "The entry no longer exists.";
  if (entry.workingRevisionId !== row.revision_id) return "The entry was edited after it was scheduled.";
  if (entry.state !== "scheduled" || !nextSnapshot(workflowFacts(entry), "publish")) return `The entry is ${entry.state}, not scheduled.`;
  const revision = entry.revision;
  if (!revision?.approvedBy || revision.approvedBy === revision.authorId || revision.approvedBy === revision.submittedBy) {
    return "The revision has no valid approval.";
  }
  if (revision.sourceCount < 1) return "The revision has no source.";
  return null;
}

/** Claims and publishes one due row in its own transaction; null when nothing is due (or all due rows are taken). */
async function publishOneDue(db: Db, now: Date): Promise<Outcome | null> {
  return db.transaction(async (tx) => {
    const [row] = await queryRows<Claimed>(
      tx,
      // Locking the entry too (skipped if busy) means a concurrent "publish now"
      // or "unpublish" on the same entry never deadlocks with the scheduler.
      sql`select s.id, s.entry_id, s.revision_id, s.created_by
          from scheduled_publications s join entries e on e.id = s.entry_id
          where s.status = 'pending' and s.publish_at <= ${now.toISOString()}::timestamptz
          order by s.publish_at, s.id
          limit 1
          for update of s, e skip locked`,
    );
    if (!row) return null;
    const entry = await lockEntry(tx, row.entry_id);
    const reason = staleReason(entry, row);
    const fail = async (error: string): Promise<Outcome> => {
      await tx.update(scheduledPublications).set({ status: "failed", doneAt: now, error }).where(eq(scheduledPublications.id, row.id));
      // Back to the editors: the entry is no longer waiting for a publication that will not happen.
      if (entry?.state === "scheduled") await tx.update(entries).set({ state: "approved", updatedAt: now }).where(eq(entries.id, entry.id));
      await recordAudit(tx, {
        actorId: row.created_by,
        action: "entry.schedule_failed",
        target: { type: "entry", id: row.entry_id },
        details: { scheduleId: row.id, error },
      });
      return { kind: "failed", scheduleId: row.id, entryId: row.entry_id, error };
    };
    if (reason || !entry) return fail(reason ?? "The entry no longer exists.");
    let outcome;
    try {
      outcome = await publishWorkingRevision(tx, entry, { actorId: row.created_by, at: now, via: "scheduler" });
    } catch (error) {
      // Only domain refusals (checked before any write) are recorded as a failed schedule.
      if (error instanceof WorkflowError) return fail(error.message);
      throw error;
    }
    await tx.update(scheduledPublications).set({ status: "done", doneAt: now }).where(eq(scheduledPublications.id, row.id));
    return { kind: "published", scheduleId: row.id, entryId: row.entry_id, tags: outcome.tags };
  });
}

/** Publishes every due scheduled entry (at most `limit` per run). */
export async function runDueSchedules(db: Db, options: { now?: Date; limit?: number } = {}): Promise<SchedulerRun> {
  const run: SchedulerRun = { published: [], failed: [] };
  const limit = options.limit ?? 100;
  for (let i = 0; i < limit; i++) {
    const outcome = await publishOneDue(db, options.now ?? new Date());
    if (!outcome) break;
    if (outcome.kind === "published") {
      run.published.push({ scheduleId: outcome.scheduleId, entryId: outcome.entryId });
      await announcePublicChange(outcome.tags).catch((error) => console.error("[scheduler] cache invalidation failed", error));
    } else {
      run.failed.push({ scheduleId: outcome.scheduleId, entryId: outcome.entryId, error: outcome.error });
      console.warn(`[scheduler] schedule ${outcome.scheduleId} of entry ${outcome.entryId} not published: ${outcome.error}`);
    }
  }
  return run;
}

const DEFAULT_INTERVAL_MS = 5_000;
const globalStore = globalThis as unknown as { __factdeskScheduler?: { stop: () => void } };

export function schedulerIntervalMs(): number | null {
  const raw = process.env.FACTDESK_SCHEDULER_INTERVAL_MS;
  if (raw === undefined || raw.trim() === "") return DEFAULT_INTERVAL_MS;
  const value = Number(raw);
  if (value === 0 || raw.trim() === "off") return null;
  return Number.isFinite(value) && value >= 100 ? value : DEFAULT_INTERVAL_MS;
}

/** Starts this process's scheduler loop (once per process). FACTDESK_SCHEDULER_INTERVAL_MS=0 turns it off. */
export function startScheduler(): void {
  if (globalStore.__factdeskScheduler) return;
  const interval = schedulerIntervalMs();
  if (interval === null) return;
  let running = false;
  const tick = async () => {
    if (running) return; // a slow run is never overlapped by the next tick
    running = true;
    try {
      await runDueSchedules(await getDb());
    } catch (error) {
      console.error("[scheduler] run failed; retrying at the next tick", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, interval);
  timer.unref();
  globalStore.__factdeskScheduler = { stop: () => clearInterval(timer) };
}

export function stopScheduler(): void {
  globalStore.__factdeskScheduler?.stop();
  globalStore.__factdeskScheduler = undefined;
}
