import { NextResponse, type NextRequest } from "next/server";
import { pickLocaleFromAcceptLanguage } from "@/lib/i18n/locales";
import type { Locale } from "@/lib/i18n/locales";
import { withdrawnEntry, withdrawnFallbackHtml, withdrawnPagePath } from "@/lib/site/withdrawn";
import { REQUESTED_PATH_HEADER } from "@/lib/auth/requested-path";
import { nonceContentSecurityPolicy, usesNonce } from "@/lib/security/content-security-policy";
import { isAllowedActionOrigin, mayBeServerAction } from "@/lib/security/server-action-origin";

/** Names next-auth gives its session cookie (secure prefix over HTTPS). */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function hasSessionCookie(request: NextRequest): boolean {
  return SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
}

/**
 * First line only: a server action posted from a foreign Origin is refused with
 * 403 (lib/security/server-action-origin.js), and a path with broken
 * percent-escapes (`/%`, `/fr/rumors/%A4`) with 400 — Next's own answer to
 * either is a 500; `/` picks a language; /admin without a session cookie goes to /login; a withdrawn entry's
 * address answers 410 with the localized "withdrawn" page (see
 * lib/site/withdrawn.ts); a home or topic page with list parameters goes to its
 * per-request twin; the signed-in pages get a per-request CSP nonce (Next.js
 * reads it from the request's Content-Security-Policy header and puts it on its
 * scripts). The real checks (session valid, role allowed) run on the server in
 * every admin page, action and route.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (mayBeServerAction({ method: request.method, pathname, headers: request.headers }) && !isAllowedActionOrigin(request.headers)) return foreignOrigin();
  if (pathname.includes("%") && !isDecodablePath(pathname)) return badPath();
  if (/^\/(fr|en)\/rumors\//.test(pathname)) return entryResponse(request);
  if (LIST_PAGE.test(pathname)) return listPageResponse(request);
  if (pathname === "/") {
    const locale = pickLocaleFromAcceptLanguage(request.headers.get("accept-language"));
    const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
    response.headers.set("Vary", "Accept-Language");
    return response;
  }
  const admin = pathname === "/admin" || pathname.startsWith("/admin/");
  if (admin && !hasSessionCookie(request)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", pathname + search);
    return NextResponse.redirect(login, 307);
  }
  if (!usesNonce(pathname)) return NextResponse.next();

  const nonce = btoa(crypto.randomUUID());
  const policy = nonceContentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set(REQUESTED_PATH_HEADER, (pathname + search).slice(0, 2048));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/** Whether every percent-escape of the path decodes to UTF-8 (`/%FF`, `/x/%C3%28` do not). */
function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Next.js answers 500 when a dynamic segment cannot be decoded (vercel/next.js#92557);
 * such an address names nothing, so it is refused here as a bad request.
 */
function badPath(): NextResponse {
  return new NextResponse("Bad request: the address contains an invalid percent-encoded sequence.\n", {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** Nothing ran: the request came from another site's page (cross-site request forgery). */
function foreignOrigin(): NextResponse {
  return new NextResponse("Forbidden: this form was sent from another site.\n", {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** Caches may keep a copy but must ask again before each use. */
const ENTRY_CACHE_CONTROL = "public, max-age=0, must-revalidate";

/** A home page (`/fr`) or a topic page (`/fr/topics/sante`). */
const LIST_PAGE = /^\/(fr|en)(\/topics\/[^/]+)?$/;
/** The query parameters the lists read (lib/site/list-params.ts); others (utm_…) change nothing. */
const LIST_PARAMS = ["verdict", "topic", "cursor", "before"];

/**
 * The plain home and topic pages are served from the full-page (ISR) cache; a
 * static page cannot read the query string, so a filtered or paginated view is
 * rendered per request by the page's `browse` twin, under the same address.
 */
function listPageResponse(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl;
  if (LIST_PARAMS.some((name) => searchParams.has(name))) {
    const url = request.nextUrl.clone();
    url.pathname = `${pathname}/browse`;
    return NextResponse.rewrite(url);
  }
  const response = NextResponse.next();
  response.headers.set("Cache-Control", ENTRY_CACHE_CONTROL);
  return response;
}

async function entryResponse(request: NextRequest): Promise<NextResponse> {
  let withdrawn = null;
  try {
    withdrawn = await withdrawnEntry(request.nextUrl.pathname);
  } catch (error) {
    // The page does its own lookup and answers for itself.
    console.error("[proxy] withdrawn-entry lookup failed", error);
  }
  if (!withdrawn) {
    // Entry pages are served from the full-page (ISR) cache, for which Next would send
    // `s-maxage=31536000`: a shared cache in front would then keep a page for a year,
    // past any correction or withdrawal. Next keeps a Cache-Control set here.
    const response = NextResponse.next();
    response.headers.set("Cache-Control", ENTRY_CACHE_CONTROL);
    return response;
  }
  return withdrawnResponse(request, withdrawn.locale, withdrawn.slug);
}

/**
 * A rewrite cannot carry a status to a page (Next renders it 200), but a proxy
 * response with a body keeps its status. So the localized "withdrawn" page is
 * rendered by this same server (request.url is the server's own address, never
 * the client's Host header) and sent on with 410.
 */
async function withdrawnResponse(request: NextRequest, locale: Locale, slug: string): Promise<NextResponse> {
  const headers = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=0, must-revalidate" };
  try {
    const page = await fetch(new URL(withdrawnPagePath(locale, slug), request.url), {
      headers: { accept: "text/html" },
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(5_000),
    });
    if (page.ok) return new NextResponse(request.method === "HEAD" ? null : await page.text(), { status: 410, headers });
    console.error(`[proxy] withdrawn page answered ${page.status}`);
  } catch (error) {
    console.error("[proxy] could not render the withdrawn page", error);
  }
  return new NextResponse(withdrawnFallbackHtml(locale), { status: 410, headers });
}

export const config = {
  // Paths with a percent sign (the malformed-URL check), the language redirect,
  // the home and topic pages (list views), the admin gate and nonce pages, and
  // entry pages (withdrawn entries answer 410). Server actions anywhere (the
  // foreign-Origin check): fetch actions by their header, forms of pages without
  // JavaScript by their multipart body.
  matcher: [
    "/",
    "/(fr|en)",
    "/(fr|en)/topics/:slug",
    "/admin",
    "/admin/:path*",
    "/login",
    "/login/:path*",
    "/set-password/:path*",
    "/(fr|en)/rumors/:slug*",
    "/(.*%.*)",
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/).*)", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
