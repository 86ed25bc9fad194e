import { createHash, randomInt } from "node:crypto";

// Lower-case letters and digits without 0/o, 1/l/i: 31 symbols, ~4.95 bits each.
export const RECOVERY_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
// Printed as xxxx-xxxx-xx: 10 symbols, ~49 bits per code.
const GROUPS = [4, 4, 2] as const;
export const RECOVERY_CODE_LENGTH = GROUPS.reduce((sum, size) => sum + size, 0);

function randomSymbols(count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)];
  return out;
}

function generateRecoveryCode(): string {
  return GROUPS.map(randomSymbols).join("-");
}

/**
 * A fresh set of one-time recovery codes, shown once to the user; store only their
 * hashRecoveryCode(). The codes of one set are distinct.
 */
export function generateRecoveryCodes(n = 10): string[] {
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    throw new RangeError(`recovery code count must be an integer from 1 to 100, got ${n}`);
  }
  const codes = new Set<string>();
  while (codes.size < n) codes.add(generateRecoveryCode());
  return [...codes];
}

/** What the user typed, reduced to the stored form: lower-case, without spaces or dashes. */
export function normaliseRecoveryCode(code: string): string {
  // \u2010-\u2015: the typographic dashes a word processor or phone may substitute.
  return code.toLowerCase().replace(/[\s\-\u2010-\u2015]+/g, "");
}

/** SHA-256 hex of the normalised code, the form kept in the database. */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normaliseRecoveryCode(code), "utf8").digest("hex");
}
