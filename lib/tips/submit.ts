/**
 * A reader sends a tip: a rumor they saw, or an error in a published answer.
 * Checked in this order: the honeypot (bots are told "thank you" and nothing is
 * stored), the signed time-to-submit, the fields, then the per-address rate
 * limit and the insert, in one transaction.
 */
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { entries, tips, type Locale } from "@/db/schema";
import { joinDuplicateGroup } from "./duplicates";
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD } from "./fields";
import { checkFormToken } from "./form-token";
import { validateTipForm, type TipFieldErrors, type TipFormValues } from "./form";
import { hashClientAddress } from "./client-key";
import { TIP_RATE_LIMITS, takeRateLimitHit } from "./rate-limit";
import { generateTipReference } from "./reference";

export { FORM_TOKEN_FIELD, HONEYPOT_FIELD } from "./fields";

export type SubmitTipFailure =
  | { reason: "invalid"; errors: TipFieldErrors }
  | { reason: "too_fast" | "expired" | "rate_limited" | "entry_not_found" };

export type SubmitTipResult =
  | { ok: true; reference: string; tipId: number | null }
  | ({ ok: false; values: TipFormValues } & SubmitTipFailure);

export interface SubmitTipContext {
  locale: Locale;
  /** The client address (see lib/request-context.ts); only its keyed hash is stored. */
  ip: string;
  secret: string;
  now?: Date;
}

export async function submitTip(db: Db, form: Record<string, unknown>, context: SubmitTipContext): Promise<SubmitTipResult> {
  const now = context.now ?? new Date();
  const validation = validateTipForm(form);
  const { values } = validation;

  const honeypot = form[HONEYPOT_FIELD];
  if (typeof honeypot === "string" && honeypot.trim() !== "") {
    return { ok: true, reference: generateTipReference(), tipId: null };
  }

  const token = checkFormToken(context.secret, form[FORM_TOKEN_FIELD], now);
  // An invalid token is a form not rendered by us (or tampered with): treat it as too fast.
  if (token === "too_fast" || token === "invalid") return { ok: false, reason: "too_fast", values };
  if (token === "expired") return { ok: false, reason: "expired", values };

  if (!validation.ok) return { ok: false, reason: "invalid", errors: validation.errors, values };
  const tip = validation.tip;

  let entryId: number | null = null;
  if (tip.kind === "error") {
    const [entry] = await db
      .select({ id: entries.id })
      .from(entries)
      .where(and(eq(entries.locale, context.locale), eq(entries.slug, tip.entrySlug!), isNotNull(entries.publishedRevisionId), isNull(entries.unpublishedAt)))
      .limit(1);
    if (!entry) return { ok: false, reason: "entry_not_found", values };
    entryId = entry.id;
  }

  const ipHash = hashClientAddress(context.secret, context.ip);
  return db.transaction(async (tx): Promise<SubmitTipResult> => {
    const limit = await takeRateLimitHit(tx, { bucket: "tips", key: ipHash, windows: TIP_RATE_LIMITS, now });
    if (!limit.allowed) return { ok: false, reason: "rate_limited", values };

    const groupId = await joinDuplicateGroup(tx, { kind: tip.kind, entryId, claim: tip.claim, seenUrl: tip.seenUrl, now });
    for (let attempt = 0; attempt < 5; attempt++) {
      const reference = generateTipReference();
      const [row] = await tx
        .insert(tips)
        .values({
          reference,
          kind: tip.kind,
          locale: context.locale,
          entryId,
          claim: tip.claim,
          seenUrl: tip.seenUrl,
          seenDescription: tip.seenDescription,
          contactEmail: tip.email,
          status: "new",
          groupId,
          ipHash,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: tips.reference })
        .returning({ id: tips.id });
      if (row) return { ok: true, reference, tipId: row.id };
    }
    throw new Error("Could not allocate a unique tip reference");
  });
}
