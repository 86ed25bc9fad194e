/**
 * next-auth answers a malformed `callbackUrl` (query parameter or callback-url
 * cookie) with a 500 "server configuration" error. It is the client's input, so
 * the route refuses it with a 400 first, using next-auth's own acceptance rule
 * (@auth/core's assertConfig: an absolute http(s) URL, or a path from the site).
 */
const CALLBACK_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];

function isAcceptedCallbackUrl(url: string, origin: string): boolean {
  try {
    return /^https?:/.test(new URL(url, url.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/** A 400 response when the request carries a callback URL next-auth would choke on, else null. */
export function refuseMalformedCallbackUrl(request: { nextUrl: URL; cookies: { get(name: string): { value: string } | undefined } }): Response | null {
  // Every value: a repeated parameter is read by next-auth as its last one.
  const candidates = [...request.nextUrl.searchParams.getAll("callbackUrl"), ...CALLBACK_COOKIES.map((name) => request.cookies.get(name)?.value)];
  for (const candidate of candidates) {
    if (candidate && !isAcceptedCallbackUrl(candidate, request.nextUrl.origin)) {
      return Response.json({ error: "Invalid callbackUrl" }, { status: 400 });
    }
  }
  return null;
}
