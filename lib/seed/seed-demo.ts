/**
 * Loads the demo newsroom: topics, three accounts, bilingual published entries
 * (translations linked, some corrected), one entry in review and one draft.
 * Runs only on an empty database, so it is safe to call on every start.
 */
import { count, eq } from "drizzle-orm";
import type { Db, DbOrTx, Tx } from "@/db/client";
import { entries, entryRevisions, topics, users, type Locale, type Role } from "@/db/schema";
import { generatePassword, hashPassword } from "@/lib/auth/crypto/password";
import { applyPublication } from "@/lib/entries/publication";
import type { EntryFields } from "@/lib/workflow/entry-input";
import { insertRevision as insertWorkflowRevision } from "@/lib/workflow/entry-store";
import { slugify } from "@/lib/entries/slug";
import { demoPairs, demoTopics, demoUnpublished, type DemoVersion } from "./demo-content";

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  password: string;
}

const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@factdesk.example", name: "Alice Admin", role: "admin" },
  { email: "editor@factdesk.example", name: "Édouard Editor", role: "editor" },
  { email: "contributor@factdesk.example", name: "Camille Contributor", role: "contributor" },
];

const DAY = 24 * 60 * 60 * 1000;

export async function databaseIsEmpty(db: DbOrTx): Promise<boolean> {
  const [{ n: userCount }] = await db.select({ n: count() }).from(users);
  const [{ n: entryCount }] = await db.select({ n: count() }).from(entries);
  return userCount === 0 && entryCount === 0;
}

/** Inserts a demo version as an immutable revision, through the workflow's own revision store. */
export async function insertRevision(
  tx: Tx,
  input: { entryId: number; number: number; baseRevisionId: number | null; version: DemoVersion; authorId: number; topicIds: Map<string, number>; at: Date },
): Promise<number> {
  const v = input.version;
  const fields: EntryFields = {
    locale: "fr", // not stored on a revision
    slug: "",
    slugMode: "auto",
    translationId: null,
    claim: v.claim,
    claimOriginText: v.claimOriginText ?? null,
    claimOriginUrl: v.claimOriginUrl ?? null,
    claimFirstSeen: v.claimFirstSeen ?? null,
    verdict: v.verdict,
    summary: v.summary,
    body: v.body,
    sources: v.sources.map((source) => ({ url: source.url, title: source.title, publisher: source.publisher ?? null, accessedAt: source.accessedAt ?? null })),
    topicIds: v.topics.map((slug) => input.topicIds.get(slug)).filter((id): id is number => id !== undefined),
    substantive: Boolean(v.correctionNote),
    correctionNote: v.correctionNote ?? null,
  };
  return insertWorkflowRevision(tx, { entryId: input.entryId, number: input.number, baseRevisionId: input.baseRevisionId, fields, authorId: input.authorId, at: input.at });
}

export async function createEntry(tx: DbOrTx, locale: Locale, slug: string, authorId: number, at: Date): Promise<number> {
  const [entry] = await tx
    .insert(entries)
    .values({ locale, slug, state: "draft", createdBy: authorId, createdAt: at, updatedAt: at })
    .returning({ id: entries.id });
  return entry.id;
}

/** Seeds the demo content when the database is empty; returns the accounts (with passwords) or null. */
export async function seedDemo(db: Db, options: { now?: Date } = {}): Promise<DemoAccount[] | null> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    if (!(await databaseIsEmpty(tx))) return null;

    const accounts: DemoAccount[] = [];
    const userIds = new Map<Role, number>();
    for (const user of DEMO_USERS) {
      const password = process.env.FACTDESK_DEMO_PASSWORD || generatePassword();
      const [row] = await tx
        .insert(users)
        .values({ ...user, passwordHash: await hashPassword(password), passwordChangedAt: now })
        .returning({ id: users.id });
      userIds.set(user.role, row.id);
      accounts.push({ ...user, password });
    }
    const editorId = userIds.get("editor")!;
    const contributorId = userIds.get("contributor")!;
    const adminId = userIds.get("admin")!;

    const topicIds = new Map<string, number>();
    for (const topic of demoTopics) {
      const [row] = await tx.insert(topics).values(topic).returning({ id: topics.id });
      topicIds.set(topic.slug, row.id);
    }

    for (const [index, pair] of demoPairs.entries()) {
      const ids: Partial<Record<Locale, number>> = {};
      for (const locale of ["fr", "en"] as const) {
        const localized = pair[locale];
        const firstAt = new Date(now.getTime() - pair.publishedDaysAgo * DAY);
        const authorId = index % 2 === 0 ? contributorId : editorId;
        const approverId = authorId === editorId ? adminId : editorId;
        const entryId = await createEntry(tx, locale, localized.slug, authorId, firstAt);
        ids[locale] = entryId;
        let previous: number | null = null;
        for (const [n, version] of localized.versions.entries()) {
          // Later versions are corrections, published a few days after the first.
          const at = new Date(firstAt.getTime() + n * Math.max(1, Math.floor(pair.publishedDaysAgo / 3)) * DAY);
          const revisionId = await insertRevision(tx, { entryId, number: n + 1, baseRevisionId: previous, version, authorId, topicIds, at });
          await tx
            .update(entryRevisions)
            .set({ submittedBy: authorId, submittedAt: at, approvedBy: approverId, approvedAt: at })
            .where(eq(entryRevisions.id, revisionId));
          await tx.update(entries).set({ workingRevisionId: revisionId, version: n + 1 }).where(eq(entries.id, entryId));
          await applyPublication(tx, { entryId, revisionId, actorId: approverId, at });
          previous = revisionId;
        }
      }
      await tx.update(entries).set({ translationId: ids.en! }).where(eq(entries.id, ids.fr!));
      await tx.update(entries).set({ translationId: ids.fr! }).where(eq(entries.id, ids.en!));
    }

    for (const item of demoUnpublished) {
      const at = new Date(now.getTime() - DAY);
      const slug = slugify(item.version.claim);
      const entryId = await createEntry(tx, item.locale, slug, contributorId, at);
      const revisionId = await insertRevision(tx, { entryId, number: 1, baseRevisionId: null, version: item.version, authorId: contributorId, topicIds, at });
      if (item.state === "in_review") {
        await tx.update(entryRevisions).set({ submittedBy: contributorId, submittedAt: at }).where(eq(entryRevisions.id, revisionId));
      }
      await tx.update(entries).set({ workingRevisionId: revisionId, version: 1, state: item.state }).where(eq(entries.id, entryId));
    }

    return accounts;
  });
}

export function formatDemoAccounts(accounts: DemoAccount[]): string {
  const lines = accounts.map((a) => `  ${a.role.padEnd(12)} ${a.email.padEnd(32)} ${a.password}`);
  return [
    "",
    "Factdesk demo accounts (shown once — keep them somewhere safe):",
    `  ${"role".padEnd(12)} ${"e-mail".padEnd(32)} password`,
    ...lines,
    "",
  ].join("\n");
}
