import { randomInt } from "node:crypto";

/** No 0/O, 1/I: a reference is read aloud and retyped. */
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const LENGTH = 6;

export const TIP_REFERENCE_PATTERN = /^T-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{6}$/;

/** A public reference such as `T-7K3Q9P` (32^6 ≈ 1 billion; collisions are retried on insert). */
export function generateTipReference(): string {
  let out = "T-";
  for (let i = 0; i < LENGTH; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** The reference typed or pasted by a person (case, spaces), or null if it cannot be one. */
export function parseTipReference(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const cleaned = value.trim().toUpperCase().replace(/\s+/g, "");
  const withPrefix = cleaned.startsWith("T-") ? cleaned : `T-${cleaned}`;
  return TIP_REFERENCE_PATTERN.test(withPrefix) ? withPrefix : null;
}
