import { NextResponse, type NextRequest } from "next/server";
import { pickLocaleFromAcceptLanguage } from "@/lib/i18n/locales";
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
 * either is a 500; `/` picks a language; /admin without a session cookie goes to
 * /login; the signed-in pages get a per-request CSP nonce (Next.js reads it from
 * the request's Content-Security-Policy header and puts it on its scripts). The
 * real checks (session valid, role allowed) run on the server in every admin
 * page, action and route.
 *
 * The public pages served from the full-page cache (home, topics, entries) do not
 * come through here: their routing is in next.config.js (lib/site/cached-pages.js)
 * and a withdrawn entry's 410 is set by the page cache (lib/cache/page-status.js),
 * since running a proxy costs each request about what serving the cached page does.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (mayBeServerAction({ method: request.method, pathname, headers: request.headers }) && !isAllowedActionOrigin(request.headers)) return foreignOrigin();
  if (pathname.includes("%") && !isDecodablePath(pathname)) return badPath();
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

export const config = {
  // Paths with a percent sign (the malformed-URL check), the language redirect,
  // the admin gate and nonce pages. Server actions anywhere (the
  // foreign-Origin check): fetch actions by their header, forms of pages without
  // JavaScript by their multipart body.
  matcher: [
    "/",
    "/admin",
    "/admin/:path*",
    "/login",
    "/login/:path*",
    "/set-password/:path*",
    "/(.*%.*)",
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/).*)", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
