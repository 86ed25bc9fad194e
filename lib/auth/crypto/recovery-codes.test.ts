import { describe, expect, it } from "vitest";
import { generateRecoveryCodes, hashRecoveryCode, normaliseRecoveryCode } from "./recovery-codes";

const FORMAT = /^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{2}$/;

describe("generateRecoveryCodes", () => {
  it("makes 10 distinct xxxx-xxxx-xx codes from the unambiguous alphabet by default", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(FORMAT);
  });

  it("never repeats across many sets and uses the whole alphabet", () => {
    const all = Array.from({ length: 100 }, () => generateRecoveryCodes(10)).flat();
    expect(new Set(all).size).toBe(1000);
    const used = new Set(all.join("").replaceAll("-", ""));
    expect([...used].sort().join("")).toBe("23456789abcdefghjkmnpqrstuvwxyz");
  });

  it("honours n and refuses nonsense counts", () => {
    expect(generateRecoveryCodes(3)).toHaveLength(3);
    expect(() => generateRecoveryCodes(0)).toThrow(RangeError);
    expect(() => generateRecoveryCodes(2.5)).toThrow(RangeError);
  });
});

describe("normaliseRecoveryCode / hashRecoveryCode", () => {
  it("ignores case, spaces and dashes, including typographic ones", () => {
    expect(normaliseRecoveryCode(" ABCD-efgh-23 ")).toBe("abcdefgh23");
    expect(normaliseRecoveryCode("abcd efgh 23")).toBe("abcdefgh23");
    expect(normaliseRecoveryCode("abcd\u2013efgh\u201423")).toBe("abcdefgh23");
  });

  it("hashes the normalised code as SHA-256 hex", () => {
    const [code] = generateRecoveryCodes(1);
    const hashed = hashRecoveryCode(code);
    expect(hashed).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(code.toUpperCase().replaceAll("-", " "))).toBe(hashed);
    // sha256("abcdefgh23"), as printed by `printf abcdefgh23 | sha256sum`.
    expect(hashRecoveryCode("ABCD-EFGH-23")).toBe("3ffde5f02ce49898434f2bcf6cf1a0803d541c341efefa9c19ce87b6755247f4");
  });

  it("gives different codes different hashes", () => {
    expect(hashRecoveryCode("abcd-efgh-23")).not.toBe(hashRecoveryCode("abcd-efgh-24"));
  });
});
