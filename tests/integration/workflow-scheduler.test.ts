import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray, sql } from "drizzle-orm";
import { databaseKind, getDb, queryRows, type Db } from "@/db/client";
import * as schema from "@/db/schema";
import { entries, scheduledPublications } from "@/db/schema";
import { getPublicEntry } from "@/lib/entries/public-queries";
import { seedDemo } from "@/lib/seed/seed-demo";
import { schedulePublication } from "@/lib/workflow/commands";
import { runDueSchedules } from "@/lib/workflow/scheduler";
import { resetDatabase } from "./helpers";
import { approvedEntry, as, expectOk, loadTeam, type Team } from "./workflow-fixtures";

let team: Team;
const closers: (() => Promise<void>)[] = [];

/**
 * Stand-ins for several server processes: on PostgreSQL, separate connection
 * pools (real concurrency, real row locks); the embedded database allows one
 * process, so there the claimers share it and interleave.
 */
async function claimers(count: number): Promise<Db[]> {
  const db = await getDb();
  if (databaseKind() !== "postgres") return Array.from({ length: count }, () => db);
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  return Array.from({ length: count }, () => {
    const client = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => {} });
    closers.push(() => client.end({ timeout: 5 }));
    return drizzle(client, { schema }) as unknown as Db;
  });
}

async function scheduleApproved(count: number, publishAt: Date): Promise<{ entryId: number; slug: string }[]> {
  const db = await getDb();
  const out: { entryId: number; slug: string }[] = [];
  for (let i = 0; i < count; i++) {
    const created = await approvedEntry(team.contributor, team.editor);
    expectOk(await schedulePublication(db, as(team.editor2), { entryId: created.entryId, revisionId: created.revisionId, publishAt: publishAt.toISOString() }));
    out.push({ entryId: created.entryId, slug: created.slug });
  }
  return out;
}

async function publishedAuditCount(entryIds: number[]): Promise<Map<number, number>> {
  const db = await getDb();
  const rows = await queryRows<{ target_id: string; n: number }>(
    db,
    sql`select target_id, count(*)::int as n from audit_log
        where action = 'entry.published' and target_type = 'entry' and target_id in (${sql.join(entryIds.map((id) => sql`${String(id)}`), sql`, `)})
        group by target_id`,
  );
  return new Map(rows.map((r) => [Number(r.target_id), Number(r.n)]));
}

describe(`the scheduler on the ${databaseKind()} database`, () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedDemo(await getDb());
    team = await loadTeam();
  });

  afterAll(async () => {
    await Promise.all(closers.map((close) => close()));
  });

  it("publishes a due entry with nobody visiting a page, and only once it is due", async () => {
    const db = await getDb();
    const at = new Date(Date.now() + 60 * 60_000);
    const [item] = await scheduleApproved(1, at);
    expect((await runDueSchedules(db, { now: new Date(at.getTime() - 1000) })).published).toEqual([]);
    expect((await getPublicEntry("en", item.slug)).status).toBe("not_found");

    const run = await runDueSchedules(db, { now: at });
    expect(run.published.map((p) => p.entryId)).toContain(item.entryId);
    expect((await getPublicEntry("en", item.slug)).status).toBe("found");
    const [row] = await db.select().from(entries).where(eq(entries.id, item.entryId));
    expect(row.state).toBe("published");
    expect(row.firstPublishedAt?.getTime()).toBe(at.getTime());
    const [schedule] = await db.select().from(scheduledPublications).where(eq(scheduledPublications.entryId, item.entryId));
    expect(schedule.status).toBe("done");
    expect((await runDueSchedules(db, { now: new Date(at.getTime() + 5000) })).published).toEqual([]);
  });

  it("publishes each due entry exactly once when several processes claim at the same time", async () => {
    const db = await getDb();
    const pools = await claimers(4);
    for (let round = 0; round < 3; round++) {
      const at = new Date(Date.now() + (2 + round) * 60 * 60_000);
      const items = await scheduleApproved(6, at);
      const ids = items.map((i) => i.entryId);
      const runs = await Promise.all(pools.map((pool) => runDueSchedules(pool, { now: at })));
      const publishedIds = runs.flatMap((run) => run.published.map((p) => p.entryId));
      expect(runs.flatMap((run) => run.failed)).toEqual([]);
      expect([...publishedIds].sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
      const counts = await publishedAuditCount(ids);
      for (const id of ids) expect(counts.get(id), `entry ${id} published once`).toBe(1);
      const schedules = await db.select({ status: scheduledPublications.status }).from(scheduledPublications).where(inArray(scheduledPublications.entryId, ids));
      expect(schedules.map((s) => s.status)).toEqual(ids.map(() => "done"));
      const rows = await db.select({ state: entries.state }).from(entries).where(inArray(entries.id, ids));
      expect(rows.every((r) => r.state === "published")).toBe(true);
    }
  });

  it("marks a schedule failed, without publishing, when its revision is no longer the one to publish", async () => {
    const db = await getDb();
    const at = new Date(Date.now() + 10 * 60 * 60_000);
    const [item] = await scheduleApproved(1, at);
    // Simulate a revision that lost its approval behind the scheduler's back.
    await db.execute(sql`update entry_revisions set approved_by = null where id = (select working_revision_id from entries where id = ${item.entryId})`);
    const run = await runDueSchedules(db, { now: at });
    expect(run.published).toEqual([]);
    expect(run.failed).toEqual([expect.objectContaining({ entryId: item.entryId, error: expect.stringMatching(/approval/) })]);
    const [schedule] = await db.select().from(scheduledPublications).where(eq(scheduledPublications.entryId, item.entryId));
    expect(schedule.status).toBe("failed");
    const [row] = await db.select({ state: entries.state }).from(entries).where(eq(entries.id, item.entryId));
    expect(row.state).toBe("approved");
    expect((await getPublicEntry("en", item.slug)).status).toBe("not_found");
  });
});
