/**
 * Load: 64 concurrent readers (autocannon connections) on the public pages for
 * RESILIENCE_LOAD_SECONDS (60 by default) while, in the same window,
 * - four signed-in editors work over real HTTP (next-auth sign-in, the editor
 *   page, the editor's real server actions), two per entry, in rounds: both open
 *   the editor and read the same version, both save a change with it at the same
 *   moment (a collision on purpose), the one whose save was stored submits it, the
 *   other approves and publishes it (two-person rule; the author's own approval is
 *   tried first and must be refused);
 * - another process republishes a read entry every few seconds
 *   (applyPublication + invalidateTags, as the seed's helpers do).
 *
 * Readers: zero connection errors, zero timeouts, zero non-2xx answers.
 * Editors: no answer ≥ 500; every save is either stored (its revision row exists
 * with its number and text) or refused as a conflict with the clear message (and
 * nothing of it written) — none lost; each entry's version equals its number of
 * revisions; the last published change is what readers get. Afterwards the server
 * is healthy and serves the last revision of every republished entry.
 * No latency is asserted (npm run bench measures performance).
 */
import autocannon, { type Result } from "autocannon";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { users } from "@/db/schema";
import { E2E_PASSWORD } from "@/e2e/fixtures/accounts";
import { hashPassword } from "@/lib/auth/crypto/password";
import type { EntryFieldsInput } from "@/lib/workflow/entry-input";
import { publishedSummary, republishWithChanges } from "./support/content";
import { EditorSession, type Answer } from "./support/editor-http";
import { getPage, pollUntil } from "./support/http";
import { startSite, type Site } from "./support/site";
import { entryFields, loadNewsroom, publishedEntry } from "./support/workflow";

const SECONDS = Number(process.env.RESILIENCE_LOAD_SECONDS || 60);
const READERS = 64;
const EDITORS = 4;

/** What the domain answers to a save from a stale version (lib/workflow/errors.ts RevisionConflictError). */
const CONFLICT_MESSAGE = /saved this entry since you opened it\. Nothing was overwritten/;

interface SaveRecord {
  editor: string;
  entryId: number;
  readVersion: number;
  summary: string;
  status: number;
  outcome: "stored" | "conflict" | "other";
  revisionId?: number;
  version?: number;
  detail: string;
}

interface StepRecord {
  editor: string;
  step: string;
  status: number;
  ok: boolean;
  detail: string;
}

let site: Site;
beforeAll(async () => {
  site = await startSite("load");
});
afterAll(async () => {
  await site?.close();
});

/** Four editor accounts of their own (the demo has fewer), with the e2e password. */
async function createEditors(): Promise<{ name: string; email: string }[]> {
  const hash = await hashPassword(E2E_PASSWORD);
  const made = Array.from({ length: EDITORS }, (_, i) => ({ name: `Load Editor ${i + 1}`, email: `load-editor-${i + 1}@factdesk.example` }));
  await site.db.insert(users).values(made.map((e) => ({ ...e, role: "editor" as const, passwordHash: hash })));
  return made;
}

function briefly(answer: { status: number; body: string }): string {
  return `HTTP ${answer.status}: ${answer.body.slice(0, 200)}`;
}

/**
 * Rounds on one entry by two editors until `running()` is false: the collision,
 * then the winner submits and the other approves and publishes.
 */
