import type { NextRequest } from "next/server";
import { refuseMalformedCallbackUrl } from "@/lib/auth/callback-url";
import { handlers } from "@/lib/auth/next-auth";

/** next-auth's endpoints, behind a check that answers 400 to a callbackUrl next-auth would answer 500 to. */
export function POST(request: NextRequest) {
  return refuseMalformedCallbackUrl(request) ?? handlers.POST(request);
}

/**
 * As POST; besides, /api/auth/session never shows the server-side session id: it
 * stays inside the HttpOnly cookie, out of reach of page scripts.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const refused = refuseMalformedCallbackUrl(request);
  if (refused) return refused;
  const response = await handlers.GET(request);
  if (!request.nextUrl.pathname.endsWith("/session")) return response;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  if (!body || typeof body !== "object" || !("sid" in body)) return response;
  const { sid: _sid, ...visible } = body as Record<string, unknown>;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(visible), { status: response.status, headers });
}
