/**
 * The public lists must be read in index order, whatever the archive size: a plan
 * that sorts all live entries is invisible with 26 demo entries and costs ~100 ms a
 * query at 100,000 (see `npm run bench`). Sequential scans are disabled so that the
 * planner shows, even on a tiny database, whether an index can deliver the order.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { sql, type SQL } from "drizzle-orm";
import { databaseKind, getDb, queryRows } from "@/db/client";
import { correctionsQuery, entryListQuery, listTopics, type ListShape } from "@/lib/entries/public-queries";
import { seedDemo } from "@/lib/seed/seed-demo";
import { resetDatabase } from "./helpers";

async function planOf(query: SQL): Promise<string> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    await tx.execute(sql`set local enable_sort = off`);
    const rows = await queryRows<Record<string, string>>(tx, sql`explain ${query}`);
    return rows.map((row) => Object.values(row)[0]).join("\n");
  });
}

/** The plan's lines, without subplans (the JSON aggregates of topics sort their own few rows). */
function topLevel(plan: string): string {
  const lines = plan.split("\n");
  const subplan = lines.findIndex((line) => /SubPlan|InitPlan/.test(line));
  return (subplan === -1 ? lines : lines.slice(0, subplan)).join("\n");
}

describe(`public query plans on the ${databaseKind()} database`, () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedDemo(await getDb());
  });

  it.each([
    ["latest entries", { locale: "fr" as const }, "entries_public_list_idx"],
    ["next page (keyset cursor)", { locale: "fr" as const, cursor: { at: new Date("2026-01-01T00:00:00Z"), id: 10 } }, "entries_public_list_idx"],
    ["a verdict", { locale: "en" as const, verdict: "false" as const }, "entries_public_verdict_idx"],
    ["a topic", { locale: "en" as const, topic: "health" }, "entries_public_list_idx"],
    ["feeds (latest updates)", { locale: "en" as const, order: "updated" as const }, "entries_public_updated_idx"],
    ["feeds (latest updates, entries whole)", { locale: "en" as const, order: "updated" as const }, "entries_public_updated_idx", "full" as const],
    ["a topic's feed (entries whole)", { locale: "en" as const, topic: "health", order: "updated" as const }, "entries_public_updated_idx", "full" as const],
  ])("lists %s in index order, without sorting", async (_name, options, index, shape?: ListShape) => {
    const plan = topLevel(await planOf(entryListQuery(options, shape)));
    expect(plan).toContain(index);
    expect(plan).not.toMatch(/\bSort\b/);
  });

  it("lists corrections in index order, without sorting", async () => {
    const plan = topLevel(await planOf(correctionsQuery("fr", 50)));
    expect(plan).toContain("corrections_locale_idx");
    expect(plan).not.toMatch(/\bSort\b/);
  });

  it("counts each topic's live entries of a locale", async () => {
    const db = await getDb();
    const expected = await queryRows<{ slug: string; n: number }>(
      db,
      sql`select t.slug, count(e.id)::int as n
          from topics t
          left join revision_topics rt on rt.topic_id = t.id
          left join entries e on e.published_revision_id = rt.revision_id and e.locale = 'en' and e.unpublished_at is null
          group by t.slug`,
    );
    const topics = await listTopics("en");
    expect(Object.fromEntries(topics.map((t) => [t.slug, t.count]))).toEqual(Object.fromEntries(expected.map((e) => [e.slug, e.n])));
    expect(topics.some((t) => t.count > 0)).toBe(true);
  });

  it("finds search candidates through the GIN index only, newest first, live entries of the locale", async () => {
    const db = await getDb();
    // The function forbids sequential and plain index scans for itself (a bitmap scan
    // of the GIN index is the one plan whose cost is bounded by the matches), and
    // leaves the session's settings as they were.
    const [fn] = await queryRows<{ config: string[] }>(db, sql`select proconfig as config from pg_proc where proname = 'factdesk_search_candidates'`);
    expect(fn.config).toEqual(expect.arrayContaining(["enable_seqscan=off", "enable_indexscan=off"]));
    const expected = await queryRows<{ id: number }>(
      db,
      sql`select e.id from entries e
          where e.locale = 'en' and e.published_revision_id is not null and e.unpublished_at is null
            and e.search_vector @@ websearch_to_tsquery('factdesk_en', 'vaccine OR 5g OR water')
          order by e.first_published_at desc, e.id desc limit 3`,
    );
    const found = await queryRows<{ id: number }>(db, sql`select id from factdesk_search_candidates('en', websearch_to_tsquery('factdesk_en', 'vaccine OR 5g OR water'), 3)`);
    expect(expected.length).toBeGreaterThan(1);
    expect(found).toEqual(expected);
    const [setting] = await queryRows<{ enable_seqscan: string }>(db, sql`show enable_seqscan`);
    expect(setting.enable_seqscan).toBe("on");
  });
});
