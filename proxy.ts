import { NextResponse, type NextRequest } from "next/server";
import { isEntryPath, withdrawnEntryResponse } from "@/lib/entries/withdrawn-response";
import { pickLocaleFromAcceptLanguage } from "@/lib/i18n/locales";

/** Names next-auth gives its session cookie (secure prefix over HTTPS). */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * First line only: `/` picks a language, and /admin without a session cookie goes
 * to /login. The real checks (session valid, role allowed) run on the server in
 * every admin page, action and route. An unpublished entry's URL answers 410
 * Gone here, because a page cannot set that status itself.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isEntryPath(pathname)) return (await withdrawnEntryResponse(request)) ?? NextResponse.next();
  if (pathname === "/") {
    const locale = pickLocaleFromAcceptLanguage(request.headers.get("accept-language"));
    const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
    response.headers.set("Vary", "Accept-Language");
    return response;
  }
  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
    if (!hasSession) {
      const login = new URL("/login", request.url);
      login.searchParams.set("next", pathname + search);
      return NextResponse.redirect(login, 307);
    }
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/", "/admin", "/admin/:path*", "/:locale/rumors/:slug"],
};
