/**
 * Several servers behind one site: two `next start` processes on different ports
 * over one PostgreSQL database (a throwaway cluster).
 *
 * - A change to public content made by another process (here this test process,
 *   through the product's applyPublication + invalidateTags, the same path a
 *   publish takes) is served by both servers within one second: the NOTIFY of
 *   lib/cache/invalidation.ts reaches every process's in-memory cache.
 * - Two servers started at the same moment on an empty database both come up, and
 *   the migrations are applied once (advisory lock in db/client.ts).
 *
 * - The scheduler runs in both servers (FACTDESK_SCHEDULER_INTERVAL_MS=500): entries
 *   scheduled a few seconds ahead through the workflow's domain commands (new
 *   entries and corrected updates of live ones) are each published exactly once —
 *   one `entry.published` audit row by the scheduler, one `entry.corrected` and one
 *   corrections row where the answer changed, schedule `done`, state `published` —
 *   and both servers serve them.
 * - Login throttling counts across both servers: wrong-password sign-ins through
 *   the real next-auth credentials callback (csrf token + cookie), alternating
 *   between the servers for one account and one client address, are throttled
 *   after 5 in total, and the right password is then refused on both.
 * - A publish made through the workflow's domain (publishNow, the path of the
 *   admin's publish action) is served by both servers within one second.
 *
 * EXTENSION POINT: a publish made through server one's admin UI (sign in on
 * `servers[0]`, post the publish server action, poll `servers[1]`).
 */
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@/db/client";
import { E2E_PASSWORD } from "@/e2e/fixtures/accounts";
import { publishNow } from "@/lib/workflow/commands";
import { publishNewEntry, republishEntry, republishWithChanges, unpublishEntry } from "./support/content";
import { signInOverHttp } from "./support/auth-http";
import { getPage, pollUntil } from "./support/http";
import { NextServer, PROJECT_ROOT } from "./support/next-server";
import { startSite, type Site } from "./support/site";
import { approvedEntry, approvedUpdate, as, entryFields, loadNewsroom, ok, publishedEntry, schedule, type Newsroom } from "./support/workflow";

/** What the issue asks: a change made anywhere is served everywhere within one second. */
const PROPAGATION_BUDGET_MS = 1_000;

let site: Site;
beforeAll(async () => {
  // Both schedulers poll every half second, so that they compete for the same due rows.
  site = await startSite("multi", { servers: 2, serverEnv: { FACTDESK_SCHEDULER_INTERVAL_MS: "500" } });
});
afterAll(async () => {
  await site?.close();
});

/** Polls every server until `check` holds on each; returns the servers that did not get there in time. */
async function notYetEverywhere(servers: NextServer[], pathname: string, check: (status: number, body: string) => boolean): Promise<string[]> {
  const late: string[] = [];
  await Promise.all(
    servers.map(async (server) => {
      const ok = await pollUntil(
        async () => {
          const page = await getPage(`${server.url}${pathname}`);
          return check(page.status, page.body);
        },
        PROPAGATION_BUDGET_MS,
        25,
      );
      if (!ok) late.push(server.label + " " + server.url);
    }),
  );
  return late;
}

