/**
 * The newsroom's domain commands. Each one validates its input (zod), locks
 * the entry, asks the state machine and the permissions whether the actor may
 * do this now, writes the change and its audit record in one transaction, and
 * invalidates the public cache after the commit. A refusal returns
 * `{ ok: false, error }` and writes nothing.
 */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "@/db/client";
import { entries, entryRevisions, reviewComments, scheduledPublications } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { tagsForEntryChange } from "@/lib/entries/cache-tags";
import { announcePublicChange } from "./public-change";
import { verdictLabel } from "@/lib/i18n/dictionaries";
import type { ClientInfo } from "@/lib/request-context";
import { correctionRequirement, missingCorrectionNote } from "./corrections";
import { entryFieldsSchema, fieldErrorsOf, LIMITS, text, saveRevisionSchema, type EntryFields, type EntryFieldsInput, type SaveRevisionInput } from "./entry-input";
import {
  assertTopicsExist,
  insertRevision,
  loadRevisionContents,
  lockEntry,
  publicAddresses,
  resolveSlug,
  revisionIdByNumber,
  revisionsAfter,
  setTranslationLink,
  workflowFacts,
  type LockedEntry,
} from "./entry-store";
import {
  CorrectionRequiredError,
  EntryNotFoundError,
  RevisionConflictError,
  StaleRevisionError,
  TransitionRefusedError,
  ValidationError,
  WorkflowError,
  type CommandResult,
} from "./errors";
import { assertCorrectionNote, publishWorkingRevision } from "./publishing";
import { changedFields, EMPTY_CONTENT } from "./revision-content";
import { planTransition, type WorkflowEvent, type WorkflowSnapshot } from "./state-machine";

export interface CommandContext {
  actor: Actor;
  client?: ClientInfo | null;
  now?: Date;
}

/* ------------------------------ plumbing ------------------------------ */

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsOf(result.error));
  return result.data;
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const { code, constraint: name, constraint_name: pgName, message } = e as Record<string, unknown>;
    if (code === "23505" && (name === constraint || pgName === constraint || String(message ?? "").includes(constraint))) return true;
  }
  return false;
}

/**
 * Runs `work` in a transaction. Domain refusals roll it back and come back as
 * results; the cache tags it collected are invalidated after the commit.
 */
async function runCommand<T extends object>(db: Db, work: (tx: Tx, tags: string[]) => Promise<T>): Promise<CommandResult<T>> {
  const tags: string[] = [];
  let value: T;
  try {
    value = await db.transaction((tx) => work(tx, tags));
  } catch (error) {
    if (error instanceof WorkflowError) return { ok: false, error };
    if (error instanceof ForbiddenError) return { ok: false, error: new TransitionRefusedError(error.reason, "Your role does not allow this.") };
    if (isUniqueViolation(error, "entries_locale_slug_key")) {
      return { ok: false, error: new ValidationError({ slug: "Another entry in this language already uses this address." }) };
    }
    if (isUniqueViolation(error, "scheduled_publications_one_pending_key")) {
      return { ok: false, error: new TransitionRefusedError("invalid_state", "This entry is already scheduled.") };
    }
    throw error;
  }
  if (tags.length > 0) {
    try {
      await announcePublicChange(tags);
    } catch (error) {
      // The change is committed; stale public pages expire with the cache's TTL.
      console.error("[workflow] cache invalidation failed", error);
    }
  }
  return { ok: true, ...value };
}

async function requireEntry(tx: Tx, entryId: number): Promise<LockedEntry> {
  const entry = await lockEntry(tx, entryId);
  if (!entry) throw new EntryNotFoundError();
  return entry;
}

/** Locks the entry and checks that `event` is allowed for `actor` on the revision they saw. */
async function beginTransition(
  tx: Tx,
  ctx: CommandContext,
  entryId: number,
  event: WorkflowEvent,
  seenRevisionId?: number,
): Promise<{ entry: LockedEntry; to: WorkflowSnapshot }> {
  const entry = await requireEntry(tx, entryId);
  if (seenRevisionId !== undefined && seenRevisionId !== entry.workingRevisionId) throw new StaleRevisionError(entry.workingRevisionId);
  const decision = planTransition(ctx.actor, event, workflowFacts(entry));
  if (!decision.allowed) throw new TransitionRefusedError(decision.reason, decision.message);
  return { entry, to: decision.to };
}

