/**
 * Every public route and the parameters a stranger controls, each with a
 * fast-check generator. The bad-input suite sends every route hostile values for
 * every parameter and expects 2xx, 3xx or 4xx — never 5xx.
 *
 * Adding a route is one line in PUBLIC_ROUTES. Every public page, feed and API
 * route of app/(site), app/api/v1, the sitemaps and robots.txt is listed; the
 * server actions' input schemas are fuzzed separately (bad-input-actions.test.ts).
 */
import fc from "fast-check";
import { encodeCursor } from "@/lib/entries/public-queries";

/** Values that broke real routers and parsers, mixed into every generator. */
const NASTY_SEGMENTS = [
  "%",
  "%%",
  "%zz",
  "%00",
  "%C0%AF",
  "%ED%A0%80", // a UTF-8-encoded lone surrogate
  "%FF%FE",
  "..",
  "%2e%2e",
  "%2F",
  "%5C",
  "~",
  "a%20b",
  "%E2%80%AE", // right-to-left override
  "%F0%9F%92%A9",
  "__proto__",
  "constructor",
  "_next",
  "api",
  "fr",
  "en",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "9007199254740993",
  "1e309",
  "'%3B--",
  "%3Cscript%3E",
  "x".repeat(300),
  "a-".repeat(150),
];

