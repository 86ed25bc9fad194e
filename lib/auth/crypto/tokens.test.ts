import { describe, expect, it } from "vitest";
import { generateToken, hashToken, timingSafeEqualStr } from "./tokens";

describe("generateToken", () => {
  it("is base64url of the requested number of random bytes", () => {
    const token = generateToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(generateToken(48)).toMatch(/^[A-Za-z0-9_-]{64}$/);
  });

  it("does not repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => generateToken()));
    expect(tokens.size).toBe(1000);
  });

  it("refuses a token too short to be unguessable", () => {
    expect(() => generateToken(8)).toThrow(RangeError);
    expect(() => generateToken(16.5)).toThrow(RangeError);
  });
});

describe("hashToken", () => {
  it("is SHA-256 hex, stable, and differs between tokens", () => {
    // sha256("abc"), FIPS 180-2 test vector.
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const token = generateToken();
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toBe(hashToken(generateToken()));
  });
});

describe("timingSafeEqualStr", () => {
  it("compares strings of any lengths without throwing", () => {
    expect(timingSafeEqualStr("same-secret", "same-secret")).toBe(true);
    expect(timingSafeEqualStr("same-secret", "same-secreT")).toBe(false);
    expect(timingSafeEqualStr("short", "a much longer string")).toBe(false);
    expect(timingSafeEqualStr("", "")).toBe(true);
    expect(timingSafeEqualStr("", "x")).toBe(false);
    expect(timingSafeEqualStr("é", "e\u0301")).toBe(false);
  });
});
