// @ts-check
/**
 * Content-Security-Policy for every response, in one place. Plain CommonJS so
 * that next.config.js (static headers) and proxy.ts (per-request nonces) share it.
 *
 * - /admin, /login, /set-password: a fresh nonce per request, 'strict-dynamic',
 *   no 'unsafe-inline' for scripts (these pages are rendered per request anyway).
 * - Public pages: no nonce, so they stay cacheable. Next.js App Router pages carry
 *   inline scripts (the React Server Components payload, `self.__next_f.push(…)`,
 *   and the streaming helpers) whose content differs on every page: they can be
 *   neither hashed in a header shared by all pages nor given a nonce without
 *   rendering each request. 'unsafe-inline' for scripts is the one compromise;
 *   adding any hash would make browsers ignore it and break hydration.
 * - Feeds and APIs (non-HTML): nothing may load at all.
 */

/** @param {boolean} dev */
function common(dev) {
  return [
    "default-src 'self'",
    // React style attributes and Next's inline styles (next/font, transitions) need it; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
  ];
}

/**
 * Policy of the signed-in pages, with this request's nonce.
 * @param {string} nonce
 * @param {{ dev?: boolean }} [options]
 */
function nonceContentSecurityPolicy(nonce, options = {}) {
  const dev = Boolean(options.dev);
  // Development only: React rebuilds server error stacks with eval.
  return [`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`, ...common(dev)].join("; ");
}

/**
 * Policy of the public pages: identical for every request, so they stay cacheable.
 * @param {{ dev?: boolean }} [options]
 */
function publicContentSecurityPolicy(options = {}) {
  const dev = Boolean(options.dev);
  return [`script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`, ...common(dev)].join("; ");
}

/** Policy of feeds, sitemaps and JSON APIs: documents that never load anything. */
function documentContentSecurityPolicy() {
  return ["default-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"].join("; ");
}

/** Paths whose pages get a per-request nonce (handled by proxy.ts). */
const NONCE_PATH_PREFIXES = ["/admin", "/login", "/set-password"];

/** @param {string} pathname */
function usesNonce(pathname) {
  return NONCE_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

module.exports = {
  nonceContentSecurityPolicy,
  publicContentSecurityPolicy,
  documentContentSecurityPolicy,
  NONCE_PATH_PREFIXES,
  usesNonce,
};
