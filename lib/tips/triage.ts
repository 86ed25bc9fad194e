/**
 * What editors do with tips: start, dismiss with a reason, reopen, merge into a
 * duplicate group, take out of a group, turn a rumor into a draft entry, mark an
 * error report handled. Every function checks `tips.triage` on the server, works
 * in one transaction and writes the audit log in it.
 *
 * Dismissing, converting and resolving act on the tip and on the open tips of its
 * duplicate group together: duplicates are handled once.
 */
import { eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { tips, type Locale } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/permissions";
import type { ClientInfo } from "@/lib/request-context";
import { createDraftEntryFromTip } from "./draft-entry";
import { normaliseText, type TipKind } from "./form";
import { isTipStatus, nextTipStatus, type TipStatus, type TipTransition } from "./status";

export const DISMISS_REASON_MAX = 500;

export type TriageError =
  | "forbidden"
  | "not_found"
  | "invalid_state"
  | "reason_required"
  | "reason_too_long"
  | "target_not_found"
  | "already_grouped"
  | "kind_mismatch"
  | "not_grouped";

export type TriageResult<T extends object = object> = ({ ok: true } & T) | { ok: false; error: TriageError };

export interface TriageContext {
  client?: ClientInfo | null;
  now?: Date;
}

interface LockedTip {
  id: number;
  reference: string;
  kind: TipKind;
  locale: Locale;
  status: TipStatus;
  groupId: number | null;
  entryId: number | null;
  claim: string;
  seenUrl: string | null;
  seenDescription: string | null;
}

class TriageAbort extends Error {
  constructor(readonly error: TriageError) {
    super(error);
  }
}

async function lockTip(tx: Tx, tipId: number): Promise<LockedTip> {
  const [row] = await tx
    .select({
      id: tips.id,
      reference: tips.reference,
      kind: tips.kind,
      locale: tips.locale,
      status: tips.status,
      groupId: tips.groupId,
      entryId: tips.entryId,
      claim: tips.claim,
      seenUrl: tips.seenUrl,
      seenDescription: tips.seenDescription,
    })
    .from(tips)
    .where(eq(tips.id, tipId))
    .for("update");
  if (!row || !isTipStatus(row.status)) throw new TriageAbort("not_found");
  return { ...row, kind: row.kind as TipKind, status: row.status };
}

/** The tip and the open tips of its group that `transition` applies to. */
async function openGroupMembers(tx: Tx, tip: LockedTip, transition: TipTransition): Promise<number[]> {
  if (tip.groupId === null) return [tip.id];
  const members = await tx
    .select({ id: tips.id, kind: tips.kind, status: tips.status })
    .from(tips)
    .where(eq(tips.groupId, tip.groupId))
    .for("update");
  const ids = members
    .filter((m) => m.id === tip.id || (isTipStatus(m.status) && nextTipStatus({ kind: m.kind as TipKind, status: m.status }, transition) !== null))
    .map((m) => m.id);
  return ids.includes(tip.id) ? ids : [tip.id, ...ids];
}

/** Runs `work` in a transaction after the permission check; maps refusals to typed results. */
async function triage<T extends object>(db: Db, actor: Actor, work: (tx: Tx) => Promise<T>): Promise<TriageResult<T>> {
  if (!can(actor, "tips.triage")) return { ok: false, error: "forbidden" };
  try {
    const value = await db.transaction((tx) => work(tx));
    return { ok: true, ...value };
  } catch (error) {
    if (error instanceof TriageAbort) return { ok: false, error: error.error };
    throw error;
  }
}

function requireTransition(tip: LockedTip, transition: TipTransition): TipStatus {
  const next = nextTipStatus(tip, transition);
  if (!next) throw new TriageAbort("invalid_state");
  return next;
}

async function setStatus(tx: Tx, ids: number[], values: Partial<typeof tips.$inferInsert>, now: Date) {
  await tx.update(tips).set({ ...values, updatedAt: now }).where(inArray(tips.id, ids));
}

export function startTip(db: Db, actor: Actor, tipId: number, context: TriageContext = {}): Promise<TriageResult> {
  const now = context.now ?? new Date();
  return triage(db, actor, async (tx) => {
    const tip = await lockTip(tx, tipId);
    const status = requireTransition(tip, "start");
    await setStatus(tx, [tip.id], { status, handledBy: actor.id }, now);
    await recordAudit(tx, { actorId: actor.id, action: "tip.started", target: { type: "tip", id: tip.id }, client: context.client });
    return {};
  });
}

export function dismissTip(db: Db, actor: Actor, tipId: number, reason: unknown, context: TriageContext = {}): Promise<TriageResult<{ tipIds: number[] }>> {
  const now = context.now ?? new Date();
  const text = typeof reason === "string" ? normaliseText(reason) : "";
  return triage(db, actor, async (tx) => {
    if (!text) throw new TriageAbort("reason_required");
    if (text.length > DISMISS_REASON_MAX) throw new TriageAbort("reason_too_long");
    const tip = await lockTip(tx, tipId);
    const status = requireTransition(tip, "dismiss");
    const ids = await openGroupMembers(tx, tip, "dismiss");
    await setStatus(tx, ids, { status, dismissReason: text, handledBy: actor.id }, now);
    await recordAudit(tx, { actorId: actor.id, action: "tip.dismissed", target: { type: "tip", id: tip.id }, client: context.client, details: { tipIds: ids, reason: text } });
    return { tipIds: ids };
  });
}

export function reopenTip(db: Db, actor: Actor, tipId: number, context: TriageContext = {}): Promise<TriageResult> {
  const now = context.now ?? new Date();
  return triage(db, actor, async (tx) => {
    const tip = await lockTip(tx, tipId);
    const status = requireTransition(tip, "reopen");
    await setStatus(tx, [tip.id], { status, dismissReason: null, handledBy: null }, now);
    await recordAudit(tx, { actorId: actor.id, action: "tip.reopened", target: { type: "tip", id: tip.id }, client: context.client });
    return {};
  });
}

/** Turns a rumor (and its open duplicates) into one draft entry, linked from each tip. */
export function convertTipToDraft(db: Db, actor: Actor, tipId: number, context: TriageContext = {}): Promise<TriageResult<{ entryId: number; slug: string; tipIds: number[] }>> {
  const now = context.now ?? new Date();
  return triage(db, actor, async (tx) => {
    if (!can(actor, "entry.create")) throw new TriageAbort("forbidden");
    const tip = await lockTip(tx, tipId);
    const status = requireTransition(tip, "convert");
    const ids = await openGroupMembers(tx, tip, "convert");
    const entry = await createDraftEntryFromTip(tx, {
      locale: tip.locale,
      claim: tip.claim,
      claimOriginText: tip.seenDescription,
      claimOriginUrl: tip.seenUrl,
      actorId: actor.id,
      now,
    });
    await setStatus(tx, ids, { status, convertedEntryId: entry.entryId, handledBy: actor.id }, now);
    await recordAudit(tx, { actorId: actor.id, action: "entry.created", target: { type: "entry", id: entry.entryId }, client: context.client, details: { fromTip: tip.reference, slug: entry.slug, locale: tip.locale } });
    await recordAudit(tx, { actorId: actor.id, action: "tip.converted", target: { type: "tip", id: tip.id }, client: context.client, details: { tipIds: ids, entryId: entry.entryId } });
    return { entryId: entry.entryId, slug: entry.slug, tipIds: ids };
  });
}

/** An error report has been dealt with on its entry (corrected, or answered). */
export function resolveErrorReport(db: Db, actor: Actor, tipId: number, context: TriageContext = {}): Promise<TriageResult<{ entryId: number | null; tipIds: number[] }>> {
  const now = context.now ?? new Date();
  return triage(db, actor, async (tx) => {
    const tip = await lockTip(tx, tipId);
    const status = requireTransition(tip, "resolve");
    const ids = await openGroupMembers(tx, tip, "resolve");
    await setStatus(tx, ids, { status, convertedEntryId: tip.entryId, handledBy: actor.id }, now);
    await recordAudit(tx, { actorId: actor.id, action: "tip.resolved", target: { type: "tip", id: tip.id }, client: context.client, details: { tipIds: ids, entryId: tip.entryId } });
    return { entryId: tip.entryId, tipIds: ids };
  });
}

/** Puts `tipId` (with its own duplicates) into the group of `targetId`. */
export function mergeTipIntoGroup(db: Db, actor: Actor, tipId: number, targetId: number, context: TriageContext = {}): Promise<TriageResult<{ groupId: number }>> {
  const now = context.now ?? new Date();
  return triage(db, actor, async (tx) => {
    const tip = await lockTip(tx, tipId);
    let target: LockedTip;
    try {
      target = await lockTip(tx, targetId);
    } catch (error) {
      if (error instanceof TriageAbort) throw new TriageAbort("target_not_found");
      throw error;
    }
    const groupOf = (t: LockedTip) => t.groupId ?? t.id;
    if (groupOf(tip) === groupOf(target)) throw new TriageAbort("already_grouped");
    if (tip.kind !== target.kind) throw new TriageAbort("kind_mismatch");
    const groupId = groupOf(target);
    await tx.update(tips).set({ groupId, updatedAt: now }).where(eq(tips.id, groupId));
    // The tip's former group (or the tip alone) joins the target group.
    await tx
      .update(tips)
      .set({ groupId, updatedAt: now })
      .where(sql`${tips.id} = ${tip.id} or (${tips.groupId} is not null and ${tips.groupId} = ${groupOf(tip)})`);
    await recordAudit(tx, { actorId: actor.id, action: "tip.merged", target: { type: "tip", id: tip.id }, client: context.client, details: { into: target.reference, groupId } });
    return { groupId };
  });
}

/** Takes a tip out of its group (an automatic grouping can be wrong). */
export function removeTipFromGroup(db: Db, actor: Actor, tipId: number, context: TriageContext = {}): Promise<TriageResult> {
  const now = context.now ?? new Date();
  return triage(db, actor, async (tx) => {
    const tip = await lockTip(tx, tipId);
    if (tip.groupId === null) throw new TriageAbort("not_grouped");
    await tx.update(tips).set({ groupId: null, updatedAt: now }).where(eq(tips.id, tip.id));
    const rest = await tx
      .select({ id: tips.id })
      .from(tips)
      .where(eq(tips.groupId, tip.groupId))
      .orderBy(tips.createdAt, tips.id)
      .for("update");
    if (rest.length === 1) {
      await tx.update(tips).set({ groupId: null, updatedAt: now }).where(eq(tips.id, rest[0].id));
    } else if (rest.length > 1 && tip.groupId === tip.id) {
      // The group loses its first tip: the next oldest one names it from now on.
      await tx.update(tips).set({ groupId: rest[0].id, updatedAt: now }).where(eq(tips.groupId, tip.id));
    }
    await recordAudit(tx, { actorId: actor.id, action: "tip.ungrouped", target: { type: "tip", id: tip.id }, client: context.client, details: { fromGroup: tip.groupId } });
    return {};
  });
}
