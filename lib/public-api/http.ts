/**
 * JSON answers of the read-only public API: validators (ETag, so a poller gets a
 * 304 instead of the same body again), a short shared-cache lifetime (never
 * stale by more than a second after a change), open CORS (the data is public),
 * and one error shape for every refusal.
 */
import { computeEtag, isNotModified } from "@/lib/feeds/conditional";

/** Fresh for one second, then revalidated with If-None-Match. */
export const API_CACHE_CONTROL = "public, max-age=1, must-revalidate";

export interface ApiError {
  error: { status: number; code: string; message: string; parameter?: string };
}

function baseHeaders(cacheControl: string): Headers {
  return new Headers({
    "Cache-Control": cacheControl,
    "Access-Control-Allow-Origin": "*",
    "X-Content-Type-Options": "nosniff",
    Vary: "Accept-Encoding",
  });
}

/** 200 with the JSON body, or 304 without one when the client already has this exact body. */
export function apiJson(request: Request, body: unknown, init: { status?: number; cacheControl?: string } = {}): Response {
  const text = JSON.stringify(body);
  const etag = computeEtag(text);
  const headers = baseHeaders(init.cacheControl ?? API_CACHE_CONTROL);
  headers.set("ETag", etag);
  const status = init.status ?? 200;
  if (status === 200 && request.headers.has("if-none-match") && isNotModified(request.headers, etag, new Date(0))) {
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Type", "application/json; charset=utf-8");
  return new Response(request.method === "HEAD" ? null : text, { status, headers });
}

export function apiError(
  request: Request,
  status: number,
  code: string,
  message: string,
  options: { parameter?: string; cacheControl?: string } = {},
): Response {
  const body: ApiError = { error: { status, code, message, ...(options.parameter ? { parameter: options.parameter } : {}) } };
  return apiJson(request, body, { status, cacheControl: options.cacheControl ?? (status >= 500 || status === 400 ? "no-store" : API_CACHE_CONTROL) });
}
