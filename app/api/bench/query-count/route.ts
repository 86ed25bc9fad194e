import { queryCounter } from "@/db/client";

export const dynamic = "force-dynamic";

/**
 * Benchmark only: how many SQL queries this server process has issued so far.
 * `npm run bench` reads it before and after one uncached render of a page, on a
 * server started with FACTDESK_COUNT_QUERIES=1 and FACTDESK_CACHE=off. In any
 * other server the route does not exist (404), so production never exposes it.
 */
export function GET() {
  if (process.env.FACTDESK_COUNT_QUERIES !== "1") {
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  return Response.json({ count: queryCounter.count, cache: process.env.FACTDESK_CACHE === "off" ? "off" : "on" }, { headers: { "Cache-Control": "no-store" } });
}
