/**
 * Changes to public content made the way the product makes them, without the
 * editorial workflow (not merged yet): the seed's SQL helpers to write entries and
 * revisions, `applyPublication` to make a revision public, then
 * `invalidateTags(tagsForEntryChange(...))` — here and, through NOTIFY, in every
 * server process on the same database.
 *
 * EXTENSION POINT (issue 4 merged): add variants that go through the workflow's
 * domain functions (save → submit → approve → publish) so that the suites also
 * prove the real editor path; keep these for the low-level cases.
 */
import { and, eq, sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { entries, entryRevisions, topics, users, type Locale, type Verdict } from "@/db/schema";
import { invalidateTags } from "@/lib/cache/invalidation";
import { tagsForEntryChange } from "@/lib/entries/cache-tags";
import { applyPublication } from "@/lib/entries/publication";
import { createEntry, insertRevision } from "@/lib/seed/seed-demo";
import type { DemoVersion } from "@/lib/seed/demo-content";

export interface EntryText {
  claim: string;
  claimOriginText?: string;
  claimOriginUrl?: string;
  verdict?: Verdict;
  summary: string;
  body: string;
  sources: { url: string; title: string; publisher?: string }[];
  /** Topics created for this entry (slug must be a valid slug; names are free text). */
  topics?: { slug: string; nameFr: string; nameEn: string }[];
}

async function editorId(db: Db): Promise<number> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, "editor@factdesk.example"));
  if (!row) throw new Error("The demo editor is missing: seed the database first");
  return row.id;
}

/** Creates and publishes a new entry with exactly this text; returns its id. */
export async function publishNewEntry(db: Db, input: { locale: Locale; slug: string; text: EntryText; at?: Date }): Promise<number> {
  const at = input.at ?? new Date();
  const authorId = await editorId(db);
  const entryId = await db.transaction(async (tx) => {
    const topicIds = new Map<string, number>();
    for (const topic of input.text.topics ?? []) {
      const [row] = await tx.insert(topics).values(topic).returning({ id: topics.id });
      topicIds.set(topic.slug, row.id);
    }
    const id = await createEntry(tx, input.locale, input.slug, authorId, at);
    const version: DemoVersion = {
      claim: input.text.claim,
      claimOriginText: input.text.claimOriginText,
      claimOriginUrl: input.text.claimOriginUrl,
      verdict: input.text.verdict ?? "false",
      summary: input.text.summary,
      body: input.text.body,
      sources: input.text.sources,
      topics: [...topicIds.keys()],
    };
    const revisionId = await insertRevision(tx, { entryId: id, number: 1, baseRevisionId: null, version, authorId, topicIds, at });
    await tx.update(entryRevisions).set({ submittedBy: authorId, submittedAt: at, approvedBy: authorId, approvedAt: at }).where(eq(entryRevisions.id, revisionId));
    await tx.update(entries).set({ workingRevisionId: revisionId, version: 1 }).where(eq(entries.id, id));
    await applyPublication(tx, { entryId: id, revisionId, actorId: authorId, at });
    return id;
  });
  await invalidateTags(tagsForEntryChange({ locale: input.locale, slug: input.slug }));
  return entryId;
}

/**
 * Publishes a new revision of a live entry: a copy of its public revision with
 * `changes` applied (sources and topics carried over), then invalidates. With a
 * correction note, the publication is a public correction (corrections page, feeds).
 */
export async function republishWithChanges(
  db: Db,
  locale: Locale,
  slug: string,
  changes: { claim?: string; summary?: string; verdict?: Verdict; correctionNote?: string },
): Promise<void> {
  const authorId = await editorId(db);
  const translation = await db.transaction(async (tx) => {
    const [entry] = await tx.select().from(entries).where(and(eq(entries.locale, locale), eq(entries.slug, slug))).for("update");
    if (!entry?.publishedRevisionId) throw new Error(`${locale}/${slug} is not published`);
    const [{ next }] = await queryRows<{ next: number }>(tx, sql`select coalesce(max(number), 0) + 1 as next from entry_revisions where entry_id = ${entry.id}`);
    const [revision] = await queryRows<{ id: number }>(
      tx,
      sql`insert into entry_revisions (entry_id, number, base_revision_id, claim, claim_origin_text, claim_origin_url, claim_first_seen,
            verdict, summary, body, correction_note, author_id, submitted_by, submitted_at, approved_by, approved_at)
          select entry_id, ${next}, id, coalesce(${changes.claim ?? null}::text, claim), claim_origin_text, claim_origin_url, claim_first_seen,
            coalesce(${changes.verdict ?? null}::text, verdict), coalesce(${changes.summary ?? null}::text, summary), body, ${changes.correctionNote ?? null}::text,
            ${authorId}, ${authorId}, now(), ${authorId}, now()
          from entry_revisions where id = ${entry.publishedRevisionId}
          returning id`,
    );
    await tx.execute(sql`insert into revision_sources (revision_id, position, url, title, publisher, accessed_at)
          select ${revision.id}, position, url, title, publisher, accessed_at from revision_sources where revision_id = ${entry.publishedRevisionId}`);
    await tx.execute(sql`insert into revision_topics (revision_id, topic_id)
          select ${revision.id}, topic_id from revision_topics where revision_id = ${entry.publishedRevisionId}`);
    await tx.update(entries).set({ workingRevisionId: revision.id, version: sql`${entries.version} + 1` }).where(eq(entries.id, entry.id));
    const published = await applyPublication(tx, { entryId: entry.id, revisionId: revision.id, actorId: authorId });
    if (!published.translationId) return null;
    const [other] = await tx.select({ locale: entries.locale, slug: entries.slug }).from(entries).where(eq(entries.id, published.translationId));
    return other ?? null;
  });
  await invalidateTags(tagsForEntryChange({ locale, slug }, translation));
}

/** Takes a live entry off the site (its URL answers 410 once the workflow's page handles "gone"), then invalidates. */
export async function unpublishEntry(db: Db, locale: Locale, slug: string): Promise<void> {
  await db
    .update(entries)
    .set({ state: "unpublished", unpublishedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(entries.locale, locale), eq(entries.slug, slug)));
  await invalidateTags(tagsForEntryChange({ locale, slug }));
}

/** Puts a withdrawn entry back online, as it was (what "Republish" does). */
export async function republishEntry(db: Db, locale: Locale, slug: string): Promise<void> {
  await db
    .update(entries)
    .set({ state: "published", unpublishedAt: null, updatedAt: new Date() })
    .where(and(eq(entries.locale, locale), eq(entries.slug, slug)));
  await invalidateTags(tagsForEntryChange({ locale, slug }));
}

/** The public revision's summary of an entry, read from the database. */
export async function publishedSummary(db: Db, locale: Locale, slug: string): Promise<string> {
  const [row] = await queryRows<{ summary: string }>(
    db,
    sql`select r.summary from entries e join entry_revisions r on r.id = e.published_revision_id where e.locale = ${locale} and e.slug = ${slug}`,
  );
  return row.summary;
}
