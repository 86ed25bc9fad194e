import { z } from "zod";
import { invalidateLocalTags } from "@/lib/cache/tagged-cache";
import { publicTags } from "@/lib/entries/cache-tags";

export const dynamic = "force-dynamic";

const ENTRY_PATH = /^\/(fr|en)\/rumors\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const Body = z.object({ paths: z.array(z.string().regex(ENTRY_PATH)).max(20_000) });

/**
 * Benchmark only: forgets the cached copies (read cache and page cache, this process
 * only) of the entry pages listed, so that `npm run bench` can measure first renders
 * again on a small archive instead of running out of never-rendered entries, and says
 * what the page cache holds after that. In any
 * server not started with FACTDESK_BENCH=1 the route does not exist (404).
 */
export async function POST(request: Request) {
  const noStore = { "Cache-Control": "no-store" };
  if (process.env.FACTDESK_BENCH !== "1") return new Response("Not found", { status: 404, headers: noStore });
  const parsed = Body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "expected {paths: [\"/fr/rumors/slug\", …]}" }, { status: 400, headers: noStore });
  invalidateLocalTags(
    parsed.data.paths.map((path) => {
      const [, locale, slug] = ENTRY_PATH.exec(path)!;
      return publicTags.entry(locale as "fr" | "en", slug);
    }),
  );
  // What the page cache holds now (lib/cache/page-cache-handler.js), so the benchmark can
  // tell whether its warmed set fits the memory budget.
  const pages = (globalThis as { __factdeskPageCache?: { entries: Map<string, unknown>; bytes: number } }).__factdeskPageCache;
  return Response.json(
    { forgotten: parsed.data.paths.length, pageCache: { pages: pages?.entries.size ?? 0, bytes: pages?.bytes ?? 0 } },
    { headers: noStore },
  );
}
