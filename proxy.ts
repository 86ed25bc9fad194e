import { NextResponse, type NextRequest } from "next/server";
import { pickLocaleFromAcceptLanguage } from "@/lib/i18n/locales";

/** Names next-auth gives its session cookie (secure prefix over HTTPS). */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/** True when every percent-escape of the path decodes to valid UTF-8. */
function pathIsDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * First line only: a path with broken percent-escapes (`/%`, `/fr/rumors/%A4`)
 * is refused with 400 here, because Next's own answer to it is a 500 (found by
 * the resilience tests); `/` picks a language, and /admin without a session
 * cookie goes to /login. The real checks (session valid, role allowed) run on the
 * server in every admin page, action and route.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!pathIsDecodable(pathname)) {
    return new NextResponse("Bad request: malformed URL", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
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
  // Every path but the build's static files: the malformed-URL check must see them all.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
