/**
 * Access to the admin over real HTTP against a production server:
 * - every admin page, fetched anonymously, sends to the sign-in page;
 * - every admin server action (ids read from the build's
 *   server-reference-manifest.json), posted anonymously to every admin page that
 *   carries it, changes nothing in the database;
 * - a signed-in contributor posting the editor/admin-only actions (user
 *   management, topics, tip triage, approve/publish/schedule/unpublish of others'
 *   entries) changes nothing, and every editor/admin-only page answers 403 with
 *   the readable refusal (app/admin/forbidden.tsx);
 * - a server action posted with a foreign Origin by a signed-in editor (fetch
 *   action, form without JavaScript, a public page's form) is refused with 403 by
 *   proxy.ts, before Next (whose own refusal is a 500); the same request from the
 *   site's own origin, or through a load balancer's X-Forwarded-Host, works.
 *
 * Server actions are called the way the browser's fetch does it: header
 * `Next-Action: <id>`, arguments encoded as React's encodeReply does for
 * (previousState, formData): field "0" = the argument list, fields "_1_<name>" =
 * the FormData.
 */
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { E2E_PASSWORD } from "@/e2e/fixtures/accounts";
import { issueFormToken } from "@/lib/tips/form-token";
import { FORM_TOKEN_FIELD, submitTip } from "@/lib/tips/submit";
import { signInOverHttp } from "./support/auth-http";
import { actionId, callFormAction } from "./support/server-actions";
import { buildDir, PROJECT_ROOT } from "./support/next-server";
import { startSite, type Site } from "./support/site";
import { approvedEntry, loadNewsroom, publishedEntry, type Newsroom } from "./support/workflow";

interface ActionInfo {
  id: string;
  filename: string;
  name: string;
  pages: string[];
}

let site: Site;
let team: Newsroom;
let actions: ActionInfo[];
let ids: { approved: number; approvedRevision: number; live: number; liveRevision: number; tip: number; topic: number };

function readActions(): ActionInfo[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, buildDir(), "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node)
    .filter(([, info]) => info.filename.startsWith("app/admin/"))
    .map(([id, info]) => ({ id, filename: info.filename, name: info.exportedName, pages: Object.keys(info.workers).filter((w) => w.startsWith("app/admin")) }));
}

/** The URL of an admin page module (app/admin/users/[id]/page → /admin/users/<id>). */
function pageUrl(worker: string): string {
  const route = worker.replace(/^app/, "").replace(/\/page$/, "");
  if (route.startsWith("/admin/entries/[id]")) return route.replace("[id]", String(ids.approved));
  if (route.startsWith("/admin/tips/[id]")) return route.replace("[id]", String(ids.tip));
  if (route.startsWith("/admin/users/[id]")) return route.replace("[id]", String(team.editor.id));
  return route;
}

/** Every value any admin form sends, pointing at real rows, asking for the most damaging change. */
function dangerousFields(): Record<string, string> {
  return {
    entryId: String(ids.approved),
    revisionId: String(ids.approvedRevision),
    version: "1",
    tipId: String(ids.tip),
    targetReference: "T-0000",
    reason: "access test",
    userId: String(team.editor.id),
    role: "admin",
    disabled: "true",
    credential: "password",
    handle: "abcdefabcdef",
    email: "intruder@factdesk.example",
    name: "Intruder",
    topicId: String(ids.topic),
    nameFr: "Intrusion",
    nameEn: "Intrusion",
    slug: "intrusion",
    policy: "off",
    currentPassword: E2E_PASSWORD,
    newPassword: "Intruder-password-123456",
    confirmPassword: "Intruder-password-123456",
    claim: "An intruder's claim",
    summary: "x",
    body: "x",
    verdict: "false",
    locale: "en",
    slugMode: "auto",
    "sources.0.url": "https://example.org",
    "sources.0.title": "x",
  };
}

/** The bodies to try for an action: entryAction once per dangerous command. */
function bodiesFor(action: ActionInfo): Record<string, string>[] {
  const base = dangerousFields();
  if (action.name !== "entryAction") return [base];
  return [
    { ...base, command: "approve" },
    { ...base, command: "publish" },
    { ...base, command: "schedule", publishAt: new Date(Date.now() + 3_600_000).toISOString() },
    { ...base, command: "unpublish", entryId: String(ids.live), revisionId: String(ids.liveRevision) },
    { ...base, command: "request_changes", comment: "No." },
  ];
}

function postAction(baseUrl: string, pagePath: string, action: ActionInfo, fields: Record<string, string>, options: { cookies?: string; origin?: string } = {}) {
  return callFormAction(baseUrl, pagePath, action.id, fields, options);
}

