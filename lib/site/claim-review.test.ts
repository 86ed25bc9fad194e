import { describe, expect, it } from "vitest";
import { VERDICTS } from "@/db/schema";
import type { PublicEntry } from "@/lib/entries/public-queries";
import { BEST_RATING, buildClaimReview, claimOriginHref, RATING_SCALE, serializeJsonLd, WORST_RATING } from "./claim-review";

function entry(overrides: Partial<PublicEntry> = {}): PublicEntry {
  return {
    id: 1,
    locale: "fr",
    slug: "les-antennes-5g",
    claim: "Les antennes 5G propagent les virus",
    claimOriginText: "Publication virale",
    claimOriginUrl: "https://social.example.com/p/1",
    claimFirstSeen: "2026-07-29",
    verdict: "false",
    summary: "Faux.",
    body: "",
    sources: [],
    topics: [],
    corrections: [],
    firstPublishedAt: new Date("2026-08-03T10:00:00Z"),
    lastPublishedAt: new Date("2026-08-05T10:00:00Z"),
    translation: null,
    ...overrides,
  };
}

describe("ClaimReview JSON-LD", () => {
  it("puts every verdict on a 1–5 scale, from false to true, each value once", () => {
    expect(VERDICTS.map((verdict) => RATING_SCALE[verdict])).toEqual([1, 2, 4, 3, 5]);
    expect(new Set(Object.values(RATING_SCALE)).size).toBe(VERDICTS.length);
    expect([WORST_RATING, BEST_RATING]).toEqual([1, 5]);
  });

  it("carries what Google requires and recommends, matching the entry", () => {
    process.env.SITE_URL = "https://factdesk.example/";
    const review = buildClaimReview(entry());
    expect(review["@context"]).toBe("https://schema.org");
    expect(review["@type"]).toBe("ClaimReview");
    expect(review.url).toBe("https://factdesk.example/fr/rumors/les-antennes-5g");
    expect(review.claimReviewed).toBe("Les antennes 5G propagent les virus");
    expect(review.datePublished).toBe("2026-08-03T10:00:00.000Z");
    expect(review.author).toEqual({ "@type": "Organization", name: "Factdesk", url: "https://factdesk.example" });
    expect(review.reviewRating).toEqual({ "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "Faux" });
    expect(review.itemReviewed["@type"]).toBe("Claim");
    expect(review.itemReviewed.firstAppearance).toEqual({
      "@type": "CreativeWork",
      url: "https://social.example.com/p/1",
      name: "Publication virale",
      datePublished: "2026-07-29",
    });
    expect(review.itemReviewed.appearance).toEqual([review.itemReviewed.firstAppearance]);
    delete process.env.SITE_URL;
  });

  it("names the verdict in the entry's language", () => {
    const review = buildClaimReview(entry({ locale: "en", verdict: "missing-context" }));
    expect(review.reviewRating.alternateName).toBe("Missing context");
    expect(review.reviewRating.ratingValue).toBe(4);
    expect(review.inLanguage).toBe("en-GB");
  });

  it("omits the appearance when the origin is unknown, and never publishes a non-http origin", () => {
    const none = buildClaimReview(entry({ claimOriginText: null, claimOriginUrl: null, claimFirstSeen: null }));
    expect(none.itemReviewed).not.toHaveProperty("appearance");
    expect(none.itemReviewed).not.toHaveProperty("firstAppearance");
    const hostile = buildClaimReview(entry({ claimOriginUrl: "javascript:alert(1)", claimOriginText: null, claimFirstSeen: null }));
    expect(hostile.itemReviewed).not.toHaveProperty("appearance");
    expect(claimOriginHref(" https://example.org/x ")).toBe("https://example.org/x");
    for (const bad of ["javascript:alert(1)", "data:text/html,x", "/relative", "mailto:a@b.c", "jav&#x09;ascript:x"]) {
      expect(claimOriginHref(bad)).toBeUndefined();
    }
  });

  it("serialises so that no claim can close the script element, and parses back to the same value", () => {
    const claim = 'a </script><script>alert(1)</script> <!-- & \u2028 \u2029 "q"';
    const json = serializeJsonLd(buildClaimReview(entry({ claim })));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json).claimReviewed).toBe(claim);
  });
});
