/**
 * sitemap.xml with hreflang alternates (xhtml:link) between translations.
 *
 * Up to SITEMAP_CHUNK entries, /sitemap.xml is one <urlset>. Beyond that (the
 * protocol caps a file at 50,000 URLs and 50 MB), /sitemap.xml becomes a
 * <sitemapindex> of /sitemaps/pages.xml and /sitemaps/entries-{n}.xml (chunks in
 * id order). Everything is cached under the list tags, which every publication
 * and withdrawal invalidates, so crawlers cost no query while nothing changes.
 */
import { sql } from "drizzle-orm";
import { getPublicReadDb, queryRows } from "@/db/client";
import { cached } from "@/lib/cache/tagged-cache";
import { publicTags } from "@/lib/entries/cache-tags";
import { listTopics } from "@/lib/entries/public-queries";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { absoluteUrl, paths } from "./urls";

export const SITEMAP_CHUNK = 10_000;

export interface SitemapUrl {
  loc: string;
  lastmod?: Date;
  /** hreflang → absolute URL, this URL included. */
  alternates?: Partial<Record<Locale | "x-default", string>>;
}

const SITEMAP_TAGS = [publicTags.list("fr"), publicTags.list("en"), publicTags.topics()];

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function urlsetXml(urls: SitemapUrl[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const url of urls) {
    lines.push("<url>", `<loc>${escapeXml(url.loc)}</loc>`);
    if (url.lastmod) lines.push(`<lastmod>${url.lastmod.toISOString()}</lastmod>`);
    for (const [hreflang, href] of Object.entries(url.alternates ?? {})) {
      if (href) lines.push(`<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`);
    }
    lines.push("</url>");
  }
  lines.push("</urlset>", "");
  return lines.join("\n");
}

export function sitemapIndexXml(files: { loc: string; lastmod?: Date }[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'];
  for (const file of files) {
    lines.push("<sitemap>", `<loc>${escapeXml(file.loc)}</loc>`);
    if (file.lastmod) lines.push(`<lastmod>${file.lastmod.toISOString()}</lastmod>`);
    lines.push("</sitemap>");
  }
  lines.push("</sitemapindex>", "");
  return lines.join("\n");
}

/** The same page in both languages, each listing both (hreflang sets must be symmetric). */
function bilingual(path: (locale: Locale) => string, xDefault?: string): SitemapUrl[] {
  const alternates: SitemapUrl["alternates"] = {};
  for (const locale of LOCALES) alternates[locale] = absoluteUrl(path(locale));
  if (xDefault) alternates["x-default"] = absoluteUrl(xDefault);
  return LOCALES.map((locale) => ({ loc: absoluteUrl(path(locale)), alternates }));
}

async function pageUrls(): Promise<SitemapUrl[]> {
  const topics = await listTopics("fr");
  return [
    ...bilingual(paths.home, "/"),
    ...topics.flatMap((topic) => bilingual((locale) => paths.topic(locale, topic.slug))),
    ...bilingual(paths.corrections),
    ...bilingual(paths.correctionsPolicy),
  ];
}

type EntryRow = {
  id: number;
  locale: Locale;
  slug: string;
  last_published_at: Date | string;
  tr_locale: Locale | null;
  tr_slug: string | null;
};

async function loadEntryChunk(chunk: number): Promise<SitemapUrl[]> {
  const db = await getPublicReadDb();
  // The chunk's first id is found by walking the primary key index; the chunk is then one range scan.
  const rows = await queryRows<EntryRow>(
    db,
    sql`select e.id, e.locale, e.slug, e.last_published_at, tr.locale as tr_locale, tr.slug as tr_slug
        from entries e
        left join entries tr on tr.id = e.translation_id and tr.published_revision_id is not null and tr.unpublished_at is null
        where e.published_revision_id is not null and e.unpublished_at is null
          and e.id >= coalesce((select id from entries
                                where published_revision_id is not null and unpublished_at is null
                                order by id offset ${chunk * SITEMAP_CHUNK} limit 1), 2147483647)
        order by e.id
        limit ${SITEMAP_CHUNK}`,
  );
  return rows.map((row) => {
    const loc = absoluteUrl(paths.entry(row.locale, row.slug));
    const alternates: SitemapUrl["alternates"] = { [row.locale]: loc };
    if (row.tr_locale && row.tr_slug) alternates[row.tr_locale] = absoluteUrl(paths.entry(row.tr_locale, row.tr_slug));
    return { loc, lastmod: new Date(row.last_published_at), alternates };
  });
}

async function loadLiveEntryCount(): Promise<number> {
  const db = await getPublicReadDb();
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`select count(*) as n from entries where published_revision_id is not null and unpublished_at is null`,
  );
  return Number(row?.n ?? 0);
}

export function liveEntryCount(): Promise<number> {
  return cached("sitemap:count", SITEMAP_TAGS, loadLiveEntryCount);
}

/** The XML of /sitemap.xml: everything in one urlset, or an index when the archive is large. */
export function sitemapXml(): Promise<string> {
  return cached("sitemap:root", SITEMAP_TAGS, async () => {
    const count = await liveEntryCount();
    if (count <= SITEMAP_CHUNK) return urlsetXml([...(await pageUrls()), ...(await loadEntryChunk(0))]);
    const chunks = Math.ceil(count / SITEMAP_CHUNK);
    return sitemapIndexXml([
      { loc: absoluteUrl("/sitemaps/pages.xml") },
      ...Array.from({ length: chunks }, (_, index) => ({ loc: absoluteUrl(`/sitemaps/entries-${index + 1}.xml`) })),
    ]);
  });
}

/** The XML of /sitemaps/{file}, or null when no such file exists. */
export async function sitemapPartXml(file: string): Promise<string | null> {
  if (file === "pages.xml") return cached("sitemap:pages", SITEMAP_TAGS, async () => urlsetXml(await pageUrls()));
  const match = /^entries-([1-9][0-9]{0,5})\.xml$/.exec(file);
  if (!match) return null;
  const chunk = Number(match[1]) - 1;
  if (chunk >= Math.ceil((await liveEntryCount()) / SITEMAP_CHUNK)) return null;
  return cached(`sitemap:entries:${chunk}`, SITEMAP_TAGS, async () => urlsetXml(await loadEntryChunk(chunk)));
}
