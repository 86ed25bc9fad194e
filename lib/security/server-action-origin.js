// @ts-check
/**
 * Server actions posted from another site (cross-site request forgery). Next.js
 * refuses a server action whose Origin is not the host it was sent to, but
 * answers with its own 500 ("Invalid Server Actions request") — an attack would
 * then look like a crash in every log and alert. proxy.ts applies the same rule
 * first and answers 403. Plain CommonJS so that next.config.js
 * (`experimental.serverActions.allowedOrigins`) and proxy.ts share one list.
 *
 * The rule is Next's own (app-render/action-handler.js, csrf-protection.js), so
 * that nothing Next would run is refused here:
 * - only requests that can be server actions: a POST with a `Next-Action` header
 *   (what the browser's fetch sends), or a multipart form POST to a page (the
 *   form of a page without JavaScript); route handlers under /api are not actions;
 * - no Origin header: let through (not a browser's cross-site request; Next warns);
 * - the Origin's host (or "null") must equal the first X-Forwarded-Host, else the
 *   Host header — or match FACTDESK_ALLOWED_ORIGINS (comma-separated hosts, `*`
 *   for one label and a leading `**` for any subdomains, as Next's allowedOrigins).
 */

/** Hosts besides the site's own whose pages may post its forms (a CDN or proxy that rewrites Host). */
function allowedOrigins(env = process.env) {
  return (env.FACTDESK_ALLOWED_ORIGINS || "")
    .split(",")
    .map((host) => host.trim())
    .filter(Boolean);
}

/** @param {{ method: string; pathname: string; headers: Headers }} request */
function mayBeServerAction(request) {
  if (request.method !== "POST") return false;
  if (request.headers.has("next-action")) return true;
  const type = (request.headers.get("content-type") || "").toLowerCase();
  return type.startsWith("multipart/form-data") && !/^\/api(\/|$)/.test(request.pathname);
}

/** Next's matchWildcardDomain: `*` one label, `**` (first only) one or more; case-insensitive. */
function matchesPattern(host, pattern) {
  const hostLabels = host.toLowerCase().split(".");
  const patternLabels = pattern.toLowerCase().split(".");
  if (patternLabels.length === 1 && (patternLabels[0] === "*" || patternLabels[0] === "**")) return false;
  if (hostLabels.length < patternLabels.length) return false;
  while (patternLabels.length > 0) {
    const expected = patternLabels.pop();
    const label = hostLabels.pop();
    if (expected === "") return false;
    if (expected === "*") {
      if (!label) return false;
      continue;
    }
    if (expected === "**") return patternLabels.length === 0 && label !== undefined;
    if (label !== expected) return false;
  }
  return hostLabels.length === 0;
}

/**
 * Whether a server action request may go on to Next: true when it carries no
 * Origin, or one whose host is the request's host or an allowed one.
 * @param {Headers} headers
 * @param {readonly string[]} [allowed]
 */
function isAllowedActionOrigin(headers, allowed = allowedOrigins()) {
  const origin = headers.get("origin");
  if (origin === null) return true;
  let originHost;
  if (origin === "null") originHost = "null";
  else {
    try {
      originHost = new URL(origin).host;
    } catch {
      return false;
    }
  }
  const forwarded = (headers.get("x-forwarded-host") || "").split(",")[0].trim();
  const host = forwarded || headers.get("host") || "";
  if (host !== "" && originHost === host) return true;
  const lower = originHost.toLowerCase();
  return allowed.some((pattern) => pattern.toLowerCase() === lower || matchesPattern(originHost, pattern));
}

module.exports = { allowedOrigins, mayBeServerAction, isAllowedActionOrigin };