async function editInPairs(
  entry: { id: number; fields: EntryFieldsInput },
  pair: [EditorSession, EditorSession],
  running: () => boolean,
  log: { saves: SaveRecord[]; steps: StepRecord[]; published: Map<number, string> },
): Promise<void> {
  const step = (editor: EditorSession, name: string, answer: Answer<{ ok?: boolean; message?: string; failure?: { message: string } }>, expectOk: boolean) => {
    const ok = answer.status === 200 && answer.result?.ok === expectOk;
    log.steps.push({ editor: editor.name, step: name, status: answer.status, ok, detail: answer.result?.failure?.message ?? answer.result?.message ?? briefly(answer) });
    return ok;
  };
  for (let round = 1; running(); round++) {
    const opened = await Promise.all(pair.map((editor) => editor.openEditor(entry.id)));
    opened.forEach((page, i) => log.steps.push({ editor: pair[i].name, step: "open editor", status: page.status, ok: page.status === 200 && page.version !== null, detail: `version ${page.version}` }));
    if (opened.some((page) => page.version === null)) return;

    // Both save what they changed, from the version each read, at the same moment.
    const saves = await Promise.all(
      pair.map(async (editor, i) => {
        const summary = `${editor.name}, round ${round}, entry ${entry.id}: ${Math.random().toString(36).slice(2, 10)}`;
        const answer = await editor.save(entry.id, opened[i].version!, { ...entry.fields, summary });
        const result = answer.result;
        const record: SaveRecord = { editor: editor.name, entryId: entry.id, readVersion: opened[i].version!, summary, status: answer.status, outcome: "other", detail: briefly(answer) };
        if (answer.status === 200 && result?.ok) Object.assign(record, { outcome: "stored", revisionId: result.revisionId, version: result.version });
        else if (answer.status === 200 && result && !result.ok && result.failure.code === "conflict" && CONFLICT_MESSAGE.test(result.failure.message)) {
          Object.assign(record, { outcome: "conflict", detail: result.failure.message });
        } else if (result && !result.ok) record.detail = `${result.failure.code}: ${result.failure.message}`;
        log.saves.push(record);
        return record;
      }),
    );
    const winner = saves.findIndex((save) => save.outcome === "stored");
    // Two stored saves from one read version would be a lost update: stop and let the assertions say so.
    if (winner < 0 || saves.filter((save) => save.outcome === "stored").length > 1) return;
    const author = pair[winner];
    const reviewer = pair[1 - winner];
    const revisionId = String(saves[winner].revisionId);

    if (!step(author, "submit", await author.command(entry.id, "submit", { revisionId }), true)) return;
    // Two-person rule: the author may not approve their own revision.
    if (!step(author, "approve own revision (refused)", await author.command(entry.id, "approve", { revisionId }), false)) return;
    if (!step(reviewer, "approve", await reviewer.command(entry.id, "approve", { revisionId }), true)) return;
    if (!step(reviewer, "publish", await reviewer.command(entry.id, "publish", { revisionId }), true)) return;
    log.published.set(entry.id, saves[winner].summary);
  }
}

