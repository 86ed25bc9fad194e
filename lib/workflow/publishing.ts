/**
 * Making an approved revision public, for "publish now" and for the
 * scheduler: the correction rule, the public pointers (lib/entries/publication.ts),
 * the translation's out-of-date flag and the audit record, in the caller's
 * transaction. The caller has locked the entry and checked the transition.
 */
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { entries, scheduledPublications } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { tagsForEntryChange } from "@/lib/entries/cache-tags";
import { applyPublication } from "@/lib/entries/publication";
import { verdictLabel } from "@/lib/i18n/dictionaries";
import type { ClientInfo } from "@/lib/request-context";
import { correctionRequirement, missingCorrectionNote } from "./corrections";
import type { LockedEntry } from "./entry-store";
import { CorrectionRequiredError } from "./errors";

export interface PublishOutcome {
  revisionId: number;
  correctionId: number | null;
  /** Cache tags to invalidate once the transaction has committed. */
  tags: string[];
}

/** Throws CorrectionRequiredError when the working revision changes the answer without a note. */
export function assertCorrectionNote(entry: LockedEntry): void {
  if (!entry.revision) return;
  const published = entry.publishedRevisionId !== null && entry.publishedVerdict ? { verdict: entry.publishedVerdict } : null;
  const check = correctionRequirement(published, entry.revision, (v) => verdictLabel("en", v));
  if (missingCorrectionNote(check, entry.revision.correctionNote)) throw new CorrectionRequiredError(check.message!);
}

export async function publishWorkingRevision(
  tx: Tx,
  entry: LockedEntry,
  input: { actorId: number | null; at: Date; client?: ClientInfo | null; via: "publish_now" | "scheduler" | "demo" },
): Promise<PublishOutcome> {
  const revision = entry.revision;
  if (!revision) throw new Error(`Entry ${entry.id} has no revision to publish`);
  assertCorrectionNote(entry);

  const wasPublished = entry.publishedRevisionId !== null;
  const changesAnswer =
    wasPublished && (entry.publishedVerdict !== revision.verdict || revision.substantive || Boolean(revision.correctionNote?.trim()));

  // "Publish now" on a scheduled entry replaces its schedule.
  await tx
    .update(scheduledPublications)
    .set({ status: "cancelled", doneAt: input.at })
    .where(and(eq(scheduledPublications.entryId, entry.id), eq(scheduledPublications.status, "pending")));

  const result = await applyPublication(tx, { entryId: entry.id, revisionId: revision.id, actorId: input.actorId, at: input.at });

  // This entry is brought in line with its translation by any published update.
  if (entry.translationOutdatedAt) await tx.update(entries).set({ translationOutdatedAt: null }).where(eq(entries.id, entry.id));

  let translation: { locale: "fr" | "en"; slug: string } | null = null;
  if (entry.translationId !== null) {
    // The other language now says something different: flag it until someone updates or confirms it.
    if (changesAnswer) await tx.update(entries).set({ translationOutdatedAt: input.at }).where(eq(entries.id, entry.translationId));
    const [sibling] = await tx.select({ locale: entries.locale, slug: entries.slug }).from(entries).where(eq(entries.id, entry.translationId));
    translation = sibling ?? null;
  }

  await recordAudit(tx, {
    actorId: input.actorId,
    action: "entry.published",
    target: { type: "entry", id: entry.id },
    client: input.client,
    details: {
      revisionId: revision.id,
      revisionNumber: revision.number,
      via: input.via,
      firstPublication: !wasPublished,
      ...(result.correctionId ? { correctionId: result.correctionId } : {}),
    },
  });
  if (result.correctionId) {
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "entry.corrected",
      target: { type: "entry", id: entry.id },
      client: input.client,
      details: { correctionId: result.correctionId, previousVerdict: entry.publishedVerdict, newVerdict: revision.verdict },
    });
  }
  if (changesAnswer && entry.translationId !== null) {
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "entry.translation_outdated",
      target: { type: "entry", id: entry.translationId },
      client: input.client,
      details: { because: entry.id },
    });
  }

  return {
    revisionId: revision.id,
    correctionId: result.correctionId,
    tags: tagsForEntryChange({ locale: result.locale, slug: result.slug }, translation),
  };
}
