/**
 * Reading and writing entries and revisions inside a command's transaction:
 * the row lock that serialises commands on one entry, revision inserts,
 * slugs, translation links. No permission or state rule lives here.
 */
import { and, asc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
import { queryRows } from "@/db/client";
import {
  entries,
  entryRevisions,
  revisionSources,
  revisionTopics,
  topics,
  users,
  type EntryState,
  type Locale,
  type Verdict,
} from "@/db/schema";
import { slugify } from "@/lib/entries/slug";
import type { EntryFields } from "./entry-input";
import { ValidationError } from "./errors";
import type { RevisionContent } from "./revision-content";
import { visibilityOf, type WorkflowFacts } from "./state-machine";

export interface LockedEntry {
  id: number;
  locale: Locale;
  slug: string;
  state: EntryState;
  version: number;
  createdBy: number | null;
  translationId: number | null;
  translationOutdatedAt: Date | null;
  workingRevisionId: number | null;
  publishedRevisionId: number | null;
  publishedVerdict: Verdict | null;
  firstPublishedAt: Date | null;
  unpublishedAt: Date | null;
  revision: {
    id: number;
    number: number;
    authorId: number | null;
    submittedBy: number | null;
    approvedBy: number | null;
    verdict: Verdict;
    substantive: boolean;
    correctionNote: string | null;
    sourceCount: number;
  } | null;
}

/**
 * The entry and its working revision, with the entry row locked until the
 * transaction ends: two commands on one entry run one after the other.
 */
export async function lockEntry(tx: Tx, entryId: number): Promise<LockedEntry | null> {
  const [row] = await tx
    .select({
      id: entries.id,
      locale: entries.locale,
      slug: entries.slug,
      state: entries.state,
      version: entries.version,
      createdBy: entries.createdBy,
      translationId: entries.translationId,
      translationOutdatedAt: entries.translationOutdatedAt,
      workingRevisionId: entries.workingRevisionId,
      publishedRevisionId: entries.publishedRevisionId,
      publishedVerdict: entries.publishedVerdict,
      firstPublishedAt: entries.firstPublishedAt,
      unpublishedAt: entries.unpublishedAt,
      revisionId: entryRevisions.id,
      number: entryRevisions.number,
      authorId: entryRevisions.authorId,
      submittedBy: entryRevisions.submittedBy,
      approvedBy: entryRevisions.approvedBy,
      verdict: entryRevisions.verdict,
      substantive: entryRevisions.substantive,
      correctionNote: entryRevisions.correctionNote,
      sourceCount: sql<number>`(select count(*)::int from ${revisionSources} where ${revisionSources.revisionId} = ${entryRevisions.id})`,
    })
    .from(entries)
    .leftJoin(entryRevisions, eq(entryRevisions.id, entries.workingRevisionId))
    .where(eq(entries.id, entryId))
    .for("update", { of: entries });
  if (!row) return null;
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    state: row.state,
    version: row.version,
    createdBy: row.createdBy,
    translationId: row.translationId,
    translationOutdatedAt: row.translationOutdatedAt,
    workingRevisionId: row.workingRevisionId,
    publishedRevisionId: row.publishedRevisionId,
    publishedVerdict: row.publishedVerdict,
    firstPublishedAt: row.firstPublishedAt,
    unpublishedAt: row.unpublishedAt,
    revision:
      row.revisionId === null
        ? null
        : {
            id: row.revisionId,
            number: row.number!,
            authorId: row.authorId,
            submittedBy: row.submittedBy,
            approvedBy: row.approvedBy,
            verdict: row.verdict!,
            substantive: row.substantive!,
            correctionNote: row.correctionNote,
            sourceCount: Number(row.sourceCount ?? 0),
          },
  };
}

export function workflowFacts(entry: LockedEntry): WorkflowFacts {
  return {
    state: entry.state,
    visibility: visibilityOf(entry),
    createdBy: entry.createdBy,
    revision: {
      authorId: entry.revision?.authorId ?? null,
      submittedBy: entry.revision?.submittedBy ?? null,
      approvedBy: entry.revision?.approvedBy ?? null,
      sourceCount: entry.revision?.sourceCount ?? 0,
    },
  };
}