describe("two servers over one database", () => {
  it("a new revision, a new entry and an unpublication made elsewhere are served by both within one second", async () => {
    const servers = site.servers;
    const entryPath = "/en/rumors/5g-antennas-spread-viruses";
    // Both servers hold the pages in their caches (5 minutes fresh): only an invalidation can change them.
    for (const server of servers) {
      for (const pathname of [entryPath, "/en", "/fr"]) expect((await getPage(`${server.url}${pathname}`)).status).toBe(200);
    }

    for (let round = 1; round <= 3; round++) {
      const summary = `Round ${round} of the multi-server check, ${Date.now()}`;
      await republishWithChanges(site.db, "en", "5g-antennas-spread-viruses", { summary });
      expect(await notYetEverywhere(servers, entryPath, (status, body) => status === 200 && body.includes(summary)), `round ${round}`).toEqual([]);
    }

    const slug = `multi-server-entry-${Date.now()}`;
    const claim = `A claim published while two servers run ${Date.now()}`;
    await publishNewEntry(site.db, {
      locale: "fr",
      slug,
      text: { claim, summary: "Résumé.", body: "Corps.", sources: [{ url: "https://example.org/source", title: "Source" }] },
    });
    expect(await notYetEverywhere(servers, "/fr", (status, body) => status === 200 && body.includes(claim)), "new entry on the home page").toEqual([]);
    expect(await notYetEverywhere(servers, `/fr/rumors/${slug}`, (status) => status === 200), "new entry page").toEqual([]);

    await unpublishEntry(site.db, "fr", slug);
    expect(await notYetEverywhere(servers, "/fr", (status, body) => status === 200 && !body.includes(claim)), "unpublished entry leaves the home page").toEqual([]);
    // Each server had the page cached (200): each drops it and answers 410 with the notice, then caches that until…
    expect(await notYetEverywhere(servers, `/fr/rumors/${slug}`, (status, body) => status === 410 && body.includes('data-testid="withdrawn"')), "unpublished entry page").toEqual([]);
    expect(await notYetEverywhere(servers, `/fr/rumors/${slug}`, (status) => status === 410), "withdrawn page, cached").toEqual([]);
    // …the entry is republished: the cached 410 goes everywhere too.
    await republishEntry(site.db, "fr", slug);
    expect(await notYetEverywhere(servers, `/fr/rumors/${slug}`, (status, body) => status === 200 && body.includes(claim)), "republished entry page").toEqual([]);
  });

  it("two servers started together on an empty database both come up, and migrate it once", async () => {
    const journal = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "db", "migrations", "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
    const emptyUrl = await site.cluster.createDatabase("factdesk_res_multi_race");
    const racers = await Promise.all([0, 1].map((i) => NextServer.spawn({ databaseUrl: emptyUrl, label: `race-${i}` })));
    try {
      await Promise.all(racers.map((server) => server.waitUntilReady("healthy", 90_000)));
      const direct = postgres(emptyUrl, { max: 1, onnotice: () => {} });
      try {
        const applied = await direct<{ hash: string }[]>`select hash from drizzle.__drizzle_migrations`;
        expect(applied.length).toBe(journal.entries.length);
        expect(new Set(applied.map((row) => row.hash)).size).toBe(applied.length);
      } finally {
        await direct.end({ timeout: 5 });
      }
      for (const server of racers) {
        expect((await getPage(`${server.url}/fr`)).status).toBe(200);
        expect(server.log()).not.toMatch(/already exists|deadlock|Error:/i);
      }
    } finally {
      await Promise.all(racers.map((server) => server.stop()));
    }
  });
});