async function audit(tx: Tx, ctx: CommandContext, action: string, entryId: number, details: Record<string, unknown> = {}) {
  await recordAudit(tx, { actorId: ctx.actor.id, action, target: { type: "entry", id: entryId }, client: ctx.client, details });
}

async function setState(tx: Tx, entryId: number, state: WorkflowSnapshot["state"], at: Date) {
  await tx.update(entries).set({ state, updatedAt: at }).where(eq(entries.id, entryId));
}

const entryId = z.coerce.number().int().positive().max(2_147_483_647);
const revisionId = entryId;
const commentBody = (required: string) =>
  text({ error: required }).trim().min(1, required).max(LIMITS.comment, `At most ${LIMITS.comment} characters.`);

/** The correction rule at save time: notes only on updates of a published answer, required when it changes. */
function applyCorrectionRule(fields: EntryFields, entry: LockedEntry | null): EntryFields {
  const published = entry?.publishedRevisionId && entry.publishedVerdict ? { verdict: entry.publishedVerdict } : null;
  if (!published) return { ...fields, substantive: false, correctionNote: null };
  const check = correctionRequirement(published, fields, (v) => verdictLabel("en", v));
  if (missingCorrectionNote(check, fields.correctionNote)) throw new CorrectionRequiredError(check.message!);
  return fields;
}

/* ---------------------------- create & save ---------------------------- */

export async function createEntry(
  db: Db,
  ctx: CommandContext,
  input: EntryFieldsInput | unknown,
): Promise<CommandResult<{ entryId: number; revisionId: number; version: number; slug: string }>> {
  return runCommand(db, async (tx) => {
    const parsed = parse(entryFieldsSchema, input);
    assertCan(ctx.actor, "entry.create");
    const at = ctx.now ?? new Date();
    const fields = applyCorrectionRule(parsed, null);
    await assertTopicsExist(tx, fields.topicIds);
    const slug = await resolveSlug(tx, { locale: fields.locale, fields, entry: null });
    const [entry] = await tx
      .insert(entries)
      .values({ locale: fields.locale, slug, state: "draft", version: 1, createdBy: ctx.actor.id, createdAt: at, updatedAt: at })
      .returning({ id: entries.id });
    const newRevisionId = await insertRevision(tx, { entryId: entry.id, number: 1, baseRevisionId: null, fields, authorId: ctx.actor.id, at });
    await tx.update(entries).set({ workingRevisionId: newRevisionId }).where(eq(entries.id, entry.id));
    await setTranslationLink(tx, { entryId: entry.id, locale: fields.locale, currentTranslationId: null, translationId: fields.translationId });
    await audit(tx, ctx, "entry.created", entry.id, { revisionId: newRevisionId, locale: fields.locale, slug });
    return { entryId: entry.id, revisionId: newRevisionId, version: 1, slug };
  });
}

/**
 * Saves the form as a new immutable revision. The form carries the entry
 * version it was loaded at; if someone saved since, nothing is written and
 * RevisionConflictError says what changed meanwhile.
 */
export async function saveRevision(
  db: Db,
  ctx: CommandContext,
  input: SaveRevisionInput | unknown,
): Promise<CommandResult<{ entryId: number; revisionId: number; version: number; slug: string; state: WorkflowSnapshot["state"] }>> {
  return runCommand(db, async (tx, tags) => {
    const { entryId: id, version, fields: parsed } = parse(saveRevisionSchema, input);
    const at = ctx.now ?? new Date();
    const { entry, to } = await beginTransition(tx, ctx, id, "edit");
    if (entry.version !== version) throw new RevisionConflictError(await conflictDetails(tx, entry, version));
    if (entry.firstPublishedAt && parsed.locale !== entry.locale) {
      throw new ValidationError({ locale: "The language is fixed since the entry was first published." });
    }
    const fields = applyCorrectionRule(parsed, entry);
    await assertTopicsExist(tx, fields.topicIds);
    const slug = await resolveSlug(tx, { locale: fields.locale, fields, entry });
    const newRevisionId = await insertRevision(tx, {
      entryId: entry.id,
      number: (entry.revision?.number ?? 0) + 1,
      baseRevisionId: entry.workingRevisionId,
      fields,
      authorId: ctx.actor.id,
      at,
    });
    await tx
      .update(entries)
      .set({ workingRevisionId: newRevisionId, version: entry.version + 1, state: to.state, slug, locale: fields.locale, updatedAt: at })
      .where(eq(entries.id, entry.id));
    const relinked = await setTranslationLink(tx, {
      entryId: entry.id,
      locale: fields.locale,
      currentTranslationId: entry.translationId,
      translationId: fields.translationId,
    });
    // A changed translation link shows on live pages ("read in English").
    for (const address of await publicAddresses(tx, relinked)) tags.push(...tagsForEntryChange(address));
    await audit(tx, ctx, "entry.revision_saved", entry.id, {
      revisionId: newRevisionId,
      revisionNumber: (entry.revision?.number ?? 0) + 1,
      from: entry.state,
      to: to.state,
      ...(slug !== entry.slug ? { slug } : {}),
    });
    return { entryId: entry.id, revisionId: newRevisionId, version: entry.version + 1, slug, state: to.state };
  });
}