/** Row count and checksum of every table that a refused request must leave alone. */
async function snapshot(ignore: string[] = []): Promise<Record<string, string>> {
  const tables = (
    await queryRows<{ name: string }>(site.db, sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`)
  ).filter(({ name }) => !ignore.includes(name));
  const union = tables.map(({ name }) => `select '${name}' as t, count(*)::text || ':' || md5(coalesce(string_agg(md5(x::text), '' order by md5(x::text)), '')) as h from "${name}" x`).join(" union all ");
  const rows = await queryRows<{ t: string; h: string }>(site.db, sql.raw(union));
  return Object.fromEntries(rows.map((row) => [row.t, row.h]));
}

function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after).filter((table) => after[table] !== before[table]);
}

beforeAll(async () => {
  site = await startSite("access");
  team = await loadNewsroom(site.db);
  actions = readActions();
  const approved = await approvedEntry(site.db, team.contributor, team.editor);
  const live = await publishedEntry(site.db, team);
  const secret = "access-test-secret";
  const tip = await submitTip(
    site.db,
    { entry: "", claim: "A rumor for the access test", seenUrl: "https://example.org/x", seenDescription: "", email: "reader@example.org", [FORM_TOKEN_FIELD]: issueFormToken(secret, new Date(Date.now() - 60_000)) },
    { locale: "en", ip: "198.51.100.201", secret },
  );
  if (!tip.ok || tip.tipId === null) throw new Error("tip not stored");
  const [topic] = await queryRows<{ id: number }>(site.db, sql`select id from topics order by id limit 1`);
  ids = { approved: approved.entryId, approvedRevision: approved.revisionId, live: live.entryId, liveRevision: live.revisionId, tip: tip.tipId, topic: Number(topic.id) };
}, 180_000);

afterAll(async () => {
  await site?.close();
});

describe("the admin refuses anonymous visitors", () => {
  it("the build has the admin's server actions", () => {
    expect(actions.length).toBeGreaterThan(20);
    for (const name of ["entryAction", "saveEntryAction", "createUserAction", "changeRoleAction", "createTopicAction", "dismissTipAction"]) {
      expect(actions.map((a) => a.name)).toContain(name);
    }
  });

  it("every admin page sends an anonymous visitor to the sign-in page", async () => {
    const server = site.servers[0];
    const pages = [...new Set(actions.flatMap((a) => a.pages))].map(pageUrl);
    expect(pages.length).toBeGreaterThan(10);
    for (const pagePath of pages) {
      const response = await fetch(`${server.url}${pagePath}`, { redirect: "manual" });
      await response.body?.cancel();
      expect([302, 303, 307, 308], pagePath).toContain(response.status);
      expect(response.headers.get("location") ?? "", pagePath).toMatch(/\/login/);
    }
  });

  it("every admin server action posted anonymously to every page that carries it changes nothing", async () => {
    const server = site.servers[0];
    const before = await snapshot();
    let calls = 0;
    for (const action of actions) {
      for (const page of action.pages) {
        for (const fields of bodiesFor(action)) {
          const response = await postAction(server.url, pageUrl(page), action, fields);
          calls++;
          expect(response.status, `${action.name} on ${page}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
        }
      }
    }
    expect(calls).toBeGreaterThan(40);
    expect(changedTables(before, await snapshot())).toEqual([]);
    expect(server.log()).not.toMatch(/Error:/);
  });
});

