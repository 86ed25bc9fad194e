import { sitemapXml } from "@/lib/site/sitemap";

export const dynamic = "force-dynamic";

const HEADERS = { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=60" };

export async function GET() {
  return new Response(await sitemapXml(), { headers: HEADERS });
}
