/**
 * Withdrawn (unpublished) entries answer HTTP 410 Gone. An App Router page can
 * only answer 200, 404, 401, 403 or a redirect, so proxy.ts asks, before
 * rendering, whether the requested entry is withdrawn and, if so, rewrites the
 * request to /{locale}/withdrawn?entry={slug} with status 410. The lookup is the
 * entry page's own cached query (same cache key), so a hot entry costs the proxy
 * no query.
 */
import { getPublicEntry } from "@/lib/entries/public-queries";
import { t } from "@/lib/i18n/dictionaries";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { isSlug } from "./list-params";

const ENTRY_PATH_RE = /^\/([a-z]{2})\/rumors\/([^/]+)\/?$/;

export async function isWithdrawn(locale: Locale, slug: string): Promise<boolean> {
  return isSlug(slug) && (await getPublicEntry(locale, slug)).status === "gone";
}

/** The withdrawn entry an address names, or null for anything else. */
export async function withdrawnEntry(pathname: string): Promise<{ locale: Locale; slug: string } | null> {
  const match = ENTRY_PATH_RE.exec(pathname);
  if (!match || !isLocale(match[1])) return null;
  return (await isWithdrawn(match[1], match[2])) ? { locale: match[1], slug: match[2] } : null;
}

export function withdrawnPagePath(locale: Locale, slug: string): string {
  return `/${locale}/withdrawn?${new URLSearchParams({ entry: slug }).toString()}`;
}

/** A bare but localized page, for when the real one cannot be rendered (the status must still be 410). */
export function withdrawnFallbackHtml(locale: Locale): string {
  const m = t(locale);
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(m.errors.gone.title)} · ${escape(m.site.name)}</title></head><body style="font-family: Georgia, serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.6"><main><h1>${escape(m.errors.gone.title)}</h1><p>${escape(m.errors.gone.body)}</p><p><a href="/${locale}/corrections">${escape(m.nav.corrections)}</a> · <a href="/${locale}">${escape(m.errors.backHome)}</a></p></main></body></html>`;
}
