import { getPublicEntry } from "@/lib/entries/public-queries";
import { isLocale } from "@/lib/i18n/locales";
import { apiError, apiJson } from "@/lib/public-api/http";
import { entryJson } from "@/lib/public-api/entries";
import { isSlug } from "@/lib/site/list-params";

export const dynamic = "force-dynamic";

/** GET /api/v1/entries/{locale}/{slug} — one published entry; 404 unknown, 410 withdrawn. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale) || !isSlug(slug)) return apiError(request, 404, "not_found", "No published entry at this address.");
  const lookup = await getPublicEntry(locale, slug);
  if (lookup.status === "not_found") return apiError(request, 404, "not_found", "No published entry at this address.");
  if (lookup.status === "gone") return apiError(request, 410, "gone", "This entry has been withdrawn by the newsroom.");
  return apiJson(request, { data: entryJson(lookup.entry) });
}
