/**
 * Test data: a published entry written the way the workflow writes one (revision,
 * sources, topics, then applyPublication for the public state and the search
 * vector). Used by integration tests and the end-to-end fixtures.
 */
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { entries, entryRevisions, revisionSources, revisionTopics, topics, type Locale, type Verdict } from "@/db/schema";
import { applyPublication } from "@/lib/entries/publication";

export interface TestEntryInput {
  locale: Locale;
  slug: string;
  claim: string;
  verdict?: Verdict;
  summary?: string;
  body?: string;
  claimOriginText?: string | null;
  claimOriginUrl?: string | null;
  claimFirstSeen?: string | null;
  sources?: { url: string; title: string; publisher?: string | null; accessedAt?: string | null }[];
  /** Topic slugs; created when missing. */
  topics?: string[];
  publishedAt?: Date;
  /** Withdraw it after publication (its public URL then answers 410). */
  unpublished?: boolean;
}

async function topicId(db: DbOrTx, slug: string): Promise<number> {
  const [existing] = await db.select({ id: topics.id }).from(topics).where(eq(topics.slug, slug));
  if (existing) return existing.id;
  const name = slug.replace(/-/g, " ");
  const [created] = await db.insert(topics).values({ slug, nameFr: name, nameEn: name }).returning({ id: topics.id });
  return created.id;
}

export async function createPublishedEntry(db: DbOrTx, input: TestEntryInput): Promise<{ id: number; revisionId: number }> {
  const at = input.publishedAt ?? new Date();
  const [entry] = await db
    .insert(entries)
    .values({ locale: input.locale, slug: input.slug, state: "draft", createdAt: at, updatedAt: at })
    .returning({ id: entries.id });
  const [revision] = await db
    .insert(entryRevisions)
    .values({
      entryId: entry.id,
      number: 1,
      claim: input.claim,
      claimOriginText: input.claimOriginText ?? null,
      claimOriginUrl: input.claimOriginUrl ?? null,
      claimFirstSeen: input.claimFirstSeen ?? null,
      verdict: input.verdict ?? "false",
      summary: input.summary ?? "Summary.",
      body: input.body ?? "",
      createdAt: at,
    })
    .returning({ id: entryRevisions.id });
  const sources = input.sources ?? [{ url: "https://example.org/source", title: "A source", publisher: "Example", accessedAt: "2026-01-02" }];
  await db.insert(revisionSources).values(
    sources.map((source, position) => ({
      revisionId: revision.id,
      position,
      url: source.url,
      title: source.title,
      publisher: source.publisher ?? null,
      accessedAt: source.accessedAt ?? null,
    })),
  );
  for (const slug of input.topics ?? []) {
    await db.insert(revisionTopics).values({ revisionId: revision.id, topicId: await topicId(db, slug) });
  }
  await db.update(entries).set({ workingRevisionId: revision.id, version: 1 }).where(eq(entries.id, entry.id));
  await applyPublication(db, { entryId: entry.id, revisionId: revision.id, actorId: null, at });
  if (input.unpublished) {
    await db.update(entries).set({ state: "unpublished", unpublishedAt: new Date(at.getTime() + 1000) }).where(eq(entries.id, entry.id));
  }
  return { id: entry.id, revisionId: revision.id };
}

/** Links two entries as translations of each other. */
export async function linkTranslations(db: DbOrTx, a: number, b: number): Promise<void> {
  await db.update(entries).set({ translationId: b }).where(eq(entries.id, a));
  await db.update(entries).set({ translationId: a }).where(eq(entries.id, b));
}