describe("the workflow and sign-in on two servers", () => {
  let team: Newsroom;
  beforeAll(async () => {
    team = await loadNewsroom(site.db);
  });

  it("the scheduler runs in both servers and publishes each due entry exactly once", async () => {
    const fresh = [];
    for (let i = 0; i < 4; i++) fresh.push(await approvedEntry(site.db, team.contributor, team.editor));
    // Live entries with an approved update that changes the answer: publishing it writes one correction.
    const updated = [];
    for (let i = 0; i < 2; i++) {
      const live = await publishedEntry(site.db, team);
      const [{ version }] = await queryRows<{ version: number }>(site.db, sql`select version from entries where id = ${live.entryId}`);
      const summary = `Corrected answer ${i} ${Date.now()}`;
      const saved = await approvedUpdate(site.db, team, live.entryId, Number(version), {
        ...entryFields({ claim: `Corrected claim ${i} ${Date.now()}` }),
        slugMode: "manual",
        slug: live.slug,
        verdict: "false",
        summary,
        substantive: true,
        correctionNote: "The answer changed after new evidence.",
      });
      updated.push({ entryId: live.entryId, slug: live.slug, revisionId: saved.revisionId, summary });
    }
    const due = [
      ...fresh.map((entry) => ({ entryId: entry.entryId, slug: entry.slug, revisionId: entry.revisionId, summary: null as string | null })),
      ...updated,
    ];
    const publishAt = new Date(Date.now() + 2_500);
    const scheduleIds: number[] = [];
    for (const entry of due) scheduleIds.push((await schedule(site.db, team, entry.entryId, entry.revisionId, publishAt)).scheduleId);
    const ids = sql.join(
      due.map((entry) => sql`${entry.entryId}`),
      sql`, `,
    );
    const textIds = sql.join(
      due.map((entry) => sql`${String(entry.entryId)}`),
      sql`, `,
    );

    const settled = await pollUntil(
      async () => {
        const [row] = await queryRows<{ pending: number }>(
          site.db,
          sql`select count(*)::int as pending from scheduled_publications where id in (${sql.join(
            scheduleIds.map((id) => sql`${id}`),
            sql`, `,
          )}) and status = 'pending'`,
        );
        return Number(row.pending) === 0;
      },
      30_000,
      200,
    );
    expect(settled, "every schedule was claimed").toBe(true);

    const schedules = await queryRows<{ entry_id: number; status: string; error: string | null }>(
      site.db,
      sql`select entry_id, status, error from scheduled_publications where entry_id in (${ids}) order by entry_id`,
    );
    expect(schedules.map((row) => [Number(row.entry_id), row.status, row.error])).toEqual(due.map((entry) => [entry.entryId, "done", null]).sort((a, b) => Number(a[0]) - Number(b[0])));

    const audit = await queryRows<{ target_id: string; action: string; n: number }>(
      site.db,
      sql`select target_id, action, count(*)::int as n from audit_log
          where target_type = 'entry' and target_id in (${textIds})
            and (action = 'entry.corrected' or (action = 'entry.published' and details->>'via' = 'scheduler'))
          group by target_id, action`,
    );
    const count = (entryId: number, action: string) => Number(audit.find((row) => Number(row.target_id) === entryId && row.action === action)?.n ?? 0);
    const corrections = await queryRows<{ entry_id: number; n: number }>(site.db, sql`select entry_id, count(*)::int as n from corrections where entry_id in (${ids}) group by entry_id`);
    const entryRows = await queryRows<{ id: number; state: string; published_revision_id: number | null }>(
      site.db,
      sql`select id, state, published_revision_id from entries where id in (${ids})`,
    );
    for (const entry of due) {
      const changesAnswer = entry.summary !== null;
      expect(count(entry.entryId, "entry.published"), `publications of entry ${entry.entryId}`).toBe(1);
      expect(count(entry.entryId, "entry.corrected"), `corrections recorded for entry ${entry.entryId}`).toBe(changesAnswer ? 1 : 0);
      expect(Number(corrections.find((row) => Number(row.entry_id) === entry.entryId)?.n ?? 0), `corrections of entry ${entry.entryId}`).toBe(changesAnswer ? 1 : 0);
      const row = entryRows.find((r) => Number(r.id) === entry.entryId);
      expect(row?.state).toBe("published");
      expect(Number(row?.published_revision_id)).toBe(entry.revisionId);
    }

    // Both servers serve what the schedulers published (the invalidation reached both).
    for (const entry of due) {
      expect(
        await notYetEverywhere(site.servers, `/en/rumors/${entry.slug}`, (status, body) => status === 200 && (entry.summary === null || body.includes(entry.summary))),
        `entry ${entry.slug}`,
      ).toEqual([]);
    }
    for (const server of site.servers) expect(server.log()).not.toMatch(/\[scheduler\].*(failed|not published)|deadlock/i);
  });

  it("a publish through the workflow's domain is served by both servers within one second", async () => {
    const created = await approvedEntry(site.db, team.contributor, team.editor);
    const [{ claim }] = await queryRows<{ claim: string }>(site.db, sql`select claim from entry_revisions where id = ${created.revisionId}`);
    for (const server of site.servers) {
      const home = await getPage(`${server.url}/en`);
      expect(home.status).toBe(200);
      expect(home.body).not.toContain(claim);
    }
    ok(await publishNow(site.db, as(team.editor2), { entryId: created.entryId, revisionId: created.revisionId }), "publish");
    expect(await notYetEverywhere(site.servers, "/en", (status, body) => status === 200 && body.includes(claim)), "published entry on the home page").toEqual([]);
    expect(await notYetEverywhere(site.servers, `/en/rumors/${created.slug}`, (status) => status === 200), "published entry page").toEqual([]);
  });

  it("login throttling counts failed sign-ins made on either server", async () => {
    const [first, second] = site.servers;
    const email = "lockout@factdesk.example";
    const ip = "203.0.113.99";
    // The right password works on both (and a success clears the count).
    for (const server of [first, second]) {
      const signedIn = await signInOverHttp(server.url, { email, password: E2E_PASSWORD, ip });
      expect(signedIn.code, `sign-in on ${server.label}: ${signedIn.location}`).toBeNull();
      expect(signedIn.cookies).toMatch(/session-token=/);
    }
    const attemptsBefore = await queryRows<{ n: number }>(site.db, sql`select count(*)::int as n from login_attempts where email = ${email}`);
    // Five wrong passwords, alternating between the servers: each refused as wrong, not yet throttled.
    for (let i = 0; i < 5; i++) {
      const refused = await signInOverHttp(site.servers[i % 2].url, { email, password: `wrong password ${i}`, ip });
      expect(refused.code, `attempt ${i + 1} on ${site.servers[i % 2].label}`).toBe("invalid_credentials");
    }
    // The sixth, with the right password, is refused on whichever server gets it.
    for (const server of [second, first]) {
      const throttled = await signInOverHttp(server.url, { email, password: E2E_PASSWORD, ip });
      expect(throttled.code, `right password while throttled on ${server.label}`).toBe("throttled");
      expect(throttled.cookies).not.toMatch(/session-token=/);
    }
    const [attemptsAfter] = await queryRows<{ n: number; failures: number }>(
      site.db,
      sql`select count(*)::int as n, count(*) filter (where not success)::int as failures from login_attempts where email = ${email}`,
    );
    expect(Number(attemptsAfter.n) - Number(attemptsBefore[0].n)).toBe(7);
    expect(Number(attemptsAfter.failures)).toBeGreaterThanOrEqual(7);
  });
});