const unreserved = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@".split(""));
const percentByte = fc.integer({ min: 0, max: 255 }).map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`);
const validUtf8Escaped = fc.string({ unit: "grapheme", maxLength: 20 }).map((text) => encodeURIComponent(text));

/** One URL path segment (already escaped: sent as is). */
export const pathSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_SEGMENTS) },
  { weight: 3, arbitrary: fc.array(fc.oneof(unreserved, percentByte), { minLength: 1, maxLength: 40 }).map((parts) => parts.join("")) },
  { weight: 2, arbitrary: validUtf8Escaped.filter((s) => s.length > 0) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,5}$/) },
);

/** A query string value (escaped). */
export const queryValue: fc.Arbitrary<string> = fc.oneof(pathSegment, fc.constant(""), percentByte);

/** A whole query string: known and unknown keys, repeated keys, broken pairs. */
export const queryString = (keys: string[]): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        fc.tuple(fc.constantFrom(...keys, "__proto__", "a[b]", "%zz"), queryValue).map(([key, value]) => `${key}=${value}`),
        fc.constantFrom("=", "&", "a", "a==b", "%", "?"),
      ),
      { maxLength: 6 },
    )
    .map((pairs) => (pairs.length > 0 ? `?${pairs.join("&")}` : ""));

/** Header values as a client may send them: visible Latin-1, spaces and tabs (node refuses CR/LF itself). */
const headerText = fc
  .array(fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.constant(0x09), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 200 })
  .map((codes) => String.fromCharCode(...codes));

export const acceptLanguage: fc.Arbitrary<string> = fc.oneof(
  headerText,
  fc.constantFrom("*", "fr", "en-GB,en;q=0.8", "fr;q=2", "en;q=", ";;;,,,", "de-DE;q=0.9,*;q=0", "x".repeat(5000), "fr-CA;q=1.0000", "en;q=NaN"),
  fc.array(fc.tuple(fc.constantFrom("fr", "en", "*", "de", "fr-CA", "", "é"), fc.double({ noNaN: false })), { maxLength: 40 }).map((ranges) =>
    ranges.map(([tag, q]) => `${tag};q=${q}`).join(","),
  ),
);

export const ifNoneMatch: fc.Arbitrary<string> = fc.oneof(headerText, fc.constantFrom("*", '"abc"', 'W/"abc"', '"', "W/", '"a", W/"b", *'));
export const ifModifiedSince: fc.Arbitrary<string> = fc.oneof(
  headerText,
  fc.date({ noInvalidDate: false }).map((date) => (Number.isNaN(date.getTime()) ? "Invalid Date" : date.toUTCString())),
);
/** A stolen-looking or garbage session cookie. */
export const sessionCookie: fc.Arbitrary<string> = fc.oneof(
  headerText.map((value) => `authjs.session-token=${value.replace(/[;\s]/g, "")}`),
  fc.constantFrom("authjs.session-token=", "authjs.session-token.0=abc", "__Secure-authjs.session-token=eyJhbGciOiJub25lIn0.e30.", "a=b; authjs.session-token=%"),
);

export interface RequestParts {
  path: string;
  headers: Record<string, string>;
}

export interface PublicRoute {
  /** Shown in failures. */
  name: string;
  request: fc.Arbitrary<RequestParts>;
}

const locale = fc.oneof({ weight: 3, arbitrary: fc.constantFrom("fr", "en") }, { weight: 1, arbitrary: pathSegment });

/** Headers every route gets: any of them may be hostile. */
export const commonHeaders: fc.Arbitrary<Record<string, string>> = fc
  .record(
    { "accept-language": acceptLanguage, "if-none-match": ifNoneMatch, "if-modified-since": ifModifiedSince, cookie: sessionCookie, accept: headerText },
    { requiredKeys: [] },
  )
  .map((headers) => Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)) as Record<string, string>);

/** A route: a path built from generated parts, a query string over `queryKeys`, hostile headers. */
function route(name: string, path: fc.Arbitrary<string>, queryKeys: string[] = ["page", "cursor", "verdict", "topic", "q"]): PublicRoute {
  return {
    name,
    request: fc.record({ path: fc.tuple(path, queryString(queryKeys)).map(([p, q]) => p + q), headers: commonHeaders }),
  };
}

/** Real slugs of the demo content, so that the generators also hit pages that exist. */
const demoSlug = fc.constantFrom("les-antennes-5g-propagent-les-virus", "5g-antennas-spread-viruses");
const demoTopic = fc.constantFrom("health", "technology", "climate", "economy", "public-services");
const slugOrJunk = (real: fc.Arbitrary<string>) => fc.oneof(pathSegment, real);

/** Well-formed cursors (some far in the past or future, some huge ids) mixed with junk. */
const cursorValue: fc.Arbitrary<string> = fc.oneof(
  queryValue,
  fc
    .tuple(fc.date({ noInvalidDate: true, min: new Date(0), max: new Date("2200-01-01") }), fc.integer({ min: 1, max: 2 ** 31 - 1 }))
    .map(([at, id]) => encodeURIComponent(encodeCursor({ at, id }))),
);
const limitValue: fc.Arbitrary<string> = fc.oneof(
  queryValue,
  fc.integer({ min: -5, max: 500 }).map(String),
  fc.constantFrom("1.5", "1e3", "0x10", " 10", "10 ", "+10", "Infinity", "-0", "9".repeat(40)).map(encodeURIComponent),
);

/** A query string mixing known parameters with structured (cursor, limit) and hostile values. */
const structuredQuery = (parameters: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        ...Object.entries(parameters).map(([key, value]) => value.map((v) => `${key}=${v}`)),
        fc.constantFrom("=", "&", "a", "%", "__proto__=1", "%zz=%zz"),
      ),
      { maxLength: 6 },
    )
    .map((pairs) => (pairs.length > 0 ? `?${pairs.join("&")}` : ""));

function routeWith(name: string, path: fc.Arbitrary<string>, parameters: Record<string, fc.Arbitrary<string>>): PublicRoute {
  return { name, request: fc.record({ path: fc.tuple(path, structuredQuery(parameters)).map(([p, q]) => p + q), headers: commonHeaders }) };
}

const feedParameters = { before: cursorValue, limit: limitValue };
const FEED_FILES = ["feed.xml", "atom.xml", "feed.json"] as const;
const searchText = fc.oneof(
  queryValue,
  fc.string({ unit: "grapheme", maxLength: 60 }).map(encodeURIComponent),
  fc.constantFrom("5g", "%22%22%22", "a%26b%7Cc", "!%3A*", "'%20OR%201%3D1", "%5C%5C", "x".repeat(600), "%3A*%20%26%20!", "(((", "%25"),
);

export const PUBLIC_ROUTES: PublicRoute[] = [
  route("/ (language choice)", fc.constant("/")),
  route("/{locale}", locale.map((l) => `/${l}`)),
  route("/{locale}/rumors/{slug}", fc.tuple(locale, fc.oneof(pathSegment, demoSlug)).map(([l, s]) => `/${l}/rumors/${s}`)),
  route("/{locale}/{unknown…}", fc.tuple(locale, fc.array(pathSegment, { minLength: 1, maxLength: 4 })).map(([l, parts]) => `/${l}/${parts.join("/")}`)),
  route("/{locale}/search?q=", locale.map((l) => `/${l}/search`), ["q", "page", "q"]),
  routeWith("/{locale}/search (q, page)", locale.map((l) => `/${l}/search`), { q: searchText, page: limitValue }),
  route("/{locale}/topics/{slug}", fc.tuple(locale, slugOrJunk(demoTopic)).map(([l, s]) => `/${l}/topics/${s}`)),
  routeWith("/{locale}/topics/{slug} (cursor, verdict)", fc.tuple(locale, demoTopic).map(([l, s]) => `/${l}/topics/${s}`), {
    cursor: cursorValue,
    verdict: fc.oneof(queryValue, fc.constantFrom("false", "true", "misleading", "missing-context", "unproven")),
    page: limitValue,
  }),
  route("/{locale}/corrections", locale.map((l) => `/${l}/corrections`)),
  routeWith("/{locale}/corrections (cursor)", locale.map((l) => `/${l}/corrections`), { cursor: cursorValue, page: limitValue }),
  route("/{locale}/corrections-policy", locale.map((l) => `/${l}/corrections-policy`)),
  route("/{locale}/report (tip form)", locale.map((l) => `/${l}/report`), ["url", "claim", "entry", "next"]),
  route("/{locale}/report/thanks", locale.map((l) => `/${l}/report/thanks`)),
  routeWith(
    "/{locale}/{feed.xml,atom.xml,feed.json} (before, limit)",
    fc.tuple(locale, fc.constantFrom(...FEED_FILES)).map(([l, f]) => `/${l}/${f}`),
    feedParameters,
  ),
  routeWith(
    "/{locale}/topics/{slug}/{feed.xml,atom.xml,feed.json} (before, limit)",
    fc.tuple(locale, slugOrJunk(demoTopic), fc.constantFrom(...FEED_FILES)).map(([l, t, f]) => `/${l}/topics/${t}/${f}`),
    feedParameters,
  ),
  routeWith(
    "/{locale}/corrections/{feed.xml,atom.xml,feed.json} (before, limit)",
    fc.tuple(locale, fc.constantFrom(...FEED_FILES)).map(([l, f]) => `/${l}/corrections/${f}`),
    feedParameters,
  ),
  routeWith("/api/v1/entries (locale, verdict, topic, cursor, limit)", fc.constant("/api/v1/entries"), {
    locale: fc.oneof(queryValue, fc.constantFrom("fr", "en")),
    verdict: fc.oneof(queryValue, fc.constantFrom("false", "true", "misleading", "missing-context", "unproven")),
    topic: fc.oneof(queryValue, demoTopic),
    cursor: cursorValue,
    limit: limitValue,
  }),
  route(
    "/api/v1/entries/{locale}/{slug}",
    fc.tuple(locale, slugOrJunk(demoSlug)).map(([l, s]) => `/api/v1/entries/${l}/${s}`),
  ),
  route("/sitemap.xml", fc.constant("/sitemap.xml")),
  route(
    "/sitemaps/{file}",
    fc.oneof(pathSegment, fc.integer({ min: -2, max: 2_000_000 }).map((n) => `entries-${n}.xml`), fc.constantFrom("entries-1.xml", "entries-01.xml", "static.xml", "topics.xml")).map((f) => `/sitemaps/${f}`),
  ),
  route("/robots.txt", fc.constant("/robots.txt")),
  route("/api/health", fc.constant("/api/health")),
  route("/login", fc.constant("/login"), ["next", "error", "callbackUrl"]),
  route("/admin/{…} (anonymous or forged cookie)", fc.array(pathSegment, { maxLength: 3 }).map((parts) => `/admin${parts.length ? "/" + parts.join("/") : ""}`), ["next"]),
  route("/api/auth/{…} (next-auth)", fc.constantFrom("session", "csrf", "providers", "signin", "callback/credentials", "error", "signout").map((p) => `/api/auth/${p}`), ["callbackUrl", "error"]),
];
