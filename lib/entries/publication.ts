/**
 * The low-level act of making a revision public, shared by the workflow
 * (publish now, scheduled publishing) and the demo seed. Permission and state
 * checks live in the workflow; this only writes a consistent public state.
 */
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { corrections, entries, entryRevisions } from "@/db/schema";

/** The search document: claim (A), summary (B), body (C) in the locale's accent-insensitive configuration. */
export const searchVectorSql = (locale: string, claim: unknown, summary: unknown, body: unknown) => sql`
  setweight(to_tsvector(${textSearchConfig(locale)}, coalesce(${claim}, '')), 'A') ||
  setweight(to_tsvector(${textSearchConfig(locale)}, coalesce(${summary}, '')), 'B') ||
  setweight(to_tsvector(${textSearchConfig(locale)}, coalesce(${body}, '')), 'C')`;

export function textSearchConfig(locale: string) {
  return locale === "fr" ? sql.raw(`'factdesk_fr'::regconfig`) : sql.raw(`'factdesk_en'::regconfig`);
}

export interface PublicationResult {
  entryId: number;
  locale: "fr" | "en";
  slug: string;
  translationId: number | null;
  correctionId: number | null;
}

/**
 * Points the entry at `revisionId` as its public revision. Writes the public
 * correction when the revision carries a correction note. Must run in a transaction.
 */
export async function applyPublication(
  tx: DbOrTx,
  input: { entryId: number; revisionId: number; actorId: number | null; at?: Date },
): Promise<PublicationResult> {
  const at = input.at ?? new Date();
  const [row] = await tx
    .select({
      locale: entries.locale,
      slug: entries.slug,
      translationId: entries.translationId,
      previousVerdict: entries.publishedVerdict,
      verdict: entryRevisions.verdict,
      correctionNote: entryRevisions.correctionNote,
      claim: entryRevisions.claim,
      summary: entryRevisions.summary,
      body: entryRevisions.body,
    })
    .from(entries)
    .innerJoin(entryRevisions, and(eq(entryRevisions.id, input.revisionId), eq(entryRevisions.entryId, entries.id)))
    .where(eq(entries.id, input.entryId))
    .for("update", { of: entries });
  if (!row) throw new Error(`Revision ${input.revisionId} does not belong to entry ${input.entryId}`);

  let correctionId: number | null = null;
  const note = row.correctionNote?.trim();
  if (note) {
    const [correction] = await tx
      .insert(corrections)
      .values({
        entryId: input.entryId,
        revisionId: input.revisionId,
        locale: row.locale,
        note,
        previousVerdict: row.previousVerdict,
        newVerdict: row.verdict,
        createdBy: input.actorId,
        publishedAt: at,
      })
      .returning({ id: corrections.id });
    correctionId = correction.id;
  }

  await tx
    .update(entries)
    .set({
      state: "published",
      publishedRevisionId: input.revisionId,
      publishedVerdict: row.verdict,
      firstPublishedAt: sql`coalesce(${entries.firstPublishedAt}, ${at.toISOString()}::timestamptz)`,
      lastPublishedAt: at,
      unpublishedAt: null,
      updatedAt: at,
      searchVector: searchVectorSql(row.locale, row.claim, row.summary, row.body),
    })
    .where(eq(entries.id, input.entryId));

  return { entryId: input.entryId, locale: row.locale, slug: row.slug, translationId: row.translationId, correctionId };
}
