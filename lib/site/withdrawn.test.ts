import { describe, expect, it } from "vitest";
import { withdrawnFallbackHtml, withdrawnPagePath } from "./withdrawn";

describe("withdrawn entries", () => {
  it("are shown by a page that names the entry in its query", () => {
    expect(withdrawnPagePath("fr", "une-rumeur")).toBe("/fr/withdrawn?entry=une-rumeur");
  });

  it("have a localized fallback page", () => {
    expect(withdrawnFallbackHtml("fr")).toContain('<html lang="fr">');
    expect(withdrawnFallbackHtml("fr")).toContain("Vérification retirée");
    expect(withdrawnFallbackHtml("en")).toContain("Fact-check withdrawn");
    expect(withdrawnFallbackHtml("en")).toContain('href="/en/corrections"');
  });
});
