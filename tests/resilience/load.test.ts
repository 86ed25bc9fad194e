/**
 * Load: 64 concurrent readers (autocannon connections) on the public pages for
 * RESILIENCE_LOAD_SECONDS (60 by default), while another process publishes a new
 * revision of a read entry every few seconds (applyPublication + invalidateTags):
 * zero connection errors, zero timeouts, zero non-2xx answers; afterwards the
 * server is healthy and serves the last revision (no invalidation lost under load).
 * No latency is asserted (npm run bench measures performance).
 *
 * EXTENSION POINT (issue 4 merged): "4 editors saving and publishing" — run four
 * signed-in editors (support/xss-watch.ts `signIn` gives their cookies) in loops of
 * save (with the version they read) → submit → approve by another editor → publish,
 * during the same window, and count outcomes: every save is either stored (a
 * revision row exists with its number) or refused as a conflict (the clear
 * message), never lost; entries.version equals the number of stored revisions.
 */
import autocannon, { type Result } from "autocannon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishedSummary, republishWithChanges } from "./support/content";
import { getPage, pollUntil } from "./support/http";
import { startSite, type Site } from "./support/site";

const SECONDS = Number(process.env.RESILIENCE_LOAD_SECONDS || 60);
const READERS = 64;

let site: Site;
beforeAll(async () => {
  site = await startSite("load");
});
afterAll(async () => {
  await site?.close();
});

describe(`${READERS} concurrent readers for ${SECONDS} s`, () => {
  it("get every public page without a single error while entries are republished", async () => {
    const server = site.servers[0];
    const { entries } = await import("@/db/schema");
    const rows = await site.db.select({ locale: entries.locale, slug: entries.slug }).from(entries).limit(12);
    const paths = ["/fr", "/en", ...rows.map((row) => `/${row.locale}/rumors/${row.slug}`)];
    for (const path of paths) expect((await getPage(`${server.url}${path}`)).status, path).toBe(200);

    // A publisher in another process, as an editor publishing during the rush.
    const target = { locale: "en" as const, slug: "5g-antennas-spread-viruses" };
    paths.push(`/${target.locale}/rumors/${target.slug}`);
    let publishing = true;
    let lastSummary = "";
    let publications = 0;
    const publisher = (async () => {
      while (publishing) {
        lastSummary = `Republished under load #${++publications}`;
        await republishWithChanges(site.db, target.locale, target.slug, { summary: lastSummary });
        await new Promise((resolve) => setTimeout(resolve, 3_000));
      }
    })();

    let result: Result;
    try {
      result = await autocannon({
        url: server.url,
        connections: READERS,
        duration: SECONDS,
        // Seconds. Generous: on a shared 2-core machine a queued request can wait long;
        // a timeout still counts as an error.
        timeout: 60,
        requests: paths.map((path) => ({ method: "GET", path })),
        headers: { "accept-language": "fr-FR,fr;q=0.9" },
      });
    } finally {
      publishing = false;
      await publisher;
    }

    console.log(
      `[load] ${result.requests.total} requests in ${result.duration}s, ${Math.round(result.requests.average)} req/s, ` +
        `latency p50 ${result.latency.p50} ms p99 ${result.latency.p99} ms, ${publications} publications`,
    );
    expect(result.requests.total).toBeGreaterThan(READERS);
    expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, statusCodes: result.statusCodeStats }).toEqual({
      errors: 0,
      timeouts: 0,
      non2xx: 0,
      statusCodes: { "200": { count: result.requests.total } },
    });
    expect(publications).toBeGreaterThan(0);

    expect(server.exited).toBe(false);
    expect((await getPage(`${server.url}/api/health`)).status).toBe(200);
    expect(await publishedSummary(site.db, target.locale, target.slug)).toBe(lastSummary);
    expect(await pollUntil(async () => (await getPage(`${server.url}/${target.locale}/rumors/${target.slug}`)).body.includes(lastSummary), 5_000)).toBe(true);
  });
});
