import { sitemapPartXml } from "@/lib/site/sitemap";

export const dynamic = "force-dynamic";

/** Parts of a large sitemap (see lib/site/sitemap.ts): /sitemaps/pages.xml, /sitemaps/entries-{n}.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const xml = await sitemapPartXml(file);
  if (xml === null) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=60" } });
}
