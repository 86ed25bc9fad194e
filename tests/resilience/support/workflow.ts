/**
 * The real editor path for the resilience suites: the workflow's domain commands
 * (lib/workflow/commands.ts — create, save, submit, approve, schedule, publish),
 * run by the demo accounts of e2e/fixtures against a suite's database. Unlike
 * ./content.ts (low-level SQL + applyPublication), these go through validation,
 * permissions, the state machine, the two-person rule and the audit log.
 */
import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { approveRevision, createEntry, publishNow, saveRevision, schedulePublication, submitForReview, type CommandContext } from "@/lib/workflow/commands";
import type { EntryFieldsInput } from "@/lib/workflow/entry-input";
import type { CommandResult } from "@/lib/workflow/errors";

export type Newsroom = Record<"admin" | "editor" | "editor2" | "contributor", Actor>;

const EMAILS = {
  admin: "admin@factdesk.example",
  editor: "editor@factdesk.example",
  editor2: "editor2@factdesk.example",
  contributor: "contributor@factdesk.example",
} as const;

/** The demo accounts (seedDemoDatabase loads them, editor2 comes from the e2e fixtures). */
export async function loadNewsroom(db: Db): Promise<Newsroom> {
  const rows = await db.select({ id: users.id, email: users.email, role: users.role }).from(users).where(inArray(users.email, Object.values(EMAILS)));
  const byEmail = (email: string): Actor => {
    const row = rows.find((r) => r.email === email);
    if (!row) throw new Error(`The account ${email} is missing: seed the database with seedDemoDatabase first`);
    return { id: row.id, role: row.role };
  };
  return { admin: byEmail(EMAILS.admin), editor: byEmail(EMAILS.editor), editor2: byEmail(EMAILS.editor2), contributor: byEmail(EMAILS.contributor) };
}

export async function userId(db: Db, email: string): Promise<number> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`missing ${email}`);
  return row.id;
}

export const as = (actor: Actor, now?: Date): CommandContext => ({ actor, client: { ip: "198.51.100.80", userAgent: "resilience" }, now });

export function ok<T extends object>(result: CommandResult<T>, what: string): { ok: true } & T {
  if (!result.ok) throw new Error(`${what}: ${result.error.name}: ${result.error.message} ${JSON.stringify(result.error.fieldErrors ?? {})}`);
  return result;
}

let counter = 0;

export function entryFields(overrides: Partial<EntryFieldsInput> = {}): EntryFieldsInput {
  counter++;
  return {
    locale: "en",
    slugMode: "auto",
    slug: "",
    claim: `Resilience claim ${counter} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
    verdict: "unproven",
    summary: "A short answer.",
    body: "The explanation.",
    sources: [{ url: "https://example.org/report", title: "A report", publisher: "Example Org" }],
    topicIds: [],
    ...overrides,
  };
}

/** Drafted and submitted by `author`, approved by `approver`: ready to publish or schedule. */
export async function approvedEntry(db: Db, author: Actor, approver: Actor, overrides: Partial<EntryFieldsInput> = {}) {
  const created = ok(await createEntry(db, as(author), entryFields(overrides)), "create");
  ok(await submitForReview(db, as(author), { entryId: created.entryId }), "submit");
  ok(await approveRevision(db, as(approver), { entryId: created.entryId, revisionId: created.revisionId }), "approve");
  return created;
}

/** A new entry published through the workflow (contributor writes, editor approves, editor2 publishes). */
export async function publishedEntry(db: Db, team: Newsroom, overrides: Partial<EntryFieldsInput> = {}) {
  const created = await approvedEntry(db, team.contributor, team.editor, overrides);
  ok(await publishNow(db, as(team.editor2), { entryId: created.entryId, revisionId: created.revisionId }), "publish");
  return created;
}

/** Saves a new revision of a live entry (editor) and has it approved (admin); returns what schedule/publish need. */
export async function approvedUpdate(db: Db, team: Newsroom, entryId: number, version: number, fields: EntryFieldsInput) {
  const saved = ok(await saveRevision(db, as(team.editor), { entryId, version, fields }), "save");
  ok(await submitForReview(db, as(team.editor), { entryId }), "submit update");
  ok(await approveRevision(db, as(team.admin), { entryId, revisionId: saved.revisionId }), "approve update");
  return saved;
}

export async function schedule(db: Db, team: Newsroom, entryId: number, revisionId: number, publishAt: Date) {
  return ok(await schedulePublication(db, as(team.editor2), { entryId, revisionId, publishAt: publishAt.toISOString() }), "schedule");
}
