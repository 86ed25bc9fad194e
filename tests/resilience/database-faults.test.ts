/**
 * Database faults, on a throwaway PostgreSQL cluster that this suite starts and
 * stops itself (never the machine's shared server).
 *
 * While readers keep loading public pages, the database is stopped: cached pages
 * keep being served (200, same content) and /api/health says 503 "down"; then it is
 * started again and every server recovers by itself, without a restart: health 200,
 * fresh reads, and a change made after the outage reaches the pages through the
 * (re-established) LISTEN/NOTIFY invalidation. A server started while the database
 * is down comes up anyway and migrates as soon as the database is back.
 *
 * Two servers read the same database:
 * - `shortTtl` keeps cache entries fresh for 1.5 s only, so during the outage its
 *   readers go through the "database failed, serve the stale copy" path;
 * - `longTtl` keeps the default 5 minutes, so after the outage only an invalidation
 *   received over LISTEN can show it the change (a TTL cannot).
 *
 * Admin saves during an outage: an editor signed in before it saves through the
 * editor's server action (real HTTP) while the database is stopped; the action
 * answers a clear failure (the form stays, no error page) and after recovery the
 * entry has no extra revision (entries.version = stored revisions, no orphan
 * sources), and the same save then goes through.
 *
 * EXTENSION POINT: run those saves during the reader load of the first test (its
 * `down` phase), from several editors at once.
 */
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { publishedSummary, republishWithChanges } from "./support/content";
import { getPage, pollUntil } from "./support/http";
import { NextServer } from "./support/next-server";
import { mainContent, ReaderCrowd } from "./support/readers";
import { startSite, type Site } from "./support/site";
import { E2E_PASSWORD } from "@/e2e/fixtures/accounts";
import { signInOverHttp } from "./support/auth-http";
import { actionId, callAction } from "./support/server-actions";
import { as, entryFields, loadNewsroom, ok } from "./support/workflow";
import { createEntry } from "@/lib/workflow/commands";

/** Reads each server must have answered while the database was down. */
const READS_WHILE_DOWN = 30;
/** How long the database stays down: past postgres.js's own LISTEN reconnection attempts (a 12 s outage lost the subscription for good before the fix). */
const OUTAGE_MS = 12_000;

let site: Site;
let shortTtl: NextServer;
let longTtl: NextServer;
let pages: { locale: "fr" | "en"; slug: string; path: string }[];

beforeAll(async () => {
  site = await startSite("faults", { servers: 0 });
  // Watchdog every second: the test need not wait long for a lost subscription to come back.
  shortTtl = await site.addServer({ label: "faults-short-ttl", env: { FACTDESK_CACHE_TTL_MS: "1500", FACTDESK_LISTEN_CHECK_MS: "1000" } });
  longTtl = await site.addServer({ label: "faults-long-ttl", env: { FACTDESK_LISTEN_CHECK_MS: "1000" } });
  const rows = await queryRows<{ locale: "fr" | "en"; slug: string }>(
    site.db,
    sql`select locale, slug from entries where published_revision_id is not null and unpublished_at is null order by id limit 6`,
  );
  pages = rows.map((row) => ({ ...row, path: `/${row.locale}/rumors/${row.slug}` }));
});

afterAll(async () => {
  await site?.close();
});

function describeDifference(expected: string, actual: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  return `content differs at ${i}: expected …${expected.slice(Math.max(0, i - 40), i + 80)}… got …${actual.slice(Math.max(0, i - 40), i + 80)}…`;
}

const health = async (server: NextServer) => {
  const response = await getPage(`${server.url}/api/health`);
  return { status: response.status, body: JSON.parse(response.body) as { status: string } };
};

