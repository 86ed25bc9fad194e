import { NextResponse, type NextRequest } from "next/server";
import { pickLocaleFromAcceptLanguage } from "@/lib/i18n/locales";
import { REQUESTED_PATH_HEADER } from "@/lib/auth/requested-path";
import { nonceContentSecurityPolicy, usesNonce } from "@/lib/security/content-security-policy";

/** Names next-auth gives its session cookie (secure prefix over HTTPS). */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function hasSessionCookie(request: NextRequest): boolean {
  return SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
}

/**
 * First line only: `/` picks a language; /admin without a session cookie goes to
 * /login; the signed-in pages get a per-request CSP nonce (Next.js reads it from
 * the request's Content-Security-Policy header and puts it on its scripts). The
 * real checks (session valid, role allowed) run on the server in every admin
 * page, action and route.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
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

export const config = {
  matcher: ["/", "/admin", "/admin/:path*", "/login", "/login/:path*", "/set-password/:path*"],
};