async function conflictDetails(tx: Tx, entry: LockedEntry, formVersion: number) {
  // Save N creates revision number N: the form's version names the revision it started from.
  const baseId = await revisionIdByNumber(tx, entry.id, formVersion);
  const currentId = entry.workingRevisionId!;
  const contents = await loadRevisionContents(tx, baseId ? [baseId, currentId] : [currentId]);
  const meanwhile = await revisionsAfter(tx, entry.id, formVersion);
  return {
    currentVersion: entry.version,
    currentRevisionId: currentId,
    savedMeanwhile: meanwhile.map((r) => ({ number: r.number, authorName: r.authorName, createdAt: r.createdAt.toISOString() })),
    changes: changedFields((baseId && contents.get(baseId)) || EMPTY_CONTENT, contents.get(currentId) ?? EMPTY_CONTENT),
  };
}

/* ------------------------------- review ------------------------------- */

const submitSchema = z.object({ entryId, revisionId: revisionId.optional() });

export async function submitForReview(db: Db, ctx: CommandContext, input: unknown): Promise<CommandResult<{ entryId: number }>> {
  return runCommand(db, async (tx) => {
    const data = parse(submitSchema, input);
    const at = ctx.now ?? new Date();
    const { entry, to } = await beginTransition(tx, ctx, data.entryId, "submit", data.revisionId);
    await tx
      .update(entryRevisions)
      .set({ submittedBy: ctx.actor.id, submittedAt: at, approvedBy: null, approvedAt: null })
      .where(eq(entryRevisions.id, entry.workingRevisionId!));
    await setState(tx, entry.id, to.state, at);
    await audit(tx, ctx, "entry.submitted", entry.id, { revisionId: entry.workingRevisionId });
    return { entryId: entry.id };
  });
}

const requestChangesSchema = z.object({ entryId, revisionId, comment: commentBody("Say what needs to change.") });

export async function requestChanges(db: Db, ctx: CommandContext, input: unknown): Promise<CommandResult<{ entryId: number }>> {
  return runCommand(db, async (tx) => {
    const data = parse(requestChangesSchema, input);
    const at = ctx.now ?? new Date();
    const { entry, to } = await beginTransition(tx, ctx, data.entryId, "request_changes", data.revisionId);
    await tx.update(entryRevisions).set({ approvedBy: null, approvedAt: null }).where(eq(entryRevisions.id, entry.workingRevisionId!));
    await tx.insert(reviewComments).values({
      entryId: entry.id,
      revisionId: entry.workingRevisionId,
      authorId: ctx.actor.id,
      kind: "changes_requested",
      body: data.comment,
      createdAt: at,
    });
    await setState(tx, entry.id, to.state, at);
    await audit(tx, ctx, "entry.changes_requested", entry.id, { revisionId: entry.workingRevisionId });
    return { entryId: entry.id };
  });
}

const approveSchema = z.object({
  entryId,
  revisionId,
  comment: text().trim().max(LIMITS.comment, `At most ${LIMITS.comment} characters.`).optional(),
});

