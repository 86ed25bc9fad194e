import { describe, expect, it } from "vitest";
import { checkFormToken, issueFormToken, MAX_FORM_AGE_MS, MIN_FILL_MS } from "./form-token";

const secret = "test-secret";
const t0 = new Date("2025-06-01T10:00:00Z");
const after = (ms: number) => new Date(t0.getTime() + ms);

describe("time-to-submit token", () => {
  it("refuses a form sent too fast, accepts it after the minimum, expires it after a day", () => {
    const token = issueFormToken(secret, t0);
    expect(checkFormToken(secret, token, after(0))).toBe("too_fast");
    expect(checkFormToken(secret, token, after(MIN_FILL_MS - 1))).toBe("too_fast");
    expect(checkFormToken(secret, token, after(MIN_FILL_MS))).toBe("ok");
    expect(checkFormToken(secret, token, after(MAX_FORM_AGE_MS + 1))).toBe("expired");
  });

  it("cannot be backdated or forged", () => {
    const token = issueFormToken(secret, t0);
    const [, sig] = token.split(".");
    const backdated = `${(t0.getTime() - 60_000).toString(36)}.${sig}`;
    expect(checkFormToken(secret, backdated, after(MIN_FILL_MS))).toBe("invalid");
    expect(checkFormToken("other-secret", token, after(MIN_FILL_MS))).toBe("invalid");
    for (const bad of [undefined, "", "abc", 42, "x".repeat(500), `${t0.getTime().toString(36)}.`]) {
      expect(checkFormToken(secret, bad, after(MIN_FILL_MS))).toBe("invalid");
    }
  });
});
