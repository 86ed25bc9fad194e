import { describe, expect, it } from "vitest";
import { documentContentSecurityPolicy, nonceContentSecurityPolicy, publicContentSecurityPolicy, usesNonce } from "./content-security-policy";

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(" ")]));
}

describe("Content-Security-Policy", () => {
  it("signed-in pages: scripts only with this request's nonce, never inline or eval in production", () => {
    const policy = directives(nonceContentSecurityPolicy("abc123"));
    expect(policy.get("script-src")).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy.get("script-src")).not.toContain("unsafe");
  });

  it("public pages: the same policy for every request, no eval", () => {
    expect(publicContentSecurityPolicy()).toBe(publicContentSecurityPolicy());
    expect(publicContentSecurityPolicy()).not.toContain("nonce-");
    expect(directives(publicContentSecurityPolicy()).get("script-src")).not.toContain("unsafe-eval");
  });

  it.each([
    ["admin", nonceContentSecurityPolicy("n")],
    ["public", publicContentSecurityPolicy()],
  ])("%s pages forbid plugins, base tags, foreign form targets and framing", (_name, policy) => {
    const map = directives(policy);
    expect(map.get("object-src")).toBe("'none'");
    expect(map.get("base-uri")).toBe("'none'");
    expect(map.get("form-action")).toBe("'self'");
    expect(map.get("frame-ancestors")).toBe("'none'");
    expect(map.get("default-src")).toBe("'self'");
  });

  it("feeds and APIs load nothing", () => {
    const map = directives(documentContentSecurityPolicy());
    expect(map.get("default-src")).toBe("'none'");
    expect(map.get("frame-ancestors")).toBe("'none'");
  });

  it("gives nonces to the signed-in paths only", () => {
    for (const path of ["/admin", "/admin/users", "/login", "/login/verify", "/set-password/abc"]) expect(usesNonce(path)).toBe(true);
    for (const path of ["/", "/en", "/fr/rumors/x", "/administrator", "/loginx", "/api/health"]) expect(usesNonce(path)).toBe(false);
  });
});