/** Approves the working revision. Two-person rule: never by its author or its submitter. */
export async function approveRevision(db: Db, ctx: CommandContext, input: unknown): Promise<CommandResult<{ entryId: number }>> {
  return runCommand(db, async (tx) => {
    const data = parse(approveSchema, input);
    const at = ctx.now ?? new Date();
    const { entry, to } = await beginTransition(tx, ctx, data.entryId, "approve", data.revisionId);
    await tx.update(entryRevisions).set({ approvedBy: ctx.actor.id, approvedAt: at }).where(eq(entryRevisions.id, entry.workingRevisionId!));
    await tx.insert(reviewComments).values({
      entryId: entry.id,
      revisionId: entry.workingRevisionId,
      authorId: ctx.actor.id,
      kind: "approved",
      body: data.comment || "Approved.",
      createdAt: at,
    });
    await setState(tx, entry.id, to.state, at);
    await audit(tx, ctx, "entry.approved", entry.id, { revisionId: entry.workingRevisionId });
    return { entryId: entry.id };
  });
}

const commentSchema = z.object({ entryId, revisionId: revisionId.optional(), body: commentBody("Write a comment.") });

export async function addComment(db: Db, ctx: CommandContext, input: unknown): Promise<CommandResult<{ commentId: number }>> {
  return runCommand(db, async (tx) => {
    const data = parse(commentSchema, input);
    const entry = await requireEntry(tx, data.entryId);
    assertCan(ctx.actor, "entry.comment");
    if (data.revisionId !== undefined) {
      // A comment names a revision of this entry, not any id a form sends.
      const [own] = await tx
        .select({ id: entryRevisions.id })
        .from(entryRevisions)
        .where(and(eq(entryRevisions.id, data.revisionId), eq(entryRevisions.entryId, entry.id)));
      if (!own) throw new ValidationError({ revisionId: "This revision does not belong to the entry." });
    }
    const [comment] = await tx
      .insert(reviewComments)
      .values({
        entryId: entry.id,
        revisionId: data.revisionId ?? entry.workingRevisionId,
        authorId: ctx.actor.id,
        kind: "comment",
        body: data.body,
        createdAt: ctx.now ?? new Date(),
      })
      .returning({ id: reviewComments.id });
    await audit(tx, ctx, "entry.commented", entry.id, { commentId: comment.id });
    return { commentId: comment.id };
  });
}

/* ----------------------------- publication ----------------------------- */

const publishSchema = z.object({ entryId, revisionId });

/** Publishes the approved working revision now (needs a second editor's approval and a source). */
export async function publishNow(
  db: Db,
  ctx: CommandContext,
  input: unknown,
): Promise<CommandResult<{ entryId: number; correctionId: number | null }>> {
  return runCommand(db, async (tx, tags) => {
    const data = parse(publishSchema, input);
    const { entry } = await beginTransition(tx, ctx, data.entryId, "publish", data.revisionId);
    const outcome = await publishWorkingRevision(tx, entry, { actorId: ctx.actor.id, at: ctx.now ?? new Date(), client: ctx.client, via: "publish_now" });
    tags.push(...outcome.tags);
    return { entryId: entry.id, correctionId: outcome.correctionId };
  });
}

/** Furthest ahead a publication can be scheduled. */
const MAX_SCHEDULE_AHEAD_MS = 2 * 365 * 24 * 60 * 60 * 1000;

const scheduleSchema = z.object({
  entryId,
  revisionId,
  publishAt: z.coerce.date({ error: "Choose a date and time." }).refine((d) => !Number.isNaN(d.getTime()), "Choose a date and time."),
});

export async function schedulePublication(
  db: Db,
  ctx: CommandContext,
  input: unknown,
): Promise<CommandResult<{ entryId: number; scheduleId: number; publishAt: Date }>> {
  return runCommand(db, async (tx) => {
    const data = parse(scheduleSchema, input);
    const now = ctx.now ?? new Date();
    if (data.publishAt.getTime() <= now.getTime()) throw new ValidationError({ publishAt: "Choose a time in the future." });
    if (data.publishAt.getTime() - now.getTime() > MAX_SCHEDULE_AHEAD_MS) throw new ValidationError({ publishAt: "Choose a time within two years." });
    const { entry, to } = await beginTransition(tx, ctx, data.entryId, "schedule", data.revisionId);
    // Refuse now what the scheduler would refuse later.
    assertCorrectionNote(entry);
    const [row] = await tx
      .insert(scheduledPublications)
      .values({ entryId: entry.id, revisionId: entry.workingRevisionId!, publishAt: data.publishAt, createdBy: ctx.actor.id, createdAt: now })
      .returning({ id: scheduledPublications.id });
    await setState(tx, entry.id, to.state, now);
    await audit(tx, ctx, "entry.scheduled", entry.id, { revisionId: entry.workingRevisionId, publishAt: data.publishAt.toISOString(), scheduleId: row.id });
    return { entryId: entry.id, scheduleId: row.id, publishAt: data.publishAt };
  });
}

