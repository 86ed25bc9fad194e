/**
 * Turns a tip into a draft entry: the entry row, its first revision (claim and
 * origin prefilled, verdict "unproven", empty summary), the working-revision
 * pointer and version 1. Kept small on purpose: the workflow's own createEntry can
 * replace it without touching the triage code.
 */
import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { entries, entryRevisions, type Locale } from "@/db/schema";
import { slugify } from "@/lib/entries/slug";

export interface DraftFromTip {
  locale: Locale;
  claim: string;
  claimOriginText: string | null;
  claimOriginUrl: string | null;
  actorId: number;
  now?: Date;
}

/** Entry claims hold at most 500 characters (schema check). */
const CLAIM_MAX = 500;
const SLUG_ATTEMPTS = 20;

/** `base`, then `base-2` … `base-9`, then random suffixes (many claims share a slug like "entry"). */
function slugCandidate(base: string, attempt: number): string {
  if (attempt === 1) return base;
  if (attempt < 10) return `${base}-${attempt}`;
  return `${base}-${randomInt(100_000, 1_000_000)}`;
}

/** Must run inside a transaction. */
export async function createDraftEntryFromTip(tx: DbOrTx, draft: DraftFromTip): Promise<{ entryId: number; slug: string; revisionId: number }> {
  const now = draft.now ?? new Date();
  const claim = [...draft.claim].slice(0, CLAIM_MAX).join("");
  const base = slugify(claim, 72);

  let entry: { id: number; slug: string } | undefined;
  for (let n = 1; n <= SLUG_ATTEMPTS && !entry; n++) {
    const slug = slugCandidate(base, n);
    // ON CONFLICT DO NOTHING: a taken slug does not abort the surrounding transaction.
    [entry] = await tx
      .insert(entries)
      .values({ locale: draft.locale, slug, state: "draft", createdBy: draft.actorId, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning({ id: entries.id, slug: entries.slug });
  }
  if (!entry) throw new Error(`No free slug for "${base}" in ${draft.locale}`);

  const [revision] = await tx
    .insert(entryRevisions)
    .values({
      entryId: entry.id,
      number: 1,
      claim,
      claimOriginText: draft.claimOriginText,
      claimOriginUrl: draft.claimOriginUrl,
      verdict: "unproven",
      summary: "",
      authorId: draft.actorId,
      createdAt: now,
    })
    .returning({ id: entryRevisions.id });
  await tx.update(entries).set({ workingRevisionId: revision.id, version: 1 }).where(eq(entries.id, entry.id));
  return { entryId: entry.id, slug: entry.slug, revisionId: revision.id };
}
