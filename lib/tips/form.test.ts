import { describe, expect, it } from "vitest";
import { isSafeHttpUrl, normaliseHttpUrl, normaliseText, TIP_LIMITS, validateTipForm } from "./form";

const rumor = { claim: "5G antennas spread the flu", seenUrl: "", seenDescription: "A WhatsApp message", email: "" };

describe("tip form validation", () => {
  it("accepts a rumor with a claim and where it was seen", () => {
    const result = validateTipForm(rumor);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tip).toEqual({ kind: "rumor", entrySlug: null, claim: rumor.claim, seenUrl: null, seenDescription: "A WhatsApp message", email: null });
  });

  it("makes a report with an entry an error report, which needs no place seen", () => {
    const result = validateTipForm({ entry: "some-entry", claim: "The date is wrong" });
    expect(result.ok && result.tip.kind).toBe("error");
    expect(result.ok && result.tip.entrySlug).toBe("some-entry");
    const missing = validateTipForm({ entry: "some-entry", claim: "  " });
    expect(!missing.ok && missing.errors.claim?.code).toBe("detailsRequired");
  });

  it("requires the claim and a place (URL or description) for a rumor", () => {
    const result = validateTipForm({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.claim?.code).toBe("claimRequired");
    expect(result.errors.seenDescription?.code).toBe("whereRequired");
    expect(validateTipForm({ ...rumor, seenDescription: "", seenUrl: "https://example.org/x" }).ok).toBe(true);
  });

  it("enforces size limits, counting characters not bytes", () => {
    expect(validateTipForm({ ...rumor, claim: "é".repeat(TIP_LIMITS.claim) }).ok).toBe(true);
    const tooLong = validateTipForm({ ...rumor, claim: "x".repeat(TIP_LIMITS.claim + 1) });
    expect(!tooLong.ok && tooLong.errors.claim).toEqual({ code: "tooLong", max: TIP_LIMITS.claim });
    const longDescription = validateTipForm({ ...rumor, seenDescription: "y".repeat(TIP_LIMITS.seenDescription + 1) });
    expect(!longDescription.ok && longDescription.errors.seenDescription?.code).toBe("tooLong");
    // An enormous field is cut before any work, and still refused.
    const huge = validateTipForm({ ...rumor, claim: "z".repeat(5_000_000) });
    expect(!huge.ok && huge.errors.claim?.code).toBe("tooLong");
    expect(huge.values.claim.length).toBeLessThan(10_000);
  });

  it("accepts only http(s) links", () => {
    for (const bad of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.org", "/relative", "example.org", "http://user:pw@example.org/", "https://"]) {
      const result = validateTipForm({ ...rumor, seenUrl: bad });
      expect(!result.ok && result.errors.seenUrl?.code, bad).toBe("urlInvalid");
    }
    const ok = validateTipForm({ ...rumor, seenUrl: "HTTPS://Example.ORG/path?utm_source=x&id=3#frag" });
    expect(ok.ok && ok.tip.seenUrl).toBe("https://example.org/path?id=3");
  });

  it("checks the e-mail address when one is given", () => {
    expect(!validateTipForm({ ...rumor, email: "not an address" }).ok).toBe(true);
    const ok = validateTipForm({ ...rumor, email: " reader@example.org " });
    expect(ok.ok && ok.tip.email).toBe("reader@example.org");
  });

  it("drops control characters (PostgreSQL refuses NUL) and ignores non-text input", () => {
    expect(normaliseText(" a\u0000b\u0007c\r\nd ")).toBe("abc\nd");
    const result = validateTipForm({ ...rumor, claim: ["array"], seenDescription: 42 } as unknown as Record<string, unknown>);
    expect(!result.ok && result.errors.claim?.code).toBe("claimRequired");
  });

  it("gives back what the reader typed, as text", () => {
    const hostile = "<script>alert(1)</script>";
    const result = validateTipForm({ ...rumor, claim: hostile, email: "bad" });
    expect(result.values.claim).toBe(hostile);
    expect(result.values.email).toBe("bad");
  });
});

describe("URLs", () => {
  it("normalises http(s) and refuses other schemes", () => {
    expect(normaliseHttpUrl("http://EXAMPLE.org")).toBe("http://example.org/");
    expect(normaliseHttpUrl("javascript:alert(1)")).toBeNull();
    expect(isSafeHttpUrl("https://example.org/a")).toBe(true);
    expect(isSafeHttpUrl("vbscript:x")).toBe(false);
    expect(isSafeHttpUrl(null)).toBe(false);
  });
});
