import { describe, expect, it } from "vitest";
import { combineDecisions, decideFromCount, lockoutDelayMs, normaliseLoginEmail, THROTTLE_WINDOW_MS } from "./throttle";

const MINUTE = 60_000;

describe("lockoutDelayMs", () => {
  it("lets the first four failures through, then doubles the wait up to the window", () => {
    expect([0, 1, 2, 3, 4].map(lockoutDelayMs)).toEqual([0, 0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10].map(lockoutDelayMs)).toEqual([0.5 * MINUTE, MINUTE, 2 * MINUTE, 4 * MINUTE, 8 * MINUTE, 15 * MINUTE]);
    expect(lockoutDelayMs(1000)).toBe(THROTTLE_WINDOW_MS);
  });
});

describe("decideFromCount", () => {
  const now = new Date("2026-01-01T12:00:00Z");
  it("allows below the threshold", () => {
    expect(decideFromCount({ failures: 4, lastFailureAt: now }, now)).toEqual({ allowed: true });
  });
  it("refuses until the delay after the last failure has passed", () => {
    const last = new Date(now.getTime() - 10_000);
    expect(decideFromCount({ failures: 5, lastFailureAt: last }, now)).toEqual({ allowed: false, retryAfterMs: 20_000 });
    expect(decideFromCount({ failures: 5, lastFailureAt: last }, new Date(last.getTime() + 30_000))).toEqual({ allowed: true });
  });
  it("keeps the stricter of the e-mail's and the address's decisions", () => {
    expect(combineDecisions({ allowed: true }, { allowed: false, retryAfterMs: 5 }, { allowed: false, retryAfterMs: 9 })).toEqual({ allowed: false, retryAfterMs: 9 });
    expect(combineDecisions({ allowed: true }, { allowed: true })).toEqual({ allowed: true });
  });
});

it("throttles an e-mail however it is typed", () => {
  expect(normaliseLoginEmail("  Alice@Example.ORG ")).toBe("alice@example.org");
});
