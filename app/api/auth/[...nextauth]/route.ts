import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/next-auth";

export const { POST } = handlers;

/**
 * next-auth's endpoints, except that /api/auth/session never shows the server-side
 * session id: it stays inside the HttpOnly cookie, out of reach of page scripts.
 */
export async function GET(request: NextRequest): Promise<Response> {
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
