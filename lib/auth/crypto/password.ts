import { randomInt } from "node:crypto";
import { hash, parseOptions, verify, type Algorithm, type Options } from "@node-rs/argon2";
import { COMMON_PASSWORDS } from "./common-passwords";

// @node-rs/argon2 declares Algorithm as an ambient const enum, which isolatedModules
// cannot read at run time; 2 is its Argon2id member.
const ARGON2ID = 2 as Algorithm;

/** OWASP Password Storage Cheat Sheet, argon2id first option: m=19 MiB, t=2, p=1. */
export const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const satisfies Options;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Hashes a password as a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`). */
export async function hashPassword(plain: string): Promise<string> {
  return hash(plain, ARGON2_OPTIONS);
}

/** True only when `hash` is a valid argon2 hash of `plain`; a malformed hash is false, never a throw. */
export async function verifyPassword(hashed: string, plain: string): Promise<boolean> {
  try {
    return await verify(hashed, plain);
  } catch {
    return false;
  }
}

/**
 * True when a stored hash was made with other parameters than today's, so the caller
 * should re-hash the password it has just verified. A malformed hash also needs one.
 */
export function passwordNeedsRehash(hashed: string): boolean {
  try {
    const used = parseOptions(hashed);
    return (
      used.algorithm !== ARGON2_OPTIONS.algorithm ||
      used.memoryCost !== ARGON2_OPTIONS.memoryCost ||
      used.timeCost !== ARGON2_OPTIONS.timeCost ||
      used.parallelism !== ARGON2_OPTIONS.parallelism
    );
  } catch {
    return true;
  }
}

/**
 * An argon2id hash, made with ARGON2_OPTIONS, of a random secret nobody kept. Verifying
 * against it costs what verifying a real user's hash costs, so a login for an unknown
 * e-mail takes as long as one with a wrong password. A test keeps its parameters equal
 * to ARGON2_OPTIONS.
 */
export const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$zqDG5klkQvZT/lTFakLCvQ$DYxDXcVbsEjWJOiB4EdVOC4YNbGsYCH/5tSacHk1xwA";

/** Spends one password verification's time and answers false: call it when no account matched. */
export async function verifyAgainstDummy(plain: string): Promise<false> {
  await verifyPassword(DUMMY_HASH, plain);
  return false;
}

export type PasswordPolicyReason = "too_short" | "too_long" | "too_common" | "contains_identity";
export type PasswordPolicyResult = { ok: true } | { ok: false; reason: PasswordPolicyReason };
export type PasswordIdentity = { email?: string | null; name?: string | null };

const COMMON_SET: ReadonlySet<string> = new Set(COMMON_PASSWORDS);
const ONLY_NON_LETTERS = /^[^\p{L}]*$/u;
const MIN_IDENTITY_LENGTH = 4;

/**
 * True when the password, lower-cased, is a common password, or a common password
 * followed only by digits and symbols ("Password2024!", "qwerty123456#").
 */
export function isCommonPassword(plain: string): boolean {
  const lower = plain.toLowerCase();
  if (COMMON_SET.has(lower)) return true;
  for (let end = lower.length - 1; end > 0; end--) {
    if (!ONLY_NON_LETTERS.test(lower.slice(end))) break;
    if (COMMON_SET.has(lower.slice(0, end))) return true;
  }
  return false;
}

/** The lower-cased fragments of a person's identity a password must not contain. */
function identityFragments({ email, name }: PasswordIdentity): string[] {
  const fragments = new Set<string>();
  const localPart = email?.split("@")[0]?.trim().toLowerCase() ?? "";
  if (localPart) {
    fragments.add(localPart);
    for (const part of localPart.split(/[._+-]+/)) fragments.add(part);
  }
  const lowerName = name?.trim().toLowerCase() ?? "";
  if (lowerName) {
    fragments.add(lowerName);
    fragments.add(lowerName.replace(/\s+/g, ""));
    for (const part of lowerName.split(/[\s.'-]+/)) fragments.add(part);
  }
  return [...fragments].filter((f) => [...f].length >= MIN_IDENTITY_LENGTH);
}

/**
 * The rules a new password must meet (NIST SP 800-63B style: length and a block list,
 * no composition rules). Lengths are counted in Unicode code points.
 */
export function checkPasswordPolicy(plain: string, identity: PasswordIdentity = {}): PasswordPolicyResult {
  const length = [...plain].length;
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, reason: "too_short" };
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, reason: "too_long" };
  if (isCommonPassword(plain)) return { ok: false, reason: "too_common" };
  const lower = plain.toLowerCase();
  if (identityFragments(identity).some((fragment) => lower.includes(fragment))) {
    return { ok: false, reason: "contains_identity" };
  }
  return { ok: true };
}

// No 0/O/o, 1/l/I, which are confused when a password is read out or copied by hand.
const GENERATED_PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
export const GENERATED_PASSWORD_LENGTH = 20;

/** A one-time password for an account an admin creates: 20 unambiguous characters, ~116 bits. */
export function generatePassword(): string {
  let out = "";
  for (let i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
    out += GENERATED_PASSWORD_ALPHABET[randomInt(GENERATED_PASSWORD_ALPHABET.length)];
  }
  return out;
}
