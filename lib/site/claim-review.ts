/**
 * schema.org ClaimReview for an entry page, as Google's fact-check structured
 * data asks for it: claimReviewed, reviewRating (ratingValue on a documented
 * scale, bestRating, worstRating, alternateName = the verdict as shown), author
 * (an Organization), datePublished, url (on SITE_URL), itemReviewed (a Claim,
 * with its first appearance when the newsroom recorded one).
 *
 * Rating scale (1–5, from least to most accurate):
 *   1 false · 2 misleading · 3 unproven · 4 missing context · 5 true
 * "Unproven" sits in the middle: the evidence neither confirms nor refutes the
 * claim. "Missing context" is above it: the claim is not false, but incomplete.
 */
import type { Verdict } from "@/db/schema";
import type { PublicEntry } from "@/lib/entries/public-queries";
import { t, verdictLabel } from "@/lib/i18n/dictionaries";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { classifyUrl } from "@/lib/markdown/url";
import { absoluteUrl, paths, siteUrl } from "./urls";

export const RATING_SCALE: Readonly<Record<Verdict, number>> = Object.freeze({
  false: 1,
  misleading: 2,
  unproven: 3,
  "missing-context": 4,
  true: 5,
});
export const WORST_RATING = 1;
export const BEST_RATING = 5;

interface CreativeWork {
  "@type": "CreativeWork";
  url?: string;
  name?: string;
  datePublished?: string;
}

export interface ClaimReviewJsonLd {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished: string;
  dateModified: string;
  inLanguage: string;
  name: string;
  reviewBody: string;
  author: { "@type": "Organization"; name: string; url: string };
  reviewRating: {
    "@type": "Rating";
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
  };
  itemReviewed: {
    "@type": "Claim";
    name: string;
    datePublished?: string;
    appearance?: CreativeWork[];
    firstAppearance?: CreativeWork;
  };
}

/** The claim origin as a link: only absolute http(s) addresses (shown on the page and published as its appearance). */
export function claimOriginHref(value: string | null): string | undefined {
  const url = value?.trim();
  return url && classifyUrl(url) === "http" && /^https?:\/\//i.test(url) ? url : undefined;
}

export function buildClaimReview(entry: PublicEntry): ClaimReviewJsonLd {
  const m = t(entry.locale);
  const url = claimOriginHref(entry.claimOriginUrl);
  const appearance: CreativeWork | undefined =
    url || entry.claimOriginText || entry.claimFirstSeen
      ? {
          "@type": "CreativeWork",
          ...(url ? { url } : {}),
          ...(entry.claimOriginText ? { name: entry.claimOriginText } : {}),
          ...(entry.claimFirstSeen ? { datePublished: entry.claimFirstSeen } : {}),
        }
      : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: absoluteUrl(paths.entry(entry.locale, entry.slug)),
    claimReviewed: entry.claim,
    datePublished: entry.firstPublishedAt.toISOString(),
    dateModified: entry.lastPublishedAt.toISOString(),
    inLanguage: INTL_LOCALE[entry.locale],
    name: entry.claim,
    reviewBody: entry.summary,
    author: { "@type": "Organization", name: m.site.name, url: siteUrl() },
    reviewRating: {
      "@type": "Rating",
      ratingValue: RATING_SCALE[entry.verdict],
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: verdictLabel(entry.locale, entry.verdict),
    },
    itemReviewed: {
      "@type": "Claim",
      name: entry.claim,
      ...(entry.claimFirstSeen ? { datePublished: entry.claimFirstSeen } : {}),
      ...(appearance ? { appearance: [appearance], firstAppearance: appearance } : {}),
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. JSON.stringify alone
 * is not enough: a claim containing `</script>` would end the element and the
 * rest would be parsed as HTML. Escaping `<`, `>` and `&` as \u00XX keeps the
 * same JSON value and leaves no markup; U+2028/2029 are escaped for old parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
