/**
 * The optional read replica (DATABASE_REPLICA_URL, db/client.ts getPublicReadDb):
 * a server whose replica is a second database — a copy of the primary made
 * before the server starts, that nothing replicates into — so that every answer
 * says which database it was read from.
 *
 * - Public reads go to the replica: an entry page, a search and a feed show what
 *   only the replica holds.
 * - Sign-in, sessions and the admin go to the primary: an editor signs in (the
 *   session row exists only on the primary) and the editor page shows the
 *   primary's text.
 * - After a change to public data announced by the primary's NOTIFY, the server
 *   reads the primary for FACTDESK_REPLICA_LAG_MS (a replica that has not replayed
 *   the change must not put the old row back in the cache), then the replica again.
 * - A replica that cannot be reached is not an outage: public reads fall back to
 *   the primary.
 */
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Db } from "@/db/client";
import { E2E_PASSWORD } from "@/e2e/fixtures/accounts";
import { searchVectorSql } from "@/lib/entries/publication";
import { signInOverHttp } from "./support/auth-http";
import { publishedSummary, republishWithChanges } from "./support/content";
import { closeDb, connectToDatabase } from "./support/database";
import { getPage, pollUntil } from "./support/http";
import type { NextServer } from "./support/next-server";
import { startSite, type Site } from "./support/site";

const LAG_MS = 2_000;
const ENTRY = { locale: "en" as const, slug: "5g-antennas-spread-viruses" };

let site: Site;
let db: Db;
let replica: postgres.Sql;
let server: NextServer;

/** Changes the public text of ENTRY in the replica only, search document included. */
async function changeOnReplica(summary: string, word: string): Promise<void> {
  const [{ id, revision }] = await replica<{ id: number; revision: number }[]>`
    select id, published_revision_id as revision from entries where locale = ${ENTRY.locale} and slug = ${ENTRY.slug}`;
  await replica`update entry_revisions set summary = ${summary} where id = ${revision}`;
  const vector = searchVectorSql(ENTRY.locale, sql`r.claim`, sql`r.summary || ' ' || ${word}`, sql`r.body`);
  const { PgDialect } = await import("drizzle-orm/pg-core");
  const query = new PgDialect().sqlToQuery(sql`update entries e set search_vector = ${vector} from entry_revisions r where r.id = e.published_revision_id and e.id = ${id}`);
  await replica.unsafe(query.sql, query.params as never[]);
}

beforeAll(async () => {
  site = await startSite("replica", { servers: 0 });
  // The replica: a copy of the seeded primary (a template needs no other connection to it).
  await closeDb();
  const admin = postgres(site.cluster.url(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database factdesk_res_replica_copy template factdesk_res_replica`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  db = await connectToDatabase(site.databaseUrl);
  const replicaUrl = site.cluster.url("factdesk_res_replica_copy");
  replica = postgres(replicaUrl, { max: 2, onnotice: () => {} });
  server = await site.addServer({ env: { DATABASE_REPLICA_URL: replicaUrl, FACTDESK_REPLICA_LAG_MS: String(LAG_MS) } });
  // Subscribing to invalidations counts as a change (it may have missed some): let that hold pass.
  await new Promise((resolve) => setTimeout(resolve, LAG_MS + 500));
}, 180_000);

afterAll(async () => {
  await replica?.end({ timeout: 5 });
  await site?.close();
});

describe("a read replica", () => {
  it("serves the public pages, search and feeds, while sign-in and the admin read the primary", async () => {
    const onPrimary = await publishedSummary(db, ENTRY.locale, ENTRY.slug);
    const onReplica = `Read from the replica ${Date.now()}`;
    await changeOnReplica(onReplica, "replicaonlyword replicasecondword");

    const page = await getPage(`${server.url}/${ENTRY.locale}/rumors/${ENTRY.slug}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(onReplica);
    expect(page.body).not.toContain(onPrimary);
    const search = await getPage(`${server.url}/en/search?q=replicaonlyword`);
    expect(search.body, "search ran on the replica").toContain(`/en/rumors/${ENTRY.slug}`);
    // Control: a word in neither database does not list the entry.
    expect((await getPage(`${server.url}/en/search?q=nowhereword`)).body).not.toContain(`/en/rumors/${ENTRY.slug}`);
    const feed = await getPage(`${server.url}/en/feed.json?limit=100`);
    expect(feed.body).toContain(onReplica);

    // The session row is written and read on the primary: signing in works, and the admin shows the primary's text.
    const signedIn = await signInOverHttp(server.url, { email: "editor@factdesk.example", password: E2E_PASSWORD, ip: "198.51.100.90" });
    expect(signedIn.code).toBeNull();
    const [{ id }] = await queryRows<{ id: number }>(db, sql`select id from entries where locale = ${ENTRY.locale} and slug = ${ENTRY.slug}`);
    const editor = await getPage(`${server.url}/admin/entries/${id}`, { headers: { cookie: signedIn.cookies } });
    expect(editor.status).toBe(200);
    expect(editor.body).toContain(onPrimary);
    expect(editor.body).not.toContain(onReplica);
    expect(server.log()).not.toMatch(/Error:/);
  });

  it("after the primary announces a change, reads the primary for a while, then the replica again", async () => {
    // Published on the primary only: a replica that lags behind (here: for ever) has not got it.
    const published = `Published on the primary ${Date.now()}`;
    await republishWithChanges(db, ENTRY.locale, ENTRY.slug, { summary: published });
    expect(await pollUntil(async () => (await getPage(`${server.url}/${ENTRY.locale}/rumors/${ENTRY.slug}`)).body.includes(published), 1_000)).toBe(true);

    // Past the hold, reads that miss the cache go to the replica again (the entry page keeps the
    // primary's fresh copy in the cache until the next change).
    await new Promise((resolve) => setTimeout(resolve, LAG_MS + 500));
    const search = await getPage(`${server.url}/en/search?q=replicasecondword`);
    expect(search.body, "a new search reads the replica again").toContain(`/en/rumors/${ENTRY.slug}`);
  });

  it("that cannot be reached leaves public reads to the primary", async () => {
    const unreachable = await site.addServer({ label: "replica-down", env: { DATABASE_REPLICA_URL: "postgres://postgres@127.0.0.1:1/factdesk", FACTDESK_REPLICA_LAG_MS: "0" } });
    const summary = await publishedSummary(db, ENTRY.locale, ENTRY.slug);
    const page = await getPage(`${unreachable.url}/${ENTRY.locale}/rumors/${ENTRY.slug}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(summary);
    const search = await getPage(`${unreachable.url}/en/search?q=replicaonlyword`);
    expect(search.status).toBe(200);
    expect(search.body, "the search ran on the primary, which has not got the word").not.toContain(`/en/rumors/${ENTRY.slug}`);
  });
});