/* ----------------------------- revisions ----------------------------- */

/** Inserts an immutable revision with its ordered sources and its topics. */
export async function insertRevision(
  tx: Tx,
  input: { entryId: number; number: number; baseRevisionId: number | null; fields: EntryFields; authorId: number; at: Date },
): Promise<number> {
  const f = input.fields;
  const [revision] = await tx
    .insert(entryRevisions)
    .values({
      entryId: input.entryId,
      number: input.number,
      baseRevisionId: input.baseRevisionId,
      claim: f.claim,
      claimOriginText: f.claimOriginText,
      claimOriginUrl: f.claimOriginUrl,
      claimFirstSeen: f.claimFirstSeen,
      verdict: f.verdict,
      summary: f.summary,
      body: f.body,
      substantive: f.substantive,
      correctionNote: f.correctionNote,
      authorId: input.authorId,
      createdAt: input.at,
    })
    .returning({ id: entryRevisions.id });
  if (f.sources.length > 0) {
    await tx.insert(revisionSources).values(
      f.sources.map((source, position) => ({
        revisionId: revision.id,
        position,
        url: source.url,
        title: source.title,
        publisher: source.publisher,
        accessedAt: source.accessedAt,
      })),
    );
  }
  if (f.topicIds.length > 0) {
    await tx.insert(revisionTopics).values(f.topicIds.map((topicId) => ({ revisionId: revision.id, topicId })));
  }
  return revision.id;
}

export async function assertTopicsExist(tx: Tx, topicIds: number[]): Promise<void> {
  if (topicIds.length === 0) return;
  const found = await tx.select({ id: topics.id }).from(topics).where(inArray(topics.id, topicIds));
  if (found.length !== topicIds.length) throw new ValidationError({ topicIds: "One of the chosen topics no longer exists. Reload the page." });
}

/** Revisions' content by id (sources in order, topics by English name). */
export async function loadRevisionContents(db: DbOrTx, revisionIds: number[]): Promise<Map<number, RevisionContent>> {
  const ids = [...new Set(revisionIds)];
  const out = new Map<number, RevisionContent>();
  if (ids.length === 0) return out;
  const revisions = await db.select().from(entryRevisions).where(inArray(entryRevisions.id, ids));
  const sources = await db
    .select()
    .from(revisionSources)
    .where(inArray(revisionSources.revisionId, ids))
    .orderBy(asc(revisionSources.revisionId), asc(revisionSources.position));
  const topicRows = await db
    .select({ revisionId: revisionTopics.revisionId, id: topics.id, slug: topics.slug, nameFr: topics.nameFr, nameEn: topics.nameEn })
    .from(revisionTopics)
    .innerJoin(topics, eq(topics.id, revisionTopics.topicId))
    .where(inArray(revisionTopics.revisionId, ids))
    .orderBy(asc(topics.nameEn));
  for (const r of revisions) {
    out.set(r.id, {
      claim: r.claim,
      claimOriginText: r.claimOriginText,
      claimOriginUrl: r.claimOriginUrl,
      claimFirstSeen: r.claimFirstSeen,
      verdict: r.verdict,
      summary: r.summary,
      body: r.body,
      substantive: r.substantive,
      correctionNote: r.correctionNote,
      sources: sources
        .filter((s) => s.revisionId === r.id)
        .map((s) => ({ url: s.url, title: s.title, publisher: s.publisher, accessedAt: s.accessedAt })),
      topics: topicRows.filter((t) => t.revisionId === r.id).map(({ id, slug, nameFr, nameEn }) => ({ id, slug, nameFr, nameEn })),
    });
  }
  return out;
}

export async function revisionsAfter(
  tx: DbOrTx,
  entryId: number,
  afterNumber: number,
): Promise<{ number: number; authorName: string | null; createdAt: Date }[]> {
  return tx
    .select({ number: entryRevisions.number, authorName: users.name, createdAt: entryRevisions.createdAt })
    .from(entryRevisions)
    .leftJoin(users, eq(users.id, entryRevisions.authorId))
    .where(and(eq(entryRevisions.entryId, entryId), sql`${entryRevisions.number} > ${afterNumber}`))
    .orderBy(asc(entryRevisions.number));
}

