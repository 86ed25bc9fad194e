// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { documentContentSecurityPolicy, publicContentSecurityPolicy } = require("./lib/security/content-security-policy.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const { allowedOrigins } = require("./lib/security/server-action-origin.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const { cachedPageHeaders, listPageRewrites } = require("./lib/site/cached-pages.js");

const production = process.env.NODE_ENV === "production";
const dev = process.env.NODE_ENV === "development";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  // Browsers only honour it over HTTPS; two years, the preload list's minimum.
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that break when bundled; argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres"],
  poweredByHeader: false,
  generateEtags: false,
  // Full-page cache of on-demand ISR pages (entry pages), in process memory, dropped by
  // our own tag invalidation (local + NOTIFY): see lib/cache/page-cache-handler.js.
  cacheHandler: require.resolve("./lib/cache/page-cache-handler.js"),
  cacheMaxMemorySize: 0,
  experimental: {
    // Several root layouts (site per locale, login, admin): one 404 page for unmatched URLs.
    globalNotFound: true,
    // forbidden() → 403 with app/admin/forbidden.tsx, for a role that may not open a page or call an action.
    authInterrupts: true,
    // Other hosts whose pages may post server actions (FACTDESK_ALLOWED_ORIGINS); proxy.ts
    // answers 403 to any other foreign Origin before Next would (with a 500).
    serverActions: { allowedOrigins: allowedOrigins() },
  },
  // Each build writes to its own folder when asked (e2e and bench build separately from dev).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Public pages: one static policy, so they stay cacheable. /admin, /login and
      // /set-password get a per-request nonce policy from proxy.ts instead.
      {
        source: "/:path((?!(?:admin|login|set-password)(?:/|$)).*)",
        headers: [{ key: "Content-Security-Policy", value: publicContentSecurityPolicy({ dev }) }],
      },
      // Feeds, sitemaps, robots.txt and JSON APIs load nothing.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: documentContentSecurityPolicy() }] },
      {
        source: "/:path(.*\\.(?:xml|json|txt))",
        headers: [{ key: "Content-Security-Policy", value: documentContentSecurityPolicy() }],
      },
      // Home, topic and entry pages: no year-long s-maxage (lib/site/cached-pages.js).
      ...cachedPageHeaders(),
    ];
  },
  async rewrites() {
    // A home or topic page with list parameters goes to its per-request twin.
    return { beforeFiles: listPageRewrites(), afterFiles: [], fallback: [] };
  },
};

module.exports = nextConfig;
