import { NextResponse, type NextRequest } from "next/server";
import { pickLocaleFromAcceptLanguage } from "@/lib/i18n/locales";
import { WITHDRAWN_HEADER, withdrawnEntryLocale } from "@/lib/site/withdrawn";

/** Names next-auth gives its session cookie (secure prefix over HTTPS). */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * First line only: `/` picks a language, and /admin without a session cookie goes
 * to /login. The real checks (session valid, role allowed) run on the server in
 * every admin page, action and route. A withdrawn entry's address answers 410
 * with the localized "withdrawn" page (see lib/site/withdrawn.ts).
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (/^\/(fr|en)\/(rumors\/|withdrawn)/.test(pathname)) return entryResponse(request);
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

async function entryResponse(request: NextRequest): Promise<NextResponse> {
  // Only this proxy may say that a request is for a withdrawn entry.
  const forwarded = new Headers(request.headers);
  forwarded.delete(WITHDRAWN_HEADER);
  let locale = null;
  try {
    locale = await withdrawnEntryLocale(request.nextUrl.pathname);
  } catch (error) {
    // The page will do its own lookup and answer for itself.
    console.error("[proxy] withdrawn-entry lookup failed", error);
  }
  if (!locale) return NextResponse.next({ request: { headers: forwarded } });
  forwarded.set(WITHDRAWN_HEADER, "1");
  return NextResponse.rewrite(new URL(`/${locale}/withdrawn`, request.url), {
    status: 410,
    request: { headers: forwarded },
  });
}

export const config = {
  matcher: ["/", "/admin", "/admin/:path*", "/(fr|en)/rumors/:slug*", "/(fr|en)/withdrawn"],
};
