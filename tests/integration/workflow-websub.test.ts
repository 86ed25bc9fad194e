import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKind, getDb } from "@/db/client";
import { seedDemo } from "@/lib/seed/seed-demo";
import { publishNow, unpublishEntry } from "@/lib/workflow/commands";
import { localesOfTags } from "@/lib/workflow/public-change";
import { resetDatabase } from "./helpers";
import { approvedEntry, as, expectOk, loadTeam, type Team } from "./workflow-fixtures";

interface Ping {
  mode: string | null;
  url: string | null;
}

describe(`publishing pings the WebSub hub (${databaseKind()} database)`, () => {
  let team: Team;
  let hub: http.Server;
  const pings: Ping[] = [];
  const previousHub = process.env.WEBSUB_HUB_URL;

  beforeAll(async () => {
    await resetDatabase();
    await seedDemo(await getDb());
    team = await loadTeam();
    // A stand-in hub on loopback that records every ping.
    hub = http.createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        const form = new URLSearchParams(body);
        pings.push({ mode: form.get("hub.mode"), url: form.get("hub.url") });
        response.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => hub.listen(0, "127.0.0.1", resolve));
    process.env.WEBSUB_HUB_URL = `http://127.0.0.1:${(hub.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    if (previousHub === undefined) delete process.env.WEBSUB_HUB_URL;
    else process.env.WEBSUB_HUB_URL = previousHub;
    hub.closeAllConnections();
    await new Promise((resolve) => hub.close(resolve));
  });

  async function waitForPings(predicate: (all: Ping[]) => boolean): Promise<Ping[]> {
    for (let i = 0; i < 100 && !predicate(pings); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    return [...pings];
  }

  it("finds the locales a change touches from its cache tags", () => {
    expect(localesOfTags(["list:fr", "entry:fr:x", "corrections:fr", "list:en", "list:de", "topics"]).sort()).toEqual(["en", "fr"]);
    expect(localesOfTags(["entry:fr:x"])).toEqual([]);
  });

  it("pings the locale's feeds, every topic feed and the corrections feed after a publish and an unpublish", async () => {
    const db = await getDb();
    const created = await approvedEntry(team.contributor, team.editor, { locale: "fr" });
    expectOk(await publishNow(db, as(team.editor), { entryId: created.entryId, revisionId: created.revisionId }));
    const expected = ["/fr/feed.xml", "/fr/atom.xml", "/fr/feed.json", "/fr/corrections/feed.xml", "/fr/topics/health/feed.xml"];
    const pathsOf = (all: Ping[]) => all.map((p) => new URL(p.url!).pathname);
    const afterPublish = await waitForPings((all) => expected.every((path) => pathsOf(all).includes(path)));
    const urls = pathsOf(afterPublish);
    expect(afterPublish.every((p) => p.mode === "publish")).toBe(true);
    for (const path of expected) expect(urls).toContain(path);
    expect(urls.some((path) => path.startsWith("/en/"))).toBe(false);

    pings.length = 0;
    expectOk(await unpublishEntry(db, as(team.editor), { entryId: created.entryId }));
    const afterUnpublish = await waitForPings((all) => all.some((p) => p.url?.endsWith("/fr/feed.json")));
    expect(afterUnpublish.length).toBeGreaterThan(0);
  });
});
