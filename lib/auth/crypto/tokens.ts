import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A random URL-safe token (base64url, no padding): 32 bytes give 256 bits. For session
 * ids and single-use set-password links; store only its hashToken().
 */
export function generateToken(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < 16) {
    throw new RangeError(`a token needs at least 16 random bytes, got ${bytes}`);
  }
  return randomBytes(bytes).toString("base64url");
}

/**
 * SHA-256 hex of a token, the form kept in the database, so a leaked table holds no
 * usable link or session. A plain hash suffices: the token itself has 256 random bits.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Compares two strings in time that depends on neither content nor length (both are
 * hashed to 32 bytes first), for comparing secrets such as CSRF tokens.
 */
export function timingSafeEqualStr(a: string, b: string): boolean {
  const left = createHash("sha256").update(a, "utf8").digest();
  const right = createHash("sha256").update(b, "utf8").digest();
  return timingSafeEqual(left, right);
}