describe("the database stops under a load of public reads, then comes back", () => {
  it("serves cached pages while it is down, reports down then up, and recovers without a restart", async () => {
    const paths = ["/fr", "/en", ...pages.map((page) => page.path)];
    const servers = [shortTtl, longTtl];
    const urls = servers.flatMap((server) => paths.map((path) => `${server.url}${path}`));

    // Warm every page on every server, and keep what readers see.
    const expected = new Map<string, string>();
    for (const url of urls) {
      const page = await getPage(url);
      expect(page.status, url).toBe(200);
      expected.set(url, mainContent(page.body)!);
    }

    const crowd = new ReaderCrowd(urls, 8);
    try {
      await new Promise((resolve) => setTimeout(resolve, 2_000));

      crowd.phase = "stopping";
      await site.cluster.stop("fast");
      for (const server of servers) {
        expect(await pollUntil(async () => (await health(server)).status === 503, 10_000), `${server.label} health should report 503`).toBe(true);
        expect((await health(server)).body.status).toBe("down");
      }
      // Long enough for the short TTL to lapse several times over and for
      // postgres.js's one reconnection attempt of the LISTEN connection to fail
      // (it retries for a few seconds only), and for enough reads on a busy machine.
      crowd.phase = "down";
      const downSince = Date.now();
      await pollUntil(
        async () => Date.now() - downSince >= OUTAGE_MS && servers.every((server) => crowd.inPhase("down").filter((r) => r.url.startsWith(server.url)).length >= READS_WHILE_DOWN),
        60_000,
        200,
      );

      crowd.phase = "starting";
      await site.cluster.start();
      for (const server of servers) {
        expect(await pollUntil(async () => (await health(server)).status === 200, 30_000, 250), `${server.label} health should come back`).toBe(true);
        expect((await health(server)).body.status).toBe("up");
      }
      crowd.phase = "after";
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    } finally {
      await crowd.stop();
    }

    for (const server of servers) expect(server.exited, `${server.label} must not have restarted or died`).toBe(false);
    // Each server was read while the database was down — on shortTtl, through the
    // "database failed, serve the stale copy" path, not just a fresh cache.
    for (const server of servers) {
      expect(crowd.inPhase("down").filter((result) => result.url.startsWith(server.url)).length, server.label).toBeGreaterThanOrEqual(READS_WHILE_DOWN);
    }
    for (const phase of ["before", "stopping", "down", "starting", "after"]) {
      const failures = crowd.inPhase(phase).filter((result) => result.status !== 200 || result.main !== expected.get(result.url));
      expect(
        failures.slice(0, 5).map((f) => `${f.status} ${f.url} ${f.error ?? (f.main === null ? "no <main>" : describeDifference(expected.get(f.url)!, f.main))}`),
        `${phase}: every cached page is served, unchanged`,
      ).toEqual([]);
    }

    // Fresh reads after recovery: changes made now reach both servers through the
    // invalidation, the long-TTL one included (it cannot be a TTL expiry). The first
    // may also be picked up by the "drop everything to stale" of a re-established
    // subscription; the second can only arrive as a NOTIFY on that new subscription.
    const target = pages[0];
    for (const round of [1, 2]) {
      const summary = `After the outage, change ${round} ${Date.now()}`;
      await republishWithChanges(site.db, target.locale, target.slug, { summary });
      expect(await publishedSummary(site.db, target.locale, target.slug)).toBe(summary);
      for (const server of servers) {
        const seen = await pollUntil(async () => (await getPage(`${server.url}${target.path}`)).body.includes(summary), 10_000, 100);
        expect(seen, `${server.label} shows change ${round} made after the outage`).toBe(true);
      }
    }
  });

  it("an invalidation subscription cut while the database refuses connections comes back by itself", async () => {
    // postgres.js re-subscribes once when its LISTEN connection drops; if that one
    // attempt is refused, the subscription is gone for good and the process never
    // hears of another change. Here the drop is made deterministic: refuse new
    // connections to the database, end the LISTEN sessions, allow connections again.
    const target = pages[1];
    const database = new URL(site.databaseUrl).pathname.slice(1);
    expect((await getPage(`${longTtl.url}${target.path}`)).status).toBe(200);
    const admin = postgres(site.cluster.url(), { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`alter database ${database} allow_connections false`);
      const ended = await admin<{ pid: number }[]>`
        select pid from pg_stat_activity
        where datname = ${database} and query ilike 'listen %' and pg_terminate_backend(pid)`;
      expect(ended.length).toBeGreaterThanOrEqual(2); // one per server
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    } finally {
      await admin.unsafe(`alter database ${database} allow_connections true`);
      await admin.end({ timeout: 5 });
    }
    for (const round of [1, 2]) {
      const summary = `After the subscription was cut, change ${round} ${Date.now()}`;
      await republishWithChanges(site.db, target.locale, target.slug, { summary });
      const seen = await pollUntil(async () => (await getPage(`${longTtl.url}${target.path}`)).body.includes(summary), 15_000, 100);
      expect(seen, `${longTtl.label} hears of change ${round}`).toBe(true);
    }
  });

  it("a server started while the database is down comes up, then migrates and serves once it is back", async () => {
    const emptyUrl = await site.cluster.createDatabase("factdesk_res_faults_empty");
    await site.cluster.stop("fast");
    let late: NextServer | null = null;
    try {
      late = await NextServer.start({ databaseUrl: emptyUrl, label: "faults-started-while-down", waitFor: "listening", timeoutMs: 60_000 });
      const whileDown = await getPage(`${late.url}/api/health`);
      expect(whileDown.status).toBe(503);
      expect(JSON.parse(whileDown.body).status).toBe("down");

      await site.cluster.start();
      expect(await pollUntil(async () => (await getPage(`${late!.url}/api/health`)).status === 200, 45_000, 250)).toBe(true);
      expect(late.exited).toBe(false);

      // Its background start migrated the empty database…
      const direct = postgres(emptyUrl, { max: 1, onnotice: () => {} });
      try {
        const [{ n }] = await direct<{ n: number }[]>`select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name = 'entries'`;
        expect(n).toBe(1);
      } finally {
        await direct.end({ timeout: 5 });
      }
      // …and pages that need it work.
      const home = await getPage(`${late.url}/en`);
      expect(home.status).toBe(200);
    } finally {
      await late?.stop();
      if (!site.cluster.isRunning) await site.cluster.start();
    }
  });

  it("an editor's save while the database is down answers a clear failure, writes nothing, and works after recovery", async () => {
    const team = await loadNewsroom(site.db);
    const draft = ok(await createEntry(site.db, as(team.editor), entryFields()), "draft");
    const signedIn = await signInOverHttp(longTtl.url, { email: "editor@factdesk.example", password: E2E_PASSWORD, ip: "198.51.100.70" });
    expect(signedIn.code).toBeNull();
    const save = actionId("app/admin/entries/actions.ts", "saveEntryAction");
    const pagePath = `/admin/entries/${draft.entryId}`;
    const input = (claim: string) => [{ entryId: draft.entryId, version: 1, fields: entryFields({ claim }) }];
    const stored = async () => {
      const [row] = await queryRows<{ version: number; revisions: number; orphans: number }>(
        site.db,
        sql`select e.version, (select count(*)::int from entry_revisions r where r.entry_id = e.id) as revisions,
                   (select count(*)::int from revision_sources s where not exists (select 1 from entry_revisions r where r.id = s.revision_id)) as orphans
            from entries e where e.id = ${draft.entryId}`,
      );
      return { version: Number(row.version), revisions: Number(row.revisions), orphans: Number(row.orphans) };
    };
    expect(await stored()).toEqual({ version: 1, revisions: 1, orphans: 0 });

    await site.cluster.stop("fast");
    try {
      for (let i = 0; i < 3; i++) {
        const during = await callAction(longTtl.url, pagePath, save, input(`Saved during the outage ${i} ${Date.now()}`), signedIn.cookies);
        expect(during.status, during.body.slice(0, 300)).toBe(200);
        expect(during.body).toContain('"code":"unavailable"');
        expect(during.body).toContain("Nothing was saved");
      }
    } finally {
      await site.cluster.start();
    }
    expect(await pollUntil(async () => (await health(longTtl)).status === 200, 30_000, 250)).toBe(true);
    expect(await stored(), "no revision was stored during the outage").toEqual({ version: 1, revisions: 1, orphans: 0 });

    const claim = `Saved after the outage ${Date.now()}`;
    const after = await callAction(longTtl.url, pagePath, save, input(claim), signedIn.cookies);
    expect(after.body, "the same save goes through once the database is back").toContain('"ok":true');
    expect(await stored()).toEqual({ version: 2, revisions: 2, orphans: 0 });
    expect(longTtl.exited).toBe(false);
  });
});