describe(`${READERS} concurrent readers and ${EDITORS} editors for ${SECONDS} s`, () => {
  it("readers get every public page without a single error while editors collide, save, review and publish", async () => {
    const server = site.servers[0];
    const { entries } = await import("@/db/schema");

    // The editors' entries: published through the workflow, then edited in the window.
    const team = await loadNewsroom(site.db);
    const editorEntries = await Promise.all(
      [0, 1].map(async () => {
        const fields = entryFields();
        const created = await publishedEntry(site.db, team, fields);
        return { id: created.entryId, slug: created.slug, fields: { ...fields, slugMode: "auto" as const } };
      }),
    );
    const accounts = await createEditors();
    const editors = await Promise.all(
      accounts.map((account, i) => EditorSession.signIn(server.url, { ...account, password: E2E_PASSWORD, ip: `198.51.100.${120 + i}` })),
    );

    const rows = await site.db.select({ locale: entries.locale, slug: entries.slug }).from(entries).limit(12);
    const paths = ["/fr", "/en", ...rows.map((row) => `/${row.locale}/rumors/${row.slug}`)];
    for (const path of paths) expect((await getPage(`${server.url}${path}`)).status, path).toBe(200);

    // A publisher in another process, as an editor publishing during the rush.
    const target = { locale: "en" as const, slug: "5g-antennas-spread-viruses" };
    paths.push(`/${target.locale}/rumors/${target.slug}`, ...editorEntries.map((entry) => `/en/rumors/${entry.slug}`));
    let running = true;
    let lastSummary = "";
    let publications = 0;
    const publisher = (async () => {
      while (running) {
        lastSummary = `Republished under load #${++publications}`;
        await republishWithChanges(site.db, target.locale, target.slug, { summary: lastSummary });
        await new Promise((resolve) => setTimeout(resolve, 3_000));
      }
    })();
    const log = { saves: [] as SaveRecord[], steps: [] as StepRecord[], published: new Map<number, string>() };
    const newsroom = Promise.all([
      editInPairs(editorEntries[0], [editors[0], editors[1]], () => running, log),
      editInPairs(editorEntries[1], [editors[2], editors[3]], () => running, log),
    ]);

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
      running = false;
      await publisher;
      await newsroom;
    }

    const count = (outcome: SaveRecord["outcome"]) => log.saves.filter((save) => save.outcome === outcome).length;
    console.log(
      `[load] readers: ${result.requests.total} requests in ${result.duration}s, ${Math.round(result.requests.average)} req/s, ` +
        `latency p50 ${result.latency.p50} ms p99 ${result.latency.p99} ms; ${publications} republications; ` +
        `editors: ${log.saves.length} saves (${count("stored")} stored, ${count("conflict")} conflicts), ${log.steps.filter((s) => s.step === "publish" && s.ok).length} publications`,
    );

    // Readers.
    expect(result.requests.total).toBeGreaterThan(READERS);
    expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, statusCodes: result.statusCodeStats }).toEqual({
      errors: 0,
      timeouts: 0,
      non2xx: 0,
      statusCodes: { "200": { count: result.requests.total } },
    });
    expect(publications).toBeGreaterThan(0);

    // Editors: every answer a success or the expected refusal, never a 5xx.
    expect(log.steps.filter((s) => !s.ok)).toEqual([]);
    expect(log.saves.filter((save) => save.outcome === "other")).toEqual([]);
    expect(count("stored"), "saves stored").toBeGreaterThan(1);
    expect(count("conflict"), "collisions refused as conflicts").toBeGreaterThan(1);
    expect(log.published.size, "both entries republished by the editors").toBe(2);

    // None lost: each stored save is its revision row, with its number and its text; nothing of a refused one was written.
    for (const save of log.saves) {
      const [row] = await queryRows<{ n: number; number: number | null; summary: string | null }>(
        site.db,
        sql`select count(*)::int as n, max(number) as number, max(summary) as summary from entry_revisions where entry_id = ${save.entryId} and summary = ${save.summary}`,
      );
      if (save.outcome === "stored") {
        expect({ n: Number(row.n), number: Number(row.number) }, `stored save of ${save.editor}`).toEqual({ n: 1, number: save.version });
        const [byId] = await queryRows<{ number: number }>(site.db, sql`select number from entry_revisions where id = ${save.revisionId!} and entry_id = ${save.entryId}`);
        expect(Number(byId?.number), `revision ${save.revisionId}`).toBe(save.version);
      } else {
        expect(Number(row.n), `refused save of ${save.editor} left nothing`).toBe(0);
      }
    }
    // entries.version counts the saves: one per revision, for every entry of the site.
    const drift = await queryRows<{ id: number; version: number; revisions: number }>(
      site.db,
      sql`select e.id, e.version, (select count(*)::int from entry_revisions r where r.entry_id = e.id) as revisions
          from entries e where e.version <> (select count(*) from entry_revisions r where r.entry_id = e.id)`,
    );
    expect(drift).toEqual([]);
    for (const entry of editorEntries) {
      const [row] = await queryRows<{ version: number; revisions: number }>(
        site.db,
        sql`select e.version, (select count(*)::int from entry_revisions r where r.entry_id = e.id) as revisions from entries e where e.id = ${entry.id}`,
      );
      const stored = log.saves.filter((save) => save.entryId === entry.id && save.outcome === "stored").length;
      expect({ version: Number(row.version), revisions: Number(row.revisions) }, `entry ${entry.id}`).toEqual({ version: stored + 1, revisions: stored + 1 });
    }

    // Afterwards: healthy, and every republished entry serves its last revision.
    expect(server.exited).toBe(false);
    expect((await getPage(`${server.url}/api/health`)).status).toBe(200);
    expect(await publishedSummary(site.db, target.locale, target.slug)).toBe(lastSummary);
    expect(await pollUntil(async () => (await getPage(`${server.url}/${target.locale}/rumors/${target.slug}`)).body.includes(lastSummary), 5_000)).toBe(true);
    for (const entry of editorEntries) {
      const summary = log.published.get(entry.id)!;
      expect(await publishedSummary(site.db, "en", entry.slug)).toBe(summary);
      expect(await pollUntil(async () => (await getPage(`${server.url}/en/rumors/${entry.slug}`)).body.includes(summary), 5_000), `/en/rumors/${entry.slug}`).toBe(true);
    }
  });
});
