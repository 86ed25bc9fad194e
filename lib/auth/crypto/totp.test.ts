import { Secret, TOTP, URI } from "otpauth";
import { describe, expect, it } from "vitest";
import { generateTotpCode, generateTotpSecret, totpQrSvg, totpStep, totpUri, verifyTotp } from "./totp";

// RFC 6238 appendix B: the SHA1 seed is the ASCII "12345678901234567890".
const RFC_SECRET = Secret.fromLatin1("12345678901234567890").base32;

const secret = generateTotpSecret();
const t0 = new Date("2026-03-01T12:00:10Z");
const at = (steps: number) => new Date(t0.getTime() + steps * 30_000);
const step0 = totpStep(t0);

describe("generateTotpSecret", () => {
  it("is 20 random bytes in base32", () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(Secret.fromBase32(secret).bytes.length).toBe(20);
    expect(generateTotpSecret()).not.toBe(secret);
  });
});

describe("generateTotpCode", () => {
  it("matches the RFC 6238 SHA1 test vectors (last 6 digits)", () => {
    expect(generateTotpCode(RFC_SECRET, new Date(59_000))).toBe("287082");
    expect(generateTotpCode(RFC_SECRET, new Date(1_111_111_109_000))).toBe("081804");
    expect(generateTotpCode(RFC_SECRET, new Date(2_000_000_000_000))).toBe("279037");
  });
});

describe("totpUri / totpQrSvg", () => {
  it("builds an otpauth URI an authenticator understands", () => {
    const uri = totpUri({ secret, accountName: "jane@example.org", issuer: "Factdesk" });
    expect(uri.startsWith("otpauth://totp/Factdesk:jane%40example.org?")).toBe(true);
    const parsed = URI.parse(uri);
    expect(parsed).toBeInstanceOf(TOTP);
    expect(parsed.issuer).toBe("Factdesk");
    expect(parsed.secret.base32).toBe(secret);
    expect(parsed.algorithm).toBe("SHA1");
    expect(parsed.digits).toBe(6);
    expect((parsed as TOTP).period).toBe(30);
  });

  it("defaults the issuer to Factdesk", () => {
    expect(totpUri({ secret, accountName: "jane@example.org" })).toContain("issuer=Factdesk");
  });

  it("draws the QR code as an SVG string", async () => {
    const svg = await totpQrSvg(totpUri({ secret, accountName: "jane@example.org", issuer: "Factdesk" }));
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("</svg>");
  });
});

describe("verifyTotp", () => {
  it("accepts the code of the current step and returns that step", () => {
    const code = generateTotpCode(secret, t0);
    expect(verifyTotp({ secret, code, lastUsedStep: null, now: t0 })).toEqual({ ok: true, step: step0 });
  });

  it("accepts one step of drift either way, and not two", () => {
    expect(verifyTotp({ secret, code: generateTotpCode(secret, at(-1)), lastUsedStep: null, now: t0 })).toEqual({
      ok: true,
      step: step0 - 1,
    });
    expect(verifyTotp({ secret, code: generateTotpCode(secret, at(1)), lastUsedStep: null, now: t0 })).toEqual({
      ok: true,
      step: step0 + 1,
    });
    expect(verifyTotp({ secret, code: generateTotpCode(secret, at(-2)), lastUsedStep: null, now: t0 })).toEqual({ ok: false });
    expect(verifyTotp({ secret, code: generateTotpCode(secret, at(2)), lastUsedStep: null, now: t0 })).toEqual({ ok: false });
  });

  it("refuses the same code twice", () => {
    const code = generateTotpCode(secret, t0);
    const first = verifyTotp({ secret, code, lastUsedStep: null, now: t0 });
    expect(first.ok).toBe(true);
    const lastUsedStep = first.ok ? first.step : null;
    expect(verifyTotp({ secret, code, lastUsedStep, now: t0 })).toEqual({ ok: false });
    // Still inside the window 20 seconds later: still refused.
    expect(verifyTotp({ secret, code, lastUsedStep, now: new Date(t0.getTime() + 20_000) })).toEqual({ ok: false });
  });

  it("refuses an older code once a newer one was used", () => {
    const older = generateTotpCode(secret, at(-1));
    expect(verifyTotp({ secret, code: older, lastUsedStep: step0, now: t0 })).toEqual({ ok: false });
  });

  it("accepts the next step's code after one was used", () => {
    const next = generateTotpCode(secret, at(1));
    expect(verifyTotp({ secret, code: next, lastUsedStep: step0, now: at(1) })).toEqual({ ok: true, step: step0 + 1 });
    // Early by one step (phone clock ahead) also works, and burns that step.
    expect(verifyTotp({ secret, code: next, lastUsedStep: step0, now: t0 })).toEqual({ ok: true, step: step0 + 1 });
  });

  it("tolerates spaces in the code", () => {
    const code = generateTotpCode(secret, t0);
    const spaced = ` ${code.slice(0, 3)} ${code.slice(3)} `;
    expect(verifyTotp({ secret, code: spaced, lastUsedStep: null, now: t0 })).toEqual({ ok: true, step: step0 });
  });

  it("refuses garbage, wrong lengths and non-digits", () => {
    const code = generateTotpCode(secret, t0);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    for (const bad of ["", "      ", "abcdef", "12345", "1234567", `${code}0`, code.slice(1), `${code.slice(0, 5)}x`, "１２３４５６", "-12345", wrong]) {
      expect(verifyTotp({ secret, code: bad, lastUsedStep: null, now: t0 })).toEqual({ ok: false });
    }
  });

  it("refuses a code checked against another secret, and a malformed secret", () => {
    const code = generateTotpCode(secret, t0);
    expect(verifyTotp({ secret: generateTotpSecret(), code, lastUsedStep: null, now: t0 })).toEqual({ ok: false });
    expect(verifyTotp({ secret: "not base32!", code, lastUsedStep: null, now: t0 })).toEqual({ ok: false });
    expect(verifyTotp({ secret: "", code, lastUsedStep: null, now: t0 })).toEqual({ ok: false });
  });
});