describe("a contributor cannot use the editors' and admins' powers", () => {
  let cookies: string;
  beforeAll(async () => {
    const signedIn = await signInOverHttp(site.servers[0].url, { email: "contributor@factdesk.example", password: E2E_PASSWORD, ip: "198.51.100.60" });
    expect(signedIn.code).toBeNull();
    cookies = signedIn.cookies;
    const admin = await fetch(`${site.servers[0].url}/admin`, { headers: { cookie: cookies }, redirect: "manual" });
    await admin.body?.cancel();
    expect(admin.status, "the contributor's session reaches the admin").toBe(200);
  });

  it("the editor/admin-only pages answer 403 with the readable refusal, never the data", async () => {
    const pages = ["/admin/users", `/admin/users/${team.editor.id}`, "/admin/users/new", "/admin/audit", "/admin/tips", `/admin/tips/${ids.tip}`, "/admin/topics"];
    // Every page of the build that needs more than a contributor's role is in the list.
    const builtPages = [...new Set(actions.flatMap((a) => a.pages))].map(pageUrl);
    for (const page of builtPages.filter((p) => /^\/admin\/(users|audit|tips|topics)(\/|$)/.test(p))) expect(pages, page).toContain(page);
    for (const pagePath of pages) {
      const response = await fetch(`${site.servers[0].url}${pagePath}`, { headers: { cookie: cookies }, redirect: "manual" });
      const body = await response.text();
      expect(response.status, pagePath).toBe(403);
      expect(body, `${pagePath} says why`).toContain("Your role does not give access to this page");
      for (const secret of ["reader@example.org", "A rumor for the access test", "editor2@factdesk.example", "auth.sign_in", 'name="nameFr"']) {
        expect(body, `${pagePath} shows ${secret}`).not.toContain(secret);
      }
    }
  });

  it("editor/admin-only actions posted by a contributor change nothing", async () => {
    const server = site.servers[0];
    const forbidden = actions.filter((a) => /^app\/admin\/(users|topics|tips)\//.test(a.filename) || a.name === "entryAction");
    expect(forbidden.length).toBeGreaterThan(15);
    // The contributor's own session row is touched by every request (last seen); nothing else may change.
    const ignore = ["sessions"];
    const before = await snapshot(ignore);
    for (const action of forbidden) {
      for (const fields of bodiesFor(action)) {
        const response = await postAction(server.url, pageUrl(action.pages[0]), action, fields, { cookies });
        expect(response.status, `${action.name}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
      }
    }
    const changed = changedTables(before, await snapshot(ignore));
    if (changed.includes("audit_log")) {
      // Only refusals may be recorded, never a change.
      const rows = await queryRows<{ action: string }>(site.db, sql`select distinct action from audit_log where actor_id = ${team.contributor.id} and action not like 'auth.%'`);
      expect(rows.map((r) => r.action).filter((a) => !/denied|refused|forbidden/.test(a))).toEqual([]);
    }
    expect(changed.filter((t) => t !== "audit_log")).toEqual([]);

    // Control: the same session and encoding do reach the domain when the contributor may act (a comment).
    const entryAction = actions.find((a) => a.name === "entryAction")!;
    const body = `Contributor comment ${Date.now()}`;
    const allowed = await postAction(server.url, pageUrl(entryAction.pages[0]), entryAction, { command: "comment", entryId: String(ids.live), body }, { cookies });
    expect(allowed.status, allowed.body.slice(0, 300)).toBeLessThan(400);
    const [comment] = await queryRows<{ n: number }>(site.db, sql`select count(*)::int as n from review_comments where body = ${body} and author_id = ${team.contributor.id}`);
    expect(Number(comment.n), allowed.body.slice(0, 300)).toBe(1);
  });
});

describe("server actions from a foreign origin", () => {
  it("are refused with 403 for a signed-in editor, and the same request from the site's origin works", async () => {
    const server = site.servers[0];
    const signedIn = await signInOverHttp(server.url, { email: "editor2@factdesk.example", password: E2E_PASSWORD, ip: "198.51.100.61" });
    expect(signedIn.code).toBeNull();
    const createTopic = actions.find((a) => a.name === "createTopicAction")!;
    const fields = (suffix: string) => ({ nameFr: `Sujet ${suffix}`, nameEn: `Topic ${suffix}`, slug: `origin-${suffix}` });
    const topicCount = async (slug: string) => Number((await queryRows<{ n: number }>(site.db, sql`select count(*)::int as n from topics where slug = ${slug}`))[0].n);

    const foreign = ["https://evil.example", "null", `http://127.0.0.1:${server.port + 1}`, "not a url"];
    for (const origin of foreign) {
      const suffix = `foreign-${Math.random().toString(36).slice(2, 8)}`;
      const response = await postAction(server.url, "/admin/topics", createTopic, fields(suffix), { cookies: signedIn.cookies, origin });
      expect(response.status, `Origin ${origin}: ${response.body.slice(0, 200)}`).toBe(403);
      expect(await topicCount(`origin-${suffix}`), `created from Origin ${origin}`).toBe(0);
    }
    // The same refusal for a form posted without JavaScript (multipart, no Next-Action header), and on a public page's action.
    const noScript = new FormData();
    noScript.append("nameFr", "Sujet");
    const form = await fetch(`${server.url}/admin/topics`, { method: "POST", redirect: "manual", headers: { origin: "https://evil.example", cookie: signedIn.cookies }, body: noScript });
    await form.body?.cancel();
    expect(form.status, "multipart form from a foreign origin").toBe(403);
    const report = await callFormAction(server.url, "/en/report", actionId("app/(site)/[locale]/report/actions.ts", "submitReportAction"), { claim: "x" }, { origin: "https://evil.example" });
    expect(report.status, "public form action from a foreign origin").toBe(403);
    // Behind a load balancer, X-Forwarded-Host names the site: its origin is accepted, the backend's own address is not.
    const forwardedSuffix = `fwd-${Math.random().toString(36).slice(2, 8)}`;
    const forwarded = await callFormAction(server.url, "/admin/topics", createTopic.id, fields(forwardedSuffix), {
      cookies: signedIn.cookies,
      origin: "https://facts.example.org",
      headers: { "x-forwarded-host": "facts.example.org" },
    });
    expect(forwarded.status, forwarded.body.slice(0, 200)).toBeLessThan(400);
    expect(await topicCount(`origin-${forwardedSuffix}`), "created through the load balancer's host").toBe(1);

    const suffix = `own-${Math.random().toString(36).slice(2, 8)}`;
    const own = await postAction(server.url, "/admin/topics", createTopic, fields(suffix), { cookies: signedIn.cookies });
    expect(own.status, own.body.slice(0, 300)).toBeLessThan(400);
    expect(await topicCount(`origin-${suffix}`), "the same request from the site's own origin creates the topic").toBe(1);
    expect(server.log(), "no server error logged for the refused requests").not.toMatch(/Invalid Server Actions request|does not match `origin`/);
  });
});
