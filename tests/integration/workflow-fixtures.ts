/** Accounts and entries for the workflow integration tests, built through the domain commands. */
import { eq, sql } from "drizzle-orm";
import { expect } from "vitest";
import { getDb, queryRows } from "@/db/client";
import { users, type Role } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { approveRevision, createEntry, saveRevision, submitForReview, type CommandContext } from "@/lib/workflow/commands";
import type { EntryFieldsInput } from "@/lib/workflow/entry-input";
import type { CommandResult } from "@/lib/workflow/errors";

export type Team = Record<"admin" | "editor" | "editor2" | "contributor" | "contributor2", Actor>;

/** The demo accounts plus a second editor and a second contributor. */
export async function loadTeam(): Promise<Team> {
  const db = await getDb();
  const extra: { email: string; name: string; role: Role }[] = [
    { email: "editor2@factdesk.example", name: "Second Editor", role: "editor" },
    { email: "contributor2@factdesk.example", name: "Second Contributor", role: "contributor" },
  ];
  for (const user of extra) await db.insert(users).values(user).onConflictDoNothing();
  const rows = await db.select({ id: users.id, email: users.email, role: users.role }).from(users);
  const byEmail = (email: string) => {
    const row = rows.find((r) => r.email === email);
    if (!row) throw new Error(`missing ${email}`);
    return { id: row.id, role: row.role };
  };
  return {
    admin: byEmail("admin@factdesk.example"),
    editor: byEmail("editor@factdesk.example"),
    editor2: byEmail("editor2@factdesk.example"),
    contributor: byEmail("contributor@factdesk.example"),
    contributor2: byEmail("contributor2@factdesk.example"),
  };
}

export const as = (actor: Actor, now?: Date): CommandContext => ({ actor, client: { ip: "203.0.113.7", userAgent: "vitest" }, now });

let counter = 0;

export function entryFields(overrides: Partial<EntryFieldsInput> = {}): EntryFieldsInput {
  counter++;
  return {
    locale: "en",
    slugMode: "auto",
    slug: "",
    claim: `Workflow test claim number ${counter} ${Math.random().toString(36).slice(2, 8)}`,
    verdict: "unproven",
    summary: "A short answer.",
    body: "The **explanation**.",
    sources: [{ url: "https://example.org/report", title: "A report", publisher: "Example Org" }],
    topicIds: [],
    ...overrides,
  };
}

export function expectOk<T extends object>(result: CommandResult<T>): asserts result is { ok: true } & T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.name}: ${result.error.message} ${JSON.stringify(result.error.fieldErrors)}`);
  expect(result.ok).toBe(true);
}

export async function tableCounts(): Promise<Record<string, number>> {
  const db = await getDb();
  const [row] = await queryRows<Record<string, number>>(
    db,
    sql`select (select count(*)::int from entries) as entries, (select count(*)::int from entry_revisions) as revisions,
               (select count(*)::int from revision_sources) as sources, (select count(*)::int from revision_topics) as topics,
               (select count(*)::int from review_comments) as comments, (select count(*)::int from corrections) as corrections,
               (select count(*)::int from scheduled_publications) as schedules, (select count(*)::int from audit_log) as audit`,
  );
  return row;
}

export async function draft(author: Actor, overrides: Partial<EntryFieldsInput> = {}) {
  const db = await getDb();
  const created = await createEntry(db, as(author), entryFields(overrides));
  expectOk(created);
  return created;
}

/** Drafted by `author`, submitted by them, approved by `approver`. */
export async function approvedEntry(author: Actor, approver: Actor, overrides: Partial<EntryFieldsInput> = {}) {
  const db = await getDb();
  const created = await draft(author, overrides);
  expectOk(await submitForReview(db, as(author), { entryId: created.entryId }));
  expectOk(await approveRevision(db, as(approver), { entryId: created.entryId, revisionId: created.revisionId }));
  return created;
}

/** Saves the entry's current working revision with changes, then submits and approves it. */
export async function approvedUpdate(
  entryId: number,
  version: number,
  fields: EntryFieldsInput,
  author: Actor,
  approver: Actor,
): Promise<{ revisionId: number; version: number }> {
  const db = await getDb();
  const saved = await saveRevision(db, as(author), { entryId, version, fields });
  expectOk(saved);
  expectOk(await submitForReview(db, as(author), { entryId }));
  expectOk(await approveRevision(db, as(approver), { entryId, revisionId: saved.revisionId }));
  return { revisionId: saved.revisionId, version: saved.version };
}

export async function auditActions(entryId: number): Promise<string[]> {
  const db = await getDb();
  const rows = await queryRows<{ action: string }>(
    db,
    sql`select action from audit_log where target_type = 'entry' and target_id = ${String(entryId)} order by id`,
  );
  return rows.map((r) => r.action);
}

export async function userName(id: number): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row.name;
}
