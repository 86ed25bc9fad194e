/**
 * HTTP 410 Gone for unpublished entries.
 *
 * A Next.js page cannot choose its status code (only 404, 401 and 403 have
 * interrupts), so the proxy answers for withdrawn entries: it looks the entry
 * up (the same cached lookup the page uses, so no extra query), renders the
 * entry page itself — which shows the "withdrawn" message for a gone entry —
 * through one internal request, and returns that HTML with status 410. The
 * internal request carries a per-process secret so it is not intercepted again.
 */
import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { isLocale } from "@/lib/i18n/locales";
import { getPublicEntry } from "./public-queries";

const ENTRY_PATH = /^\/([a-z]{2})\/rumors\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;
export const INTERNAL_RENDER_HEADER = "x-factdesk-render-withdrawn";
const internalToken = randomUUID();

export function isEntryPath(pathname: string): boolean {
  return ENTRY_PATH.test(pathname);
}

/** The 410 response for a withdrawn entry's URL, or null when the request should go on to the page. */
export async function withdrawnEntryResponse(request: NextRequest): Promise<NextResponse | null> {
  const match = ENTRY_PATH.exec(request.nextUrl.pathname);
  if (!match || !isLocale(match[1])) return null;
  if (request.headers.get(INTERNAL_RENDER_HEADER) === internalToken) return null;
  // Client-side navigations fetch an RSC payload: the page renders its withdrawn state there.
  if (request.headers.has("rsc") || request.nextUrl.searchParams.has("_rsc")) return null;
  if (request.method !== "GET" && request.method !== "HEAD") return null;

  let status: "found" | "gone" | "not_found";
  try {
    status = (await getPublicEntry(match[1], match[2])).status;
  } catch {
    return null; // let the page answer (and report) a database failure
  }
  if (status !== "gone") return null;

  const headers = { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" };
  try {
    const page = await fetch(new URL(request.nextUrl.pathname, request.url), {
      headers: { [INTERNAL_RENDER_HEADER]: internalToken, accept: "text/html" },
      cache: "no-store",
      redirect: "manual",
    });
    return new NextResponse(request.method === "HEAD" ? null : await page.text(), { status: 410, headers });
  } catch {
    const fallback = `<!doctype html><html lang="${match[1]}"><meta charset="utf-8"><title>410 Gone</title><h1>410 Gone</h1><p><a href="/${match[1]}">Factdesk</a></p></html>`;
    return new NextResponse(request.method === "HEAD" ? null : fallback, { status: 410, headers });
  }
}