export async function revisionIdByNumber(tx: DbOrTx, entryId: number, number: number): Promise<number | null> {
  const [row] = await tx
    .select({ id: entryRevisions.id })
    .from(entryRevisions)
    .where(and(eq(entryRevisions.entryId, entryId), eq(entryRevisions.number, number)));
  return row?.id ?? null;
}

/* ------------------------------- slugs ------------------------------- */

const MAX_AUTO_BASE = 72;

/**
 * The entry's slug after this save. Frozen once the entry was first published
 * (its public URL must not change); before that, derived from the claim
 * ("auto") or chosen by the editor ("manual") and unique in the locale.
 */
export async function resolveSlug(
  tx: Tx,
  input: { locale: Locale; fields: EntryFields; entry: Pick<LockedEntry, "id" | "slug" | "firstPublishedAt"> | null },
): Promise<string> {
  const { entry, fields, locale } = input;
  if (entry?.firstPublishedAt) {
    if (fields.slugMode === "manual" && fields.slug !== entry.slug) {
      throw new ValidationError({ slug: "The address is frozen since the entry was first published." });
    }
    return entry.slug;
  }
  const others = (slugs: string[]) =>
    and(eq(entries.locale, locale), inArray(entries.slug, slugs), entry ? ne(entries.id, entry.id) : undefined);
  if (fields.slugMode === "manual") {
    const [taken] = await tx.select({ id: entries.id }).from(entries).where(others([fields.slug])).limit(1);
    if (taken) throw new ValidationError({ slug: "Another entry in this language already uses this address." });
    return fields.slug;
  }
  const base = slugify(fields.claim, MAX_AUTO_BASE);
  const rows = await queryRows<{ slug: string }>(
    tx,
    sql`select slug from entries where locale = ${locale} and (slug = ${base} or slug like ${`${base}-%`})
        ${entry ? sql`and id <> ${entry.id}` : sql``}`,
  );
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}

/* ---------------------------- translations ---------------------------- */

/**
 * Links `entryId` with `translationId` (symmetric), or unlinks it (null).
 * Returns the ids of every entry whose link changed, for cache invalidation.
 */
export async function setTranslationLink(
  tx: Tx,
  input: { entryId: number; locale: Locale; currentTranslationId: number | null; translationId: number | null },
): Promise<number[]> {
  const { entryId, locale, currentTranslationId, translationId } = input;
  if (translationId === currentTranslationId) return [];
  if (translationId !== null) {
    if (translationId === entryId) throw new ValidationError({ translationId: "An entry cannot be its own translation." });
    const [target] = await tx
      .select({ id: entries.id, locale: entries.locale, translationId: entries.translationId })
      .from(entries)
      .where(eq(entries.id, translationId))
      .for("update");
    if (!target) throw new ValidationError({ translationId: "This entry does not exist." });
    if (target.locale === locale) throw new ValidationError({ translationId: "A translation must be in the other language." });
    if (target.translationId !== null && target.translationId !== entryId) {
      throw new ValidationError({ translationId: "That entry is already linked to another translation." });
    }
  }
  const changed = [entryId];
  // Unlink first: translation_id is unique.
  if (currentTranslationId !== null) {
    await tx.update(entries).set({ translationId: null }).where(and(eq(entries.id, currentTranslationId), eq(entries.translationId, entryId)));
    changed.push(currentTranslationId);
  }
  await tx.update(entries).set({ translationId: null, translationOutdatedAt: null }).where(eq(entries.id, entryId));
  if (translationId !== null) {
    await tx.update(entries).set({ translationId: entryId }).where(and(eq(entries.id, translationId), isNull(entries.translationId)));
    await tx.update(entries).set({ translationId }).where(eq(entries.id, entryId));
    changed.push(translationId);
  }
  return changed;
}

/** Public addresses of entries that readers can currently see, for cache invalidation. */
export async function publicAddresses(tx: DbOrTx, entryIds: number[]): Promise<{ locale: Locale; slug: string }[]> {
  if (entryIds.length === 0) return [];
  return tx
    .select({ locale: entries.locale, slug: entries.slug })
    .from(entries)
    .where(and(inArray(entries.id, entryIds), sql`${entries.publishedRevisionId} is not null`));
}
