import { parseOptions } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "./common-passwords";
import {
  ARGON2_OPTIONS,
  DUMMY_HASH,
  checkPasswordPolicy,
  generatePassword,
  hashPassword,
  isCommonPassword,
  passwordNeedsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from "./password";

describe("hashPassword / verifyPassword", () => {
  it("round-trips, refuses a wrong password, and salts each hash", async () => {
    const plain = "correct horse battery staple";
    const hashed = await hashPassword(plain);

    expect(hashed.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")).toBe(true);
    expect(await verifyPassword(hashed, plain)).toBe(true);
    expect(await verifyPassword(hashed, "correct horse battery stapler")).toBe(false);
    expect(await verifyPassword(hashed, "")).toBe(false);
    expect(await hashPassword(plain)).not.toBe(hashed);
  });

  it("answers false, without throwing, for a malformed or empty hash", async () => {
    for (const bad of ["", "not a hash", "$argon2id$v=19$m=19456,t=2,p=1$abc", "$2b$10$abcdefghijklmnopqrstuv"]) {
      await expect(verifyPassword(bad, "whatever password")).resolves.toBe(false);
    }
  });

  it("flags hashes made with other parameters for re-hashing", async () => {
    expect(passwordNeedsRehash(await hashPassword("a long enough password"))).toBe(false);
    expect(passwordNeedsRehash("$argon2id$v=19$m=4096,t=3,p=1$zqDG5klkQvZT/lTFakLCvQ$DYxDXcVbsEjWJOiB4EdVOC4YNbGsYCH/5tSacHk1xwA")).toBe(true);
    expect(passwordNeedsRehash("garbage")).toBe(true);
  });
});

describe("DUMMY_HASH / verifyAgainstDummy", () => {
  it("uses the same argon2 parameters as real hashes, so it costs the same time", () => {
    const used = parseOptions(DUMMY_HASH);
    expect(used.algorithm).toBe(ARGON2_OPTIONS.algorithm);
    expect(used.memoryCost).toBe(ARGON2_OPTIONS.memoryCost);
    expect(used.timeCost).toBe(ARGON2_OPTIONS.timeCost);
    expect(used.parallelism).toBe(ARGON2_OPTIONS.parallelism);
    expect(passwordNeedsRehash(DUMMY_HASH)).toBe(false);
  });

  it("always answers false, after doing a full verification", async () => {
    const started = performance.now();
    await expect(verifyAgainstDummy("any password at all")).resolves.toBe(false);
    const dummyMs = performance.now() - started;

    const real = await hashPassword("the real password");
    const t0 = performance.now();
    await verifyPassword(real, "a wrong password");
    const realMs = performance.now() - t0;

    // Same work, so same order of magnitude; a skipped verification would take ~0 ms.
    expect(dummyMs).toBeGreaterThan(realMs / 4);
  });
});

describe("isCommonPassword", () => {
  it("embeds at least the 1,000 most common passwords, lower-cased and distinct", () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(COMMON_PASSWORDS).size).toBe(COMMON_PASSWORDS.length);
    expect(COMMON_PASSWORDS.every((p) => p === p.toLowerCase() && p.length > 0)).toBe(true);
  });

  it("matches regardless of case, and with digits or symbols appended", () => {
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("Password1")).toBe(true);
    expect(isCommonPassword("PASSWORD123!")).toBe(true);
    expect(isCommonPassword("qwerty123456#")).toBe(true);
    expect(isCommonPassword("123456789012")).toBe(true);
    expect(isCommonPassword("Factdesk2024!")).toBe(true);
  });

  it("does not match a common word inside a longer phrase", () => {
    expect(isCommonPassword("password manager rocks")).toBe(false);
    expect(isCommonPassword("1password")).toBe(false);
    expect(isCommonPassword("tangerine-orbit-lantern")).toBe(false);
  });
});

describe("checkPasswordPolicy", () => {
  it("refuses fewer than 12 characters, counted as code points", () => {
    expect(checkPasswordPolicy("Password1")).toEqual({ ok: false, reason: "too_short" });
    expect(checkPasswordPolicy("x7#kQ2!mZ9p")).toEqual({ ok: false, reason: "too_short" });
    expect(checkPasswordPolicy("🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊")).toEqual({ ok: false, reason: "too_short" });
    expect(checkPasswordPolicy("x7#kQ2!mZ9pW")).toEqual({ ok: true });
  });

  it("refuses more than 256 characters", () => {
    expect(checkPasswordPolicy("ab".repeat(128))).toEqual({ ok: true });
    expect(checkPasswordPolicy("ab".repeat(128) + "c")).toEqual({ ok: false, reason: "too_long" });
  });

  it("refuses a common password, even decorated with digits and symbols", () => {
    expect(checkPasswordPolicy("password123!")).toEqual({ ok: false, reason: "too_common" });
    expect(checkPasswordPolicy("Password1234")).toEqual({ ok: false, reason: "too_common" });
    expect(checkPasswordPolicy("iloveyou2024!!")).toEqual({ ok: false, reason: "too_common" });
    expect(checkPasswordPolicy("1234567890ab")).toEqual({ ok: true });
  });

  it("refuses a password containing the e-mail's local part or the name", () => {
    const identity = { email: "Jane.Doe@example.org", name: "Ada Lovelace" };
    expect(checkPasswordPolicy("my jane.doe secret", identity)).toEqual({ ok: false, reason: "contains_identity" });
    expect(checkPasswordPolicy("xxJANExx-quartz-7", identity)).toEqual({ ok: false, reason: "contains_identity" });
    expect(checkPasswordPolicy("lovelace-quartz-77", identity)).toEqual({ ok: false, reason: "contains_identity" });
    expect(checkPasswordPolicy("adalovelace!quartz", identity)).toEqual({ ok: false, reason: "contains_identity" });
    expect(checkPasswordPolicy("amber-quartz-lantern", identity)).toEqual({ ok: true });
  });

  it("ignores identity fragments shorter than 4 characters", () => {
    expect(checkPasswordPolicy("bob-quartz-lantern", { email: "bob@example.org", name: "Bob" })).toEqual({ ok: true });
    expect(checkPasswordPolicy("ada-quartz-lantern", { name: "Ada" })).toEqual({ ok: true });
  });
});

describe("generatePassword", () => {
  it("makes 20 unambiguous characters that pass the policy, different each time", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const pw = generatePassword();
      expect(pw).toMatch(/^[A-HJ-NP-Za-km-np-z2-9]{20}$/);
      expect(checkPasswordPolicy(pw)).toEqual({ ok: true });
      seen.add(pw);
    }
    expect(seen.size).toBe(200);
  });
});