const entryOnlySchema = z.object({ entryId });

export async function cancelSchedule(db: Db, ctx: CommandContext, input: unknown): Promise<CommandResult<{ entryId: number }>> {
  return runCommand(db, async (tx) => {
    const data = parse(entryOnlySchema, input);
    const at = ctx.now ?? new Date();
    const { entry, to } = await beginTransition(tx, ctx, data.entryId, "cancel_schedule");
    const cancelled = await cancelPendingSchedules(tx, entry.id, at);
    await setState(tx, entry.id, to.state, at);
    await audit(tx, ctx, "entry.schedule_cancelled", entry.id, { scheduleIds: cancelled });
    return { entryId: entry.id };
  });
}

async function cancelPendingSchedules(tx: Tx, id: number, at: Date): Promise<number[]> {
  const rows = await tx
    .update(scheduledPublications)
    .set({ status: "cancelled", doneAt: at })
    .where(and(eq(scheduledPublications.entryId, id), eq(scheduledPublications.status, "pending")))
    .returning({ id: scheduledPublications.id });
  return rows.map((row) => row.id);
}

const unpublishSchema = z.object({ entryId, reason: text().trim().max(1_000, "At most 1,000 characters.").optional() });

/** Takes the entry off the public site: its URL then answers 410 Gone. */
export async function unpublishEntry(db: Db, ctx: CommandContext, input: unknown): Promise<CommandResult<{ entryId: number }>> {
  return runCommand(db, async (tx, tags) => {
    const data = parse(unpublishSchema, input);
    const at = ctx.now ?? new Date();
    const { entry, to } = await beginTransition(tx, ctx, data.entryId, "unpublish");
    const cancelled = await cancelPendingSchedules(tx, entry.id, at);
    await tx.update(entries).set({ state: to.state, unpublishedAt: at, updatedAt: at }).where(eq(entries.id, entry.id));
    await audit(tx, ctx, "entry.unpublished", entry.id, { reason: data.reason || null, ...(cancelled.length ? { cancelledSchedules: cancelled } : {}) });
    tags.push(...(await entryTags(tx, entry)));
    return { entryId: entry.id };
  });
}

/** Puts a withdrawn entry's last published revision back online. */
export async function republishEntry(db: Db, ctx: CommandContext, input: unknown): Promise<CommandResult<{ entryId: number }>> {
  return runCommand(db, async (tx, tags) => {
    const data = parse(entryOnlySchema, input);
    const at = ctx.now ?? new Date();
    const { entry, to } = await beginTransition(tx, ctx, data.entryId, "republish");
    await tx.update(entries).set({ state: to.state, unpublishedAt: null, updatedAt: at }).where(eq(entries.id, entry.id));
    await audit(tx, ctx, "entry.republished", entry.id, { revisionId: entry.publishedRevisionId });
    tags.push(...(await entryTags(tx, entry)));
    return { entryId: entry.id };
  });
}

async function entryTags(tx: Tx, entry: LockedEntry): Promise<string[]> {
  const [translation] = entry.translationId ? await publicAddresses(tx, [entry.translationId]) : [];
  return tagsForEntryChange({ locale: entry.locale, slug: entry.slug }, translation ?? null);
}

/* ----------------------------- translations ----------------------------- */

/** "The translation is still right": clears the out-of-date flag without a new revision. */
export async function confirmTranslation(db: Db, ctx: CommandContext, input: unknown): Promise<CommandResult<{ entryId: number }>> {
  return runCommand(db, async (tx) => {
    const data = parse(entryOnlySchema, input);
    const entry = await requireEntry(tx, data.entryId);
    assertCan(ctx.actor, "entry.confirm_translation");
    if (!entry.translationOutdatedAt) throw new TransitionRefusedError("invalid_state", "This entry is not marked out of date.");
    await tx.update(entries).set({ translationOutdatedAt: null }).where(eq(entries.id, entry.id));
    await audit(tx, ctx, "entry.translation_confirmed", entry.id, { outdatedSince: entry.translationOutdatedAt.toISOString() });
    return { entryId: entry.id };
  });
}
