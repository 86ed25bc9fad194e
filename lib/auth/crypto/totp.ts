import { timingSafeEqual } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

// RFC 6238 defaults, the only ones every authenticator app supports.
const ALGORITHM = "SHA1";
const DIGITS = 6;
const PERIOD_SECONDS = 30;
/** Steps accepted on either side of the current one, for clock drift and typing time. */
const WINDOW = 1;
const SECRET_BYTES = 20;

export const TOTP_ISSUER = "Factdesk";

/** A new random shared secret, base32 (20 bytes, 32 characters, no padding). */
export function generateTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32;
}

/** The `otpauth://totp/…` URI an authenticator app reads from the QR code. */
export function totpUri({
  secret,
  accountName,
  issuer = TOTP_ISSUER,
}: {
  secret: string;
  accountName: string;
  issuer?: string;
}): string {
  return new TOTP({
    issuer,
    label: accountName,
    secret: Secret.fromBase32(secret),
    algorithm: ALGORITHM,
    digits: DIGITS,
    period: PERIOD_SECONDS,
  }).toString();
}

/** The URI as an SVG QR code, drawn locally (nothing is sent anywhere). */
export async function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/** The RFC 6238 time step (30-second counter since the epoch) at `now`. */
export function totpStep(now: Date = new Date()): number {
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS);
}

/** The code an authenticator shows for `secret` at `now`: for tests and tooling. */
export function generateTotpCode(secret: string, now: Date = new Date()): string {
  return codeForStep(Secret.fromBase32(secret), totpStep(now));
}

function codeForStep(secret: Secret, step: number): string {
  return TOTP.generate({
    secret,
    algorithm: ALGORITHM,
    digits: DIGITS,
    period: PERIOD_SECONDS,
    timestamp: step * PERIOD_SECONDS * 1000,
  });
}

function sameCode(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export type TotpVerification = { ok: true; step: number } | { ok: false };

/**
 * Checks a code typed by the user. Accepts the current step ±1, but never a step at or
 * before `lastUsedStep`: a code works once, and an older code is dead once a newer one
 * was used. On success the caller must store the returned `step` as the new
 * `lastUsedStep` (atomically with the login it allows). `secret` is base32.
 */
export function verifyTotp({
  secret,
  code,
  lastUsedStep,
  now = new Date(),
}: {
  secret: string;
  code: string;
  lastUsedStep: number | null;
  now?: Date;
}): TotpVerification {
  const typed = code.replace(/\s+/g, "");
  if (!/^\d+$/.test(typed) || typed.length !== DIGITS) return { ok: false };

  let key: Secret;
  try {
    key = Secret.fromBase32(secret);
  } catch {
    return { ok: false };
  }
  if (key.bytes.length === 0) return { ok: false };

  const current = totpStep(now);
  // Newest first, so the search stops at the first step that was already used.
  for (let step = current + WINDOW; step >= current - WINDOW; step--) {
    if (lastUsedStep !== null && step <= lastUsedStep) break;
    if (sameCode(codeForStep(key, step), typed)) return { ok: true, step };
  }
  return { ok: false };
}
