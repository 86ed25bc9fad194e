/**
 * Time-to-submit check. The form carries the time it was rendered, signed with
 * the server secret so a bot cannot backdate it. A person needs a few seconds to
 * describe a rumor; a script posting at once is refused politely, and a form
 * left open for more than a day must be sent again.
 */
import { createHmac } from "node:crypto";
import { timingSafeEqualStr } from "@/lib/auth/crypto/tokens";

export const MIN_FILL_MS = 3_000;
export const MAX_FORM_AGE_MS = 24 * 60 * 60_000;

export type FormTokenCheck = "ok" | "too_fast" | "expired" | "invalid";

function signature(secret: string, issuedAt: number): string {
  return createHmac("sha256", secret).update(`tip-form:${issuedAt}`).digest("base64url");
}

export function issueFormToken(secret: string, now: Date = new Date()): string {
  const issuedAt = now.getTime();
  return `${issuedAt.toString(36)}.${signature(secret, issuedAt)}`;
}

export function checkFormToken(secret: string, token: unknown, now: Date = new Date()): FormTokenCheck {
  if (typeof token !== "string" || token.length > 100) return "invalid";
  const match = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return "invalid";
  const issuedAt = Number.parseInt(match[1], 36);
  if (!Number.isSafeInteger(issuedAt) || !timingSafeEqualStr(match[2], signature(secret, issuedAt))) return "invalid";
  const age = now.getTime() - issuedAt;
  if (age < MIN_FILL_MS) return "too_fast";
  if (age > MAX_FORM_AGE_MS) return "expired";
  return "ok";
}
